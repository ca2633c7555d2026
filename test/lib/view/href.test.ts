import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../lib/view/href';

describe('safeHref', () => {
  it.each([
    ['https://vendor.example/licence', 'https://vendor.example/licence'],
    ['http://vendor.example/a b', 'http://vendor.example/a%20b'],
    ['mailto:sales@vendor.example', 'mailto:sales@vendor.example'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });
});
