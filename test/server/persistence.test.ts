import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { api, startSandbox, tempDataFile, tokens } from './helpers';
import { session } from './session';

const data = tempDataFile();
afterAll(() => rmSync(data.dir, { recursive: true, force: true }));

/** The names in the users list, as its rows show them. */
const userNames = async (base: string) => {
  const { html } = await session(base, '/t/echo-teams/admin/users').then((s) =>
    s.get('/t/echo-teams/admin/users'),
  );
  return [...html.matchAll(/<tr data-user-id="[^"]+"><td><a [^>]+>([^<]+)<\/a>/g)].map((m) => m[1]);
};

describe('the SQLite file', () => {
  it('keeps writes across a restart on the same file, and reset restores the seed', async () => {
    const first = await startSandbox(data);
    const browser = await session(first.url, '/t/echo-teams/admin/users/new');
    const person: [string, string][] = [
      ['name', 'Zoe Krüger'],
      ['email', 'zoe@echo-teams.de'],
      ['teams', 't-marketing'],
    ];
    expect((await browser.post('/t/echo-teams/admin/users', person)).status).toBe(303);
    await first.close();

    const second = await startSandbox(data);
    expect(await userNames(second.url)).toContain('Zoe Krüger');
    const seats = await api(second.url, '/v1/tenants/echo-teams/seats', tokens.agent);
    expect(((await seats.json()) as { snapshot: { users: unknown[] } }).snapshot.users).toHaveLength(8);

    const reset = (token?: string) =>
      fetch(`${second.url}/v1/sandbox/reset`, {
        method: 'POST',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
    expect((await reset()).status).toBe(401);
    expect((await reset(tokens.tenants['echo-teams'])).status).toBe(403);
    expect(await userNames(second.url)).toContain('Zoe Krüger');
    const done = await reset(tokens.agent);
    expect([done.status, await done.text()]).toEqual([204, '']);
    expect(await userNames(second.url)).not.toContain('Zoe Krüger');
    expect(await userNames(second.url)).toHaveLength(7);
    await second.close();
  });
});
