// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { anchorOf } from '../../../../lib/extension/content/anchor';
import { HostAdapter, type HostAdapterInput } from '../../../../lib/hosts';

const base: HostAdapterInput = {
  id: 'acme',
  name: 'Acme',
  matches: ['https://admin.acme.example/*'],
  tenant: { fixed: 'acme' },
};
const adapter = (panel?: { anchor?: string }) => z.parse(HostAdapter, { ...base, ...(panel && { panel }) });

describe('anchorOf', () => {
  it.each([
    ['no adapter yet', null, null],
    ['the default (body): docked', adapter(), null],
    ['body named explicitly: docked', adapter({ anchor: ' body ' }), null],
    ['a selector: inline there', adapter({ anchor: 'header.page-header' }), 'header.page-header'],
    ['a selector the page does not have (yet): still that anchor', adapter({ anchor: '#later' }), '#later'],
    ['a selector the engine rejects: docked', adapter({ anchor: 'form#[' }), null],
    ['an XPath-looking anchor: docked', adapter({ anchor: '/html/body' }), null],
  ])('%s', (_name, given, expected) => {
    expect(anchorOf(given, document)).toBe(expected);
  });
});
