import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sandboxAdapterAtE2ePort, useHarness } from './harness';
import { useProxy } from './proxy';
import {
  dialog,
  dialogButton,
  expectText,
  formValues,
  msg,
  note,
  panel,
  statusMessage,
  submit,
  submitToNewTab,
} from './ui';

// Issue 13, "data the page cannot carry": a report too big or too strange for the page shows an error and the
// guard takes its adapter's fail mode, visibly; a body over the size cap is `too-large` and not fetched again
// on every page. QicsMilestones at 25/25, where a new user is always asked about.

const h = useHarness();
const proxy = useProxy(() => h().base);

const CREATE = 'form#user-create';
/** A pool id of over a megabyte: the rules take it, the view and the verdict carry it, the page cannot. */
const HUGE_ID = 'u'.repeat(1_100_000);

/** Every pool of the tenant's facts renamed to the huge id (QicsMilestones has one). */
const hugePoolIds = {
  kind: 'rewrite' as const,
  rewrite: (json: unknown) => {
    const body = json as { policy: { pools: { id: string }[] } };
    for (const pool of body.policy.pools) pool.id = HUGE_ID;
    return body;
  },
};

async function fillCreate(page: Page): Promise<void> {
  await page.fill(`${CREATE} [name="name"]`, 'Kees Hoekstra');
  await page.fill(`${CREATE} [name="email"]`, 'kees.hoekstra@bureaujansen.nl');
}

describe('a report the page cannot carry', () => {
  it('shows an error instead of "loading" forever, and the form goes through with a note (fail-open)', async () => {
    proxy().mode = hugePoolIds;
    await h().connect({ 'qics-demo': { baseUrl: `${proxy().url}/` } });
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo', 'users/new'));
    await expectText(statusMessage(page), msg('nl', 'error.invalid-response'));
    expect(await panel(page).locator('.sg-pool').count()).toBe(0);

    await fillCreate(page);
    const answer = await submitToNewTab(page, CREATE);
    expect(await dialog(page).count()).toBe(0);
    await expectText(note(page), msg('nl', 'note.guard-error'));
    // The vendor's server, the authority, answered the submission itself.
    expect(answer.url()).toContain('/t/qics-demo/admin/users');
    await answer.close();
  });

  it('with a fail-closed adapter the submission stops, says why and keeps the form', async () => {
    const qics = sandboxAdapterAtE2ePort('sandbox-qics-demo');
    const acme = { ...qics, id: 'acme-qics', name: 'Acme QicsMilestones', failMode: 'closed' };
    proxy().mode = hugePoolIds;
    await h().store({ adapters: [acme] });
    await h().connect({}, { 'acme-qics': { baseUrl: `${proxy().url}/`, token: 'e2e-qics-demo-token' } });

    const { page } = h();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.goto(h().adminUrl('qics-demo', 'users/new'));
    await expectText(statusMessage(page), msg('nl', 'error.invalid-response'));
    await fillCreate(page);
    await submit(page, CREATE);
    await expectText(dialog(page).locator('.sg-title'), msg('nl', 'dialog.stop-title'));
    await dialogButton(page, msg('nl', 'dialog.back')).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(posts).toEqual([]);
    expect(await formValues(page, CREATE)).toMatchObject({ name: 'Kees Hoekstra' });
  });
});

describe('a body over the size cap', () => {
  it('is too-large, and a reload does not fetch it again', async () => {
    // 70 MB of valid JSON, over the client's 64 MiB cap; it never gets parsed.
    const facts = JSON.stringify(await h().seats('qics-demo'));
    proxy().mode = { kind: 'body', body: facts.replace(/}$/, `${' '.repeat(70_000_000)}}`) };
    await h().connect({ 'qics-demo': { baseUrl: `${proxy().url}/` } });
    const { page } = h();
    await page.goto(h().adminUrl('qics-demo'));
    await expectText(statusMessage(page), msg('nl', 'error.too-large'));
    expect(proxy().seatRequests.get('qics-demo')).toBe(1);

    await page.reload();
    await expectText(statusMessage(page), msg('nl', 'error.too-large'));
    await page.goto(h().adminUrl('qics-demo', 'users/new'));
    await expectText(statusMessage(page), msg('nl', 'error.too-large'));
    expect(proxy().seatRequests.get('qics-demo')).toBe(1);
  });
});
