import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Problem } from '../../lib/api/schemas';
import { type Sandbox, startSandbox } from './helpers';
import { session } from './session';

// Bodies that are not what the route reads (issue 13: a malformed multipart body gave a 500 with a stack):
// a 400 problem+json that names nothing of the server's insides, and nothing written or logged as a failure.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.dispose());

const FORM = '/t/echo-members/admin/users';

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = await response.text();
  expect(z.parse(Problem, JSON.parse(body)).status).toBe(status);
  // No stack frame, file, or parser's own words.
  expect(body).not.toMatch(/ at |\.ts\b|\.js\b|node_modules|TypeError|SyntaxError|FormData|Unexpected/);
}

describe('an admin form post whose body cannot be read as a form', () => {
  it.each([
    ['multipart with a broken part', 'multipart/form-data; boundary=xyz', '--xyz\r\nbroken'],
    ['multipart without a boundary', 'multipart/form-data', 'name=Nora'],
    [
      'multipart cut short',
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
    ],
  ])('%s → 400 problem, nothing logged as a failure', async (_, type, body) => {
    const before = sandbox.logs.length;
    const response = await fetch(`${sandbox.url}${FORM}`, {
      method: 'POST',
      headers: { Origin: sandbox.url, 'Content-Type': type },
      body,
    });
    await expectProblem(response, 400);
    expect(sandbox.logs.slice(before)).toEqual([]);
  });

  it.each([
    ['JSON', 'application/json', '{"name": "Nora"'],
    ['urlencoded with broken escapes and no token', 'application/x-www-form-urlencoded', 'name=%ZZ&%E0=%'],
    ['plain text', 'text/plain', '\u0000\u0001'],
  ])('%s, no form token in it → the 403 page, nothing written', async (_, type, body) => {
    const response = await fetch(`${sandbox.url}${FORM}`, {
      method: 'POST',
      headers: { Origin: sandbox.url, 'Content-Type': type },
      body,
    });
    expect(response.status).toBe(403);
  });

  it('urlencoded with broken escapes and the token is read as typed (400 at the field, not a crash)', async () => {
    const admin = await session(sandbox.url, `${FORM}/new`);
    // Written by hand: URLSearchParams would escape the `%`s and send nothing broken.
    const response = await fetch(`${sandbox.url}${FORM}`, {
      method: 'POST',
      headers: { Origin: sandbox.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${admin.csrf}&name=%ZZ&email=%E0%A4%A`,
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/ at |\.ts\b/);
  });
});

describe('POST /partner/token with a body that is not the JSON it reads', () => {
  const mint = (body: string, type = 'application/json') =>
    fetch(`${sandbox.url}/partner/token`, {
      method: 'POST',
      headers: { Origin: sandbox.url, 'Content-Type': type },
      body,
    });

  it.each([
    ['malformed JSON', '{"tenant": '],
    ['JSON of another shape', '["qics-demo"]'],
    ['a urlencoded body', 'tenant=qics-demo'],
    ['invalid UTF-8', '\udc80'],
    ['nothing', ''],
  ])('%s → 400 problem', async (_, body) => {
    await expectProblem(await mint(body), 400);
  });

  it('a multipart body → 400 problem', async () => {
    await expectProblem(await mint('--x\r\nbroken', 'multipart/form-data; boundary=x'), 400);
  });

  it('a body over 1 kB → 413 problem, unread', async () => {
    await expectProblem(await mint(JSON.stringify({ tenant: 'x'.repeat(2000) })), 413);
  });

  it('an admin body over 64 kB → 413 problem', async () => {
    const response = await fetch(`${sandbox.url}${FORM}`, {
      method: 'POST',
      headers: { Origin: sandbox.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `name=${'x'.repeat(70_000)}`,
    });
    await expectProblem(response, 413);
  });
});
