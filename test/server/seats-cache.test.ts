import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open';
import { seedIfEmpty } from '../../server/db/seed';
import type { SeatsBuilder } from '../../server/seats/builder';
import { createSeatsCache } from '../../server/seats/cache';
import type { BuiltSeats } from '../../server/seats/messages';
import { NOW, tempDataFile } from './helpers';

// The seats cache over a real database and a builder that counts its builds and finishes when told to.

const dirs: string[] = [];
const dbs: ReturnType<typeof openDatabase>[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup() {
  const data = tempDataFile();
  dirs.push(data.dir);
  const db = openDatabase(data.dataFile);
  dbs.push(db);
  seedIfEmpty(db, NOW);
  const builds: { tenant: string; finish(): void }[] = [];
  const versionOf = (tenant: string) =>
    (db.prepare('SELECT version FROM tenants WHERE id = ?').get(tenant) as { version: number } | undefined)
      ?.version;
  const builder: SeatsBuilder = {
    build: (tenant, asOf) =>
      new Promise<BuiltSeats | undefined>((resolve) => {
        const version = versionOf(tenant);
        const empty = new Uint8Array();
        const built =
          version === undefined
            ? undefined
            : { version, etag: `"${version}"`, asOf, bodies: { br: empty, gzip: empty, identity: empty } };
        builds.push({ tenant, finish: () => resolve(built) });
      }),
    close: async () => {},
  };
  const cache = createSeatsCache({ db, now: () => NOW, builder });
  const finishAll = () => {
    for (const b of builds) b.finish();
  };
  return { db, cache, builds, finishAll };
}

const bump = (db: ReturnType<typeof openDatabase>, tenant: string) =>
  db.prepare('UPDATE pools SET purchased = purchased + 1 WHERE tenant_id = ?').run(tenant);

describe('the seats cache', () => {
  it('builds once for every request that arrives while the build runs', async () => {
    const { cache, builds, finishAll } = setup();
    const version = cache.version('qics-demo') ?? -1;
    const answers = [
      cache.at('qics-demo', version),
      cache.at('qics-demo', version),
      cache.at('qics-demo', version),
    ];
    expect(builds).toHaveLength(1);
    finishAll();
    const built = await Promise.all(answers);
    expect(new Set(built.map((b) => b?.etag)).size).toBe(1);
  });

  it('answers from memory while the version holds, without building', async () => {
    const { cache, builds, finishAll } = setup();
    const version = cache.version('am-demo') ?? -1;
    const first = cache.at('am-demo', version);
    finishAll();
    await first;
    expect(cache.at('am-demo', version)).toBe(await first);
    expect(builds).toHaveLength(1);
  });

  it('builds again after a write, and does not join a build started before it', async () => {
    const { db, cache, builds, finishAll } = setup();
    const before = cache.version('echo-teams') ?? -1;
    const old = cache.at('echo-teams', before);
    bump(db, 'echo-teams');
    const after = cache.version('echo-teams') ?? -1;
    expect(after).toBeGreaterThan(before);
    const fresh = cache.at('echo-teams', after);
    expect(builds).toHaveLength(2);
    finishAll();
    expect((await fresh)?.version).toBe(after);
    await old;
    expect(cache.at('echo-teams', after)).toBe(await fresh);
  });

  it('keeps each tenant apart', async () => {
    const { cache, builds, finishAll } = setup();
    const a = cache.at('qics-demo', cache.version('qics-demo') ?? -1);
    const b = cache.at('am-demo', cache.version('am-demo') ?? -1);
    expect(builds.map((x) => x.tenant)).toEqual(['qics-demo', 'am-demo']);
    finishAll();
    expect((await a)?.etag).not.toBe((await b)?.etag);
  });

  it.each([
    ['an unknown tenant', 'ghost-demo'],
    ['a deleted tenant', 'citizenlab-demo'],
  ])('has no version for %s', (_case, tenant) => {
    const { db, cache } = setup();
    db.prepare("DELETE FROM tenants WHERE id = 'citizenlab-demo'").run();
    expect(cache.version(tenant)).toBeUndefined();
  });
});
