// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { sourceKey, TokenProviderError, tokenOf } from '../../widget/token';

describe('tokenOf', () => {
  it('gives the attribute token as is', async () => {
    await expect(tokenOf({ token: 'abc' })).resolves.toBe('abc');
  });

  it("reuses a provider's token until asked to renew", async () => {
    let n = 0;
    const provider = vi.fn(async () => `token-${++n}`);
    expect(await tokenOf({ provider })).toBe('token-1');
    expect(await tokenOf({ provider })).toBe('token-1');
    expect(await tokenOf({ provider }, true)).toBe('token-2');
    expect(await tokenOf({ provider })).toBe('token-2');
    expect(provider).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['throws', () => Promise.reject(new Error('portal down')), 'tokenProvider failed: portal down'],
    ['returns nothing', () => Promise.resolve(undefined as unknown as string), 'returned no bearer token'],
    ['returns a header-breaking value', () => 'a b\r\nX-Evil: 1', 'returned no bearer token'],
  ])(
    'a provider that %s fails with TokenProviderError, and is asked again next time',
    async (_, bad, message) => {
      const provider = vi.fn(bad);
      await expect(tokenOf({ provider })).rejects.toThrow(TokenProviderError);
      await expect(tokenOf({ provider })).rejects.toThrow(message);
      expect(provider).toHaveBeenCalledTimes(2);
    },
  );
});

describe('sourceKey', () => {
  it('is the token for attribute tokens, and the function identity for providers', () => {
    const a = () => 'x';
    const b = () => 'x';
    expect(sourceKey({ token: 't1' })).toBe(sourceKey({ token: 't1' }));
    expect(sourceKey({ token: 't1' })).not.toBe(sourceKey({ token: 't2' }));
    expect(sourceKey({ provider: a })).toBe(sourceKey({ provider: a }));
    expect(sourceKey({ provider: a })).not.toBe(sourceKey({ provider: b }));
  });
});
