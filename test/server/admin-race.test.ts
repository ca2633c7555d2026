import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, type Sandbox, startSandbox, tokens } from './helpers';
import { session } from './session';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.dispose());

const logins = async () => {
  const response = await api(sandbox.url, '/v1/tenants/qics-demo/seats', tokens.agent);
  const body = (await response.json()) as { snapshot: { users: { login: boolean }[] } };
  return body.snapshot.users.filter((u) => u.login).length;
};

it('two admins creating a user at 24/25 at once: exactly one gets the last seat', async () => {
  const first = await session(sandbox.url);
  const second = await session(sandbox.url);
  expect((await first.post('/t/qics-demo/admin/users/u25/delete', [])).status).toBe(303);
  expect(await logins()).toBe(24);
  const create = (who: typeof first, name: string) =>
    who.post('/t/qics-demo/admin/users', [
      ['name', name],
      ['email', `${name.split(' ')[0]?.toLowerCase()}@bureaujansen.nl`],
      ['login', '1'],
      ['employee', ''],
    ]);
  const answers = await Promise.all([create(first, 'Sven Aerts'), create(second, 'Ilse Wouters')]);
  expect(answers.map((a) => a.status).sort()).toEqual([303, 409]);
  expect(await logins()).toBe(25);
});
