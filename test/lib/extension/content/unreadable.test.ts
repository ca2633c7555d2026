import { describe, expect, it } from 'vitest';
import { unreadable, unreadableView } from '../../../../lib/extension/content/unreadable';
import type { SeatState } from '../../../../lib/extension/shared/protocol';
import { builtInAdapters } from '../../../../lib/hosts';

// Issue 13: a message that failed its schema was dropped and the panel said "loading" forever.

const [qics, am] = builtInAdapters;
if (!qics || !am) throw new Error('no built-in adapters');
const previous: SeatState = {
  type: 'state',
  adapter: am,
  lang: 'sv',
  view: { tenant: 'am-demo', status: 'loading' },
};
const error = { tenant: 'am-demo', status: 'error', error: { code: 'invalid-response' } };

describe('unreadable', () => {
  it.each<[string, unknown, SeatState | null, unknown]>([
    ['an answer to check 3', { type: 'decision', id: 3, decision: { action: 'maybe' } }, null, { check: 3 }],
    [
      'a state naming a readable adapter',
      { type: 'state', adapter: qics, view: { tenant: 'qics-demo', status: 'ready', fetchedAt: null } },
      null,
      { state: { type: 'state', adapter: qics, view: { tenant: '', status: 'error' } } },
    ],
    [
      'a state whose adapter cannot be read either, after a good one',
      { type: 'state', adapter: { id: 5 } },
      previous,
      { state: { type: 'state', adapter: am, lang: 'sv', view: error } },
    ],
    ['garbage, after a good state', 'garbage', previous, { state: { adapter: am, view: error } }],
    ['garbage, before any state', null, null, { state: null, view: { status: 'error' } }],
  ])('%s', (_name, message, before, expected) => {
    expect(unreadable(message, before)).toMatchObject(expected as object);
  });

  it('the view says invalid-response in English, for the panel to word in its language', () => {
    expect(unreadableView('qics-demo')).toEqual({
      tenant: 'qics-demo',
      status: 'error',
      error: { code: 'invalid-response', message: expect.stringMatching(/seatguard/) },
    });
  });
});
