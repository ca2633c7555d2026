import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../server/api/encoding';

// Accept-Encoding for the seats body (RFC 9110 12.5.3): br preferred, then gzip, else identity.

describe('chooseEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['gzip;q=0.2, identity;q=0.5', 'identity'],
    ['br;q=abc, gzip;q=0.1', 'gzip'],
    ['identity;q=0', 'identity'],
    [' , ;q=1, br', 'br'],
  ])('%j → %s', (header, encoding) => {
    expect(chooseEncoding(header)).toBe(encoding);
  });
});
