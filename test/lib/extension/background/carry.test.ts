import { describe, expect, it } from 'vitest';
import {
  carriedAnswer,
  carriedState,
  MAX_MESSAGE_CHARS,
  unfit,
} from '../../../../lib/extension/background/carry';
import { type CheckAnswer, SeatState } from '../../../../lib/extension/shared/protocol';
import { decide } from '../../../../lib/guard';
import { builtInAdapters } from '../../../../lib/hosts';
import { prepareTenant } from '../../../../lib/rules';
import { buildView } from '../../../../lib/view/build';
import type { SeatView } from '../../../../lib/view/schema';
import { NOW, qics, qicsSnapshot } from '../../rules/fixtures';

// Issue 13, "a report the page cannot carry spins forever": what the background sends is checked as the
// content script will parse it, after the JSON a port makes of it.

const adapter = builtInAdapters.find((a) => a.id === 'sandbox-qics-demo') ?? builtInAdapters[0];
if (!adapter) throw new Error('no built-in adapter');
const at = Date.parse(NOW);
const prepared = prepareTenant(qics(), qicsSnapshot(25));
const view = buildView({ tenant: 'qics-demo', facts: { prepared, fetchedAt: at }, now: at });
const state: SeatState = { type: 'state', adapter, view, open: true };

type Report = NonNullable<SeatView['report']>;
const withReport = (change: (report: Report) => Report): SeatState => ({
  ...state,
  view: { ...view, report: change(structuredClone(view.report as Report)) },
});
const firstPool = (report: Report) => report.pools[0] as Report['pools'][number];

describe('carriedState', () => {
  it('sends a state the page can carry as it is', () => {
    expect(carriedState(state)).toBe(state);
  });

  it.each<[string, SeatState, RegExp]>([
    [
      'a limit above 2^53',
      withReport((r) => ({ ...r, pools: [{ ...firstPool(r), limit: 2 ** 53 + 2 }] })),
      /report\.pools\[0\]\.limit/,
    ],
    [
      'a date past 9999',
      withReport((r) => ({
        ...r,
        suggestions: [
          {
            kind: 'unused-seats',
            pool: 'users',
            count: 1,
            ids: [],
            items: [],
            saving: null,
            effective: '+010000-01-01',
          },
        ],
      })),
      /report\.suggestions\[0\]\.effective/,
    ],
    [
      'an infinite number, which JSON makes null',
      { ...state, view: { ...view, fetchedAt: Number.POSITIVE_INFINITY } },
      /fetchedAt/,
    ],
    ['NaN, which JSON makes null', { ...state, view: { ...view, fetchedAt: Number.NaN } }, /fetchedAt/],
    [
      'a megabyte-long pool id',
      withReport((r) => ({ ...r, pools: [{ ...firstPool(r), id: 'u'.repeat(MAX_MESSAGE_CHARS) }] })),
      /characters of JSON, over/,
    ],
  ])('%s arrives as an invalid-response error view, never a silent drop', (_name, bad, why) => {
    const sent = carriedState(bad);
    expect(sent).toMatchObject({
      type: 'state',
      adapter: { id: adapter.id },
      open: true,
      view: { tenant: 'qics-demo', status: 'error', error: { code: 'invalid-response' } },
    });
    expect(sent.view.report).toBeUndefined();
    expect(sent.view.error?.message).toMatch(why);
    // What replaces it is itself what the page can carry.
    expect(unfit(SeatState, sent)).toBeNull();
  });
});

describe('carriedAnswer', () => {
  const decision = decide({
    adapter,
    facts: { prepared, fetchedAt: at },
    changes: { kind: 'add-user', user: { id: 'u99' } },
    now: at,
  });
  const answer: CheckAnswer = { type: 'decision', id: 7, decision };
  if (decision.action !== 'ask') throw new Error('a 26th user at 25/25 should ask');
  const verdict = decision.verdict;
  const bad = (change: Partial<typeof verdict>): CheckAnswer => ({
    ...answer,
    decision: { ...decision, verdict: { ...verdict, ...change } },
  });

  it('sends a decision the page can carry as it is', () => {
    expect(carriedAnswer(answer, adapter)).toBe(answer);
  });

  it.each<[string, CheckAnswer, 'open' | 'closed', CheckAnswer['decision']]>([
    [
      'an amount above 2^53, fail-open',
      bad({ costs: [{ ...(verdict.costs[0] ?? ({} as never)), amount: 2 ** 53 + 2 }] }),
      'open',
      { action: 'pass', note: 'guard-error' },
    ],
    [
      'a megabyte-long pool id, fail-closed',
      bad({ pools: verdict.pools.map((pool) => ({ ...pool, id: 'u'.repeat(MAX_MESSAGE_CHARS) })) }),
      'closed',
      { action: 'stop' },
    ],
    [
      'an outcome the page does not know',
      bad({ outcome: 'maybe' as never }),
      'open',
      { action: 'pass', note: 'guard-error' },
    ],
  ])('%s takes the adapter’s fail mode, answering the same check', (_name, sent, failMode, expected) => {
    expect(carriedAnswer(sent, { failMode })).toEqual({ type: 'decision', id: 7, decision: expected });
  });
});
