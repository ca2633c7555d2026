// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { decide } from '../../../lib/guard';
import { type HostAdapter, HostAdapter as HostAdapterSchema } from '../../../lib/hosts';
import { prepareTenant } from '../../../lib/rules';
import { citizenlab, citizenlabSnapshot, echo, echoSnapshot, qics, qicsSnapshot } from '../rules/fixtures';

const NOW = Date.parse('2026-11-22T09:00:00Z');
const adapter = (over: Partial<HostAdapter> = {}): HostAdapter =>
  z.parse(HostAdapterSchema, {
    id: 'qics',
    name: 'Qics',
    matches: ['http://127.0.0.1/*'],
    tenant: { fixed: 'qics-demo' },
    forms: [
      { form: 'form', change: { kind: 'add-user', fields: { login: { name: 'login', type: 'flag' } } } },
    ],
    ...over,
  });

function form(html = '<input type="checkbox" name="login" checked>') {
  document.body.innerHTML = `<form>${html}</form>`;
  return document.querySelector('form') as HTMLFormElement;
}

const data = (users: number, age = 0) => ({
  prepared: prepareTenant(qics(), qicsSnapshot(users)),
  fetchedAt: NOW - age,
});

describe('decide', () => {
  it.each([
    ['at 25/25 a new login is blocked', data(25), adapter(), 'ask', 'block'],
    ['at 24/25 it warns', data(24), adapter(), 'ask', 'warn'],
    ['at 10/25 it passes', data(10), adapter(), 'pass', undefined],
  ])('%s', (_name, seats, host, action, outcome) => {
    const decision = decide({
      adapter: host,
      data: seats,
      form: form(),
      rule: host.forms[0] as never,
      submitter: null,
      now: NOW,
    });
    expect(decision.action).toBe(action);
    if (decision.action === 'ask') expect(decision.verdict.outcome).toBe(outcome);
  });

  it('a user without a login passes at 25/25', () => {
    const host = adapter();
    expect(
      decide({
        adapter: host,
        data: data(25),
        form: form(''),
        rule: host.forms[0] as never,
        submitter: null,
        now: NOW,
      }),
    ).toEqual({ action: 'pass' });
  });

  it.each([
    ['no data, fail-open', null, 'open', { action: 'pass', note: 'guard-failed-open' }],
    [
      'data older than maxAge, fail-open',
      data(25, 16 * 60_000),
      'open',
      { action: 'pass', note: 'guard-failed-open' },
    ],
    ['no data, fail-closed', null, 'closed', { action: 'stop' }],
    ['old data, fail-closed', data(25, 16 * 60_000), 'closed', { action: 'stop' }],
  ] as const)('%s', (_name, seats, failMode, expected) => {
    const host = adapter({ failMode, maxAgeMinutes: 15 });
    expect(
      decide({
        adapter: host,
        data: seats,
        form: form(),
        rule: host.forms[0] as never,
        submitter: null,
        now: NOW,
      }),
    ).toEqual(expected);
  });

  it.each([
    ['fail-open', 'open', { action: 'pass', note: 'guard-error' }],
    ['fail-closed', 'closed', { action: 'stop' }],
  ] as const)('a form the adapter cannot read: %s', (_name, failMode, expected) => {
    const host = adapter({
      failMode,
      forms: [{ form: 'form', change: { kind: 'remove-user', id: { attr: 'data-user-id' } } }],
    });
    expect(
      decide({
        adapter: host,
        data: data(25),
        form: form(),
        rule: host.forms[0] as never,
        submitter: null,
        now: NOW,
      }),
    ).toEqual(expected);
  });

  it.each([
    [
      'archiving a team of a usage-billed pool asks, saying what it frees',
      echo('active-members', 800),
      echoSnapshot(),
      'archive-team',
      't2',
      'ask',
    ],
    [
      'deleting a user of a purchased pool passes silently',
      qics(),
      qicsSnapshot(25),
      'remove-user',
      'u1',
      'pass',
    ],
  ] as const)('%s', (_name, policy, snapshot, kind, id, action) => {
    const host = adapter({ forms: [{ form: 'form', change: { kind, id: { field: 'id' } } }] });
    const decision = decide({
      adapter: host,
      data: { prepared: prepareTenant(policy, snapshot), fetchedAt: NOW },
      form: form(`<input name="id" value="${id}">`),
      rule: host.forms[0] as never,
      submitter: null,
      now: NOW,
    });
    expect(decision.action).toBe(action);
    if (decision.action === 'ask')
      expect(decision.verdict.reasons.map((r) => r.code)).toEqual(['frees-seats']);
  });

  describe('a bulk invite (add-users) is one decision for the sum', () => {
    const host = adapter({
      tenant: { fixed: 'citizenlab-demo' },
      forms: [
        {
          form: 'form',
          change: {
            kind: 'add-users',
            list: { name: 'emails', type: 'text' },
            fields: { roles: { name: 'roles', type: 'list' } },
          },
          confirm: 'confirmPurchase',
        },
      ],
    });
    const invite = (emails: string, role: string) =>
      decide({
        adapter: host,
        data: { prepared: prepareTenant(citizenlab(), citizenlabSnapshot()), fetchedAt: NOW },
        form: form(`<textarea name="emails">${emails}</textarea><input name="roles" value="${role}">`),
        rule: host.forms[0] as never,
        submitter: null,
        now: NOW,
      });

    it.each([
      ['five admins at 2/2', 'a@x.nl\nb@x.nl\nc@x.nl\nd@x.nl\ne@x.nl', 'admin', 5],
      ['three admins, one typed twice', 'a@x.nl\nb@x.nl\nA@X.NL\nc@x.nl', 'admin', 3],
      ['two managers at 2/3', 'a@x.nl; b@x.nl', 'manager', 1],
    ])('%s: one confirm, one needs-purchase for %i seats, one cost line', (_name, emails, role, seats) => {
      const decision = invite(emails, role);
      if (decision.action !== 'ask') throw new Error(`expected to ask, got ${decision.action}`);
      expect(decision.verdict.outcome).toBe('confirm');
      expect(decision.verdict.reasons.filter((r) => r.code === 'needs-purchase')).toEqual([
        { code: 'needs-purchase', pool: role === 'admin' ? 'admins' : 'managers', params: { seats } },
      ]);
      expect(decision.verdict.costs).toHaveLength(1);
      expect(decision.verdict.costs[0]).toMatchObject({ seats, prorated: true, to: '2027-03-31' });
    });

    it.each([
      ['one manager at 2/3 warns near the limit', 'a@x.nl', 'manager', 'ask', 'warn'],
      ['no address passes', '\n ; ', 'admin', 'pass', undefined],
      ['people without a seat role pass', 'a@x.nl\nb@x.nl', 'viewer', 'pass', undefined],
    ])('%s', (_name, emails, role, action, outcome) => {
      const decision = invite(emails, role);
      expect(decision.action).toBe(action);
      if (decision.action === 'ask') expect(decision.verdict.outcome).toBe(outcome);
    });
  });
});
