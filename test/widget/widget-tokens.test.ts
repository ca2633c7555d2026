// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createWidgetTokens, WIDGET_TOKEN_TTL_MS } from '../../server/api/widget-tokens';

const KEY = new Uint8Array(32).fill(7);
const NOW = new Date('2026-11-22T09:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('widget tokens', () => {
  const tokens = createWidgetTokens(KEY);
  const { token, expiresAt } = tokens.mint('qics-demo', NOW);

  it('are bearer tokens that name their tenant and expiry', () => {
    expect(token).toMatch(/^sgw1\.qics-demo\.\d+\.[\w-]{43}$/);
    expect(expiresAt).toBe(later(WIDGET_TOKEN_TTL_MS).toISOString());
  });

  it('read their own tenant until they expire', () => {
    expect(tokens.verify(token, NOW)).toEqual({ tenant: 'qics-demo' });
    expect(tokens.verify(token, later(WIDGET_TOKEN_TTL_MS - 1000))).toEqual({ tenant: 'qics-demo' });
    expect(tokens.verify(token, later(WIDGET_TOKEN_TTL_MS))).toBe('expired');
  });

  it.each([
    ['another tenant', token.replace('qics-demo', 'am-demo')],
    ['a later expiry', token.replace(/\.(\d+)\./, (_, s: string) => `.${Number(s) + 3600}.`)],
    ['a changed signature', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['a short signature', token.slice(0, -2)],
    ['a configured token', 'sandbox-qics-demo'],
    ['an empty string', ''],
  ])('refuse %s', (_, forged) => {
    expect(tokens.verify(forged, NOW)).toBeUndefined();
  });

  it('from another key are refused', () => {
    expect(createWidgetTokens(new Uint8Array(32).fill(8)).verify(token, NOW)).toBeUndefined();
  });
});
