import { describe, expect, it } from 'vitest';
import { prepareTenant } from '../../../lib/rules';
import { buildView, VIEW_ITEMS } from '../../../lib/view/build';
import { echo, echoSnapshot, qics, qicsSnapshot } from '../rules/fixtures';

const NOW = Date.parse('2026-11-22T09:00:00Z');
const facts = (prepared = prepareTenant(qics(), qicsSnapshot(25))) => ({ prepared, fetchedAt: NOW - 5_000 });
const failure = { code: 'network', message: 'Could not reach the Seat API.' };

describe('buildView', () => {
  it.each([
    ['nothing yet: loading', {}, { status: 'loading' }],
    ['only an error', { error: failure }, { status: 'error', error: failure }],
    [
      'facts: ready, with the report and its age',
      { facts: facts() },
      { status: 'ready', fetchedAt: NOW - 5_000 },
    ],
    [
      'facts and an error: the numbers, out of date',
      { facts: facts(), error: failure },
      { status: 'error', error: failure },
    ],
    [
      'a note travels with the view',
      { facts: facts(), note: 'storage-failed' as const },
      { note: 'storage-failed' },
    ],
  ])('%s', (_name, input, expected) => {
    const view = buildView({ tenant: 'qics-demo', now: NOW, ...input });
    expect(view).toMatchObject({ tenant: 'qics-demo', ...expected });
    if ('facts' in input) expect(view.report?.pools[0]).toMatchObject({ used: 25, limit: 25, level: 'full' });
    else expect(view.report).toBeUndefined();
  });

  it('carries a long suggestion’s first names and its whole count, whatever the tenant size', () => {
    const snapshot = {
      ...echoSnapshot(),
      users: Array.from({ length: 5_000 }, (_, i) => ({ id: `m${i}`, name: `Member ${i}`, teams: ['t4'] })),
    };
    const view = buildView({
      tenant: 'echo',
      facts: facts(prepareTenant(echo('active-members', 800), snapshot)),
      now: NOW,
    });
    const [inactive] = view.report?.suggestions ?? [];
    expect(inactive).toMatchObject({ kind: 'inactive-members', count: 5_000 });
    expect(inactive?.ids).toHaveLength(VIEW_ITEMS);
    expect(inactive?.items.map((item) => item.name)).toEqual(
      Array.from({ length: VIEW_ITEMS }, (_, i) => `Member ${i}`),
    );
    expect(JSON.stringify(view).length).toBeLessThan(5_000);
  });
});
