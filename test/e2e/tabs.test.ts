import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './harness';
import { useProxy } from './proxy';
import { msg, openPanel, panel, waitForPool } from './ui';

// The service worker fetches once per tenant however many tabs show it (stale-while-revalidate with
// in-flight dedup); a counting proxy in front of the Seat API sees every request.

const h = useHarness();
const TABS = 10;
const proxy = useProxy(() => h().base);
let tabs: Page[] = [];

afterEach(async () => {
  await Promise.all(tabs.map((tab) => tab.close()));
  tabs = [];
});

const seatRequests = () => proxy().seatRequests.get('qics-demo') ?? 0;

async function openTabs(): Promise<void> {
  tabs = await Promise.all(Array.from({ length: TABS }, () => h().ext.context.newPage()));
  await Promise.all(tabs.map((tab) => tab.goto(h().adminUrl('qics-demo'))));
  await Promise.all(tabs.map((tab) => waitForPool(tab, 'users', '25 van 25')));
}

describe('ten tabs of one tenant', () => {
  it('opened at once cost one Seat API request; reloading them all within the minute costs none', async () => {
    await h().connect({ 'qics-demo': { baseUrl: `${proxy().url}/` } });
    proxy().seatRequests.clear();
    await openTabs();
    expect(seatRequests()).toBe(1);

    await Promise.all(tabs.map((tab) => tab.reload()));
    await Promise.all(tabs.map((tab) => waitForPool(tab, 'users', '25 van 25')));
    expect(seatRequests()).toBe(1);
  });

  it('Refresh in one tab fetches once and brings the new numbers to every tab', async () => {
    await h().connect({ 'qics-demo': { baseUrl: `${proxy().url}/` } });
    proxy().seatRequests.clear();
    await openTabs();
    // Another admin deletes a user elsewhere; the tabs learn it from one refresh.
    expect((await h().adminPost('qics-demo', 'users/u25/delete', {})).status).toBe(303);
    const before = seatRequests();
    const [first] = tabs;
    await first?.bringToFront();
    await openPanel(first as Page);
    await panel(first as Page)
      .locator('button', { hasText: msg('nl', 'panel.refresh') })
      .click();
    await Promise.all(tabs.map((tab) => waitForPool(tab, 'users', '24 van 25')));
    expect(seatRequests()).toBe(before + 1);
  });
});
