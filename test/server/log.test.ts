import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/open';
import { seedIfEmpty } from '../../server/db/seed';
import { logLine, MAX_QUOTED, quote } from '../../server/http/log';
import { NOW, type Sandbox, startSandbox, tempDataFile, tokens } from './helpers';

// Log lines escape what they quote (issue 13: `%0A` in a path injected log lines): whatever a request holds,
// it makes exactly one line, and nothing in it looks like the start of another.

describe('quote', () => {
  it.each([
    ['plain', 'GET', '"GET"'],
    ['a line feed', 'a\nseatguard: forged', '"a\\nseatguard: forged"'],
    ['CR LF', 'a\r\nb', '"a\\r\\nb"'],
    ['a tab', 'a\tb', '"a\\tb"'],
    ['an escape sequence (terminal colours)', '\u001b[31mred', '"\\u001b[31mred"'],
    ['NUL and DEL', '\u0000\u007f', '"\\u0000\\u007f"'],
    ['a C1 control (NEL)', 'a\u0085b', '"a\\u0085b"'],
    ['Unicode line and paragraph separators', 'a\u2028b\u2029c', '"a\\u2028b\\u2029c"'],
    ['a right-to-left override', 'evil\u202egnp.exe', '"evil\\u202egnp.exe"'],
    ['quotes and backslashes', 'say "\\n"', '"say \\"\\\\n\\""'],
    ['letters of any script', 'Gäller Ärende 東京 🙂', '"Gäller Ärende 東京 🙂"'],
  ])('%s', (_, value, quoted) => {
    expect(quote(value)).toBe(quoted);
  });

  it('cuts a long value, so no request makes a line of megabytes', () => {
    const quoted = quote('x'.repeat(1_000_000));
    expect(quoted).toHaveLength(MAX_QUOTED + 3);
    expect(quoted.endsWith('…"')).toBe(true);
  });

  it('logLine quotes every value but numbers and leaves out absent ones', () => {
    expect(logLine('429 rate limited', { limit: 'token', who: undefined, 'retry-after': 7 })).toBe(
      'seatguard: 429 rate limited limit="token" retry-after=7',
    );
  });
});

describe('a request path with %0A', () => {
  const forged = '/v1/tenants/qics-demo%0Aseatguard:%20401%20auth%20failed%0D/seats';

  it('logs one escaped line for a failed authentication', async () => {
    const sandbox: Sandbox = await startSandbox();
    try {
      const response = await fetch(`${sandbox.url}${forged}`, { headers: { Authorization: 'Bearer nope' } });
      expect(response.status).toBe(401);
      expect(sandbox.logs).toHaveLength(1);
      const [line = ''] = sandbox.logs;
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).toContain('path="/v1/tenants/qics-demo\\nseatguard: 401 auth failed\\r/seats"');
    } finally {
      await sandbox.dispose();
    }
  });

  it('logs one escaped line for a failure (the stack on it too)', async () => {
    const data = tempDataFile();
    const db = openDatabase(data.dataFile);
    seedIfEmpty(db, NOW);
    db.close();
    const lines: string[] = [];
    const app = createApp({
      db,
      tokens,
      corsOrigins: [],
      origins: ['http://localhost'],
      log: (l) => lines.push(l),
    });
    try {
      // The database is closed under the app: the admin site's tenant lookup throws.
      const response = await app.request('http://localhost/t/qics-demo/admin/users%0Aseatguard:%20forged%0D');
      expect(response.status).toBe(500);
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toMatch(/[\r\n]/);
      expect(lines[0]).toMatch(
        /^seatguard: 500 failed method="GET" path="\/t\/qics-demo\/admin\/users\\nseatguard: forged\\r" error="/,
      );
    } finally {
      rmSync(data.dir, { recursive: true, force: true });
    }
  });
});
