import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { resetSandbox } from '../../server/db/seed';
import { startServer } from '../../server/main';
import { api, NOW, PORTAL, type Sandbox, startSandbox, tokens } from './helpers';
import { type Session, session } from './session';

// Every write moves the tenant's version on (migration 3), so its seats body is built again and a client
// revalidating with the old ETag gets a 200 with the new one: whoever wrote, this server or another.

let sandbox: Sandbox;
let browser: Session;
let file: BetterSqlite3.Database;
beforeAll(async () => {
  sandbox = await startSandbox();
  browser = await session(sandbox.url);
  file = new BetterSqlite3(sandbox.dataFile, { readonly: true });
});
afterAll(async () => {
  file.close();
  await sandbox.dispose();
});

const versionOf = (tenant: string) =>
  (file.prepare('SELECT version FROM tenants WHERE id = ?').get(tenant) as { version: number }).version;

async function etagOf(tenant: string, ifNoneMatch?: string) {
  const headers: Record<string, string> = ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {};
  const response = await api(sandbox.url, `/v1/tenants/${tenant}/seats`, tokens.agent, headers);
  await response.arrayBuffer();
  return { status: response.status, etag: response.headers.get('etag') ?? '' };
}

const person = (name: string): [string, string][] => [
  ['name', name],
  ['email', `${name.toLowerCase().replace(' ', '.')}@example.com`],
];

type Write = () => Promise<void>;
const post =
  (path: string, fields: [string, string][]): Write =>
  async () => {
    const { status } = await browser.post(path, fields);
    expect(status).toBe(303);
  };

describe('a write moves the tenant to a new version and a new ETag', () => {
  it.each<[string, string, Write]>([
    [
      'create a user',
      'qics-demo',
      post('/t/qics-demo/admin/users', [...person('Ida Noor'), ['employee', '']]),
    ],
    [
      'update a user',
      'am-demo',
      post('/t/am-demo/admin/users/p12', [...person('Bjorn Holm'), ['profile', 'none'], ['validUntil', '']]),
    ],
    ['delete a user', 'qics-demo', post('/t/qics-demo/admin/users/u24/delete', [])],
    [
      'give a user a role',
      'citizenlab-demo',
      post('/t/citizenlab-demo/admin/users/c08', [...person('Lotte Kramer'), ['roles', 'project-moderator']]),
    ],
    ['create a team', 'echo-teams', post('/t/echo-teams/admin/teams', [['name', 'Einkauf']])],
    ['archive a team', 'echo-teams', post('/t/echo-teams/admin/teams/t-vertrieb/archive', [])],
    [
      'change the licence',
      'qics-demo',
      post('/t/qics-demo/admin/licence', [
        ['pool', 'users'],
        ['purchased', '30'],
      ]),
    ],
    [
      'buy an extra seat',
      'citizenlab-demo',
      post('/t/citizenlab-demo/admin/licence/purchase', [['pool', 'admins']]),
    ],
    [
      'reset the sandbox',
      'qics-demo',
      async () => {
        const response = await fetch(`${sandbox.url}/v1/sandbox/reset`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${tokens.agent}` },
        });
        expect(response.status).toBe(204);
      },
    ],
  ])('%s (%s): 304 before, 200 with a new ETag after', async (_write, tenant, write) => {
    const before = await etagOf(tenant);
    expect((await etagOf(tenant, before.etag)).status).toBe(304);
    const version = versionOf(tenant);
    await write();
    expect(versionOf(tenant)).toBeGreaterThan(version);
    const after = await etagOf(tenant, before.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect((await etagOf(tenant, after.etag)).status).toBe(304);
  });

  it('a write by a second server on the same file reaches the first server’s answers', async () => {
    const before = await etagOf('echo-members');
    const other = await startServer({
      port: 0,
      dataFile: sandbox.dataFile,
      tokens,
      corsOrigins: [PORTAL],
      now: () => NOW,
    });
    try {
      const elsewhere = await session(other.url, '/t/echo-members/admin/teams');
      const { status } = await elsewhere.post('/t/echo-members/admin/teams', [['name', 'Logistik']]);
      expect(status).toBe(303);
    } finally {
      await other.close();
    }
    const after = await etagOf('echo-members', before.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
  });

  it('a read leaves the version as it is', async () => {
    const version = versionOf('am-demo');
    await etagOf('am-demo');
    await browser.get('/t/am-demo/admin/users');
    expect(versionOf('am-demo')).toBe(version);
  });
});

describe('the version triggers', () => {
  const db = new BetterSqlite3(':memory:');
  const tick = () => (db.prepare('SELECT tick FROM fact_clock').get() as { tick: number }).tick;

  beforeAll(() => {
    migrate(db);
    db.pragma('foreign_keys = ON');
    resetSandbox(db, NOW);
  });
  afterAll(() => db.close());

  const stamp = (tenant: string) =>
    (db.prepare('SELECT version FROM tenants WHERE id = ?').get(tenant) as { version: number }).version;

  it.each([
    ['tenants', "UPDATE tenants SET name = 'Bureau Jansen BV' WHERE id = 'qics-demo'"],
    ['pools', "UPDATE pools SET purchased = 30 WHERE tenant_id = 'qics-demo'"],
    ['profiles', "UPDATE profiles SET label = 'Allt' WHERE tenant_id = 'am-demo' AND id = 'full'"],
    ['employees', "INSERT INTO employees (tenant_id, id, name, active) VALUES ('qics-demo', 'e99', 'X', 1)"],
    ['teams', "UPDATE teams SET archived = 1 WHERE tenant_id = 'echo-teams' AND id = 't-produkt'"],
    ['users', "DELETE FROM users WHERE tenant_id = 'qics-demo' AND id = 'u01'"],
    ['user_roles', "DELETE FROM user_roles WHERE tenant_id = 'citizenlab-demo' AND user_id = 'c11'"],
    [
      'team_members',
      "INSERT INTO team_members (tenant_id, team_id, user_id) SELECT tenant_id, 't-service', id FROM users WHERE tenant_id = 'echo-teams' LIMIT 1",
    ],
  ])('a write to %s stamps its tenant with the next tick', (_table, sql) => {
    const tenant = /'([a-z-]+-(?:demo|teams))'/.exec(sql)?.[1] ?? '';
    const before = stamp(tenant);
    db.exec(sql);
    expect(stamp(tenant)).toBe(tick());
    expect(stamp(tenant)).toBeGreaterThan(before);
  });

  it('leaves the other tenants as they were', () => {
    const am = stamp('am-demo');
    db.exec("UPDATE pools SET purchased = 31 WHERE tenant_id = 'qics-demo'");
    expect(stamp('am-demo')).toBe(am);
  });

  it('never gives a tenant a version it had before, not even over a reset', () => {
    const before = stamp('qics-demo');
    resetSandbox(db, NOW);
    expect(stamp('qics-demo')).toBeGreaterThan(before);
  });
});
