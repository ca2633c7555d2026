import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { Problem } from '../../lib/api/schemas';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/open';
import { seedIfEmpty } from '../../server/db/seed';
import { tempDataFile, tokens } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An app whose database fails under it: every query throws. */
function brokenApp(log?: (line: string) => void) {
  const data = tempDataFile();
  dirs.push(data.dir);
  const db = openDatabase(data.dataFile);
  seedIfEmpty(db);
  db.close();
  return createApp({ db, tokens, corsOrigins: [], origins: ['http://localhost'], log });
}

describe('a thrown error', () => {
  it('answers the API with a 500 problem without a stack, and logs the stack on one line', async () => {
    const lines: string[] = [];
    const response = await brokenApp((line) => lines.push(line)).request('/v1/tenants/qics-demo/seats', {
      headers: { Authorization: `Bearer ${tokens.agent}` },
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = await response.text();
    expect(z.parse(Problem, JSON.parse(body))).toMatchObject({ status: 500, title: 'Internal Server Error' });
    expect(body).not.toMatch(/ at |\.ts/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^seatguard: 500 failed method="GET" path="\/v1\/tenants\/qics-demo\/seats" error=".+\\n +at /,
    );
    expect(lines[0]).not.toContain('\n');
  });

  it('logs to stderr by default', async () => {
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await brokenApp().request('/v1/tenants/qics-demo/seats', {
      headers: { Authorization: `Bearer ${tokens.agent}` },
    });
    expect(String(log.mock.calls[0]?.[0])).toMatch(/^seatguard: 500 failed method="GET" .*\n$/);
  });

  it('answers an admin page with a 500 page', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const response = await brokenApp().request('/t/qics-demo/admin/users');
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain('Something went wrong');
    expect(html).not.toMatch(/ at |\.ts/);
  });
});
