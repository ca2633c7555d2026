import { describe, expect, it } from 'vitest';
import { purchaseTotal, raiseOfVerdict } from '../../../lib/view/verdict';
import { confirmVerdict, verdictsByReason } from './fixtures';

const verdicts = verdictsByReason();

describe('purchaseTotal', () => {
  it('sums the needs-purchase cost lines: 47370 cents', () => {
    expect(purchaseTotal(confirmVerdict())).toEqual({ amount: 47370, currency: 'EUR' });
  });

  it('ignores cost lines of pools that need no purchase', () => {
    const adds = verdicts['adds-cost'];
    if (!adds) throw new Error('no fixture');
    expect(purchaseTotal(adds)).toBeNull();
  });

  it('refuses to add up two currencies', () => {
    const verdict = confirmVerdict();
    const [line] = verdict.costs;
    if (!line) throw new Error('no cost line');
    expect(purchaseTotal({ ...verdict, costs: [line, { ...line, currency: 'USD' }] })).toBeNull();
  });
});

describe('raiseOfVerdict', () => {
  it.each([
    ['over-limit', 'block'],
    ['needs-purchase', 'purchase'],
    ['near-limit', null],
    ['below-usage', null],
    ['adds-cost', null],
    ['frees-seats', null],
  ])('%s → %s', (code, expected) => {
    const verdict = verdicts[code];
    if (!verdict) throw new Error('no fixture');
    expect(raiseOfVerdict(verdict)).toBe(expected);
  });

  it('over the limit of a warn pool: going over is allowed but billed', () => {
    const verdict = verdicts['over-limit'];
    if (!verdict) throw new Error('no fixture');
    expect(raiseOfVerdict({ ...verdict, outcome: 'warn' })).toBe('warn');
  });
});
