// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ChangeRule, type ChangeRuleInput, NEW_USER_ID, newUserId, readChange } from '../../../lib/hosts';

// readChange: what a guarded form's submission would change, one change or a batch (a bulk invite).

function form(html: string) {
  document.body.innerHTML = `<form action="/t/acme/admin/users/invite" method="post">${html}</form>`;
  return document.querySelector('form') as HTMLFormElement;
}

const rule = (input: ChangeRuleInput) => z.parse(ChangeRule, input);

const roles = { roles: { name: 'roles', type: 'list' as const } };
const invite = rule({ kind: 'add-users', list: { name: 'emails' }, fields: roles });
const ROLE = '<select name="roles"><option value="admin" selected>Admin</option></select>';
const area = (text: string) => `<textarea name="emails">${text}</textarea>${ROLE}`;
const admins = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'add-user',
    user: { id: newUserId(i + 1), roles: ['admin'] },
  }));

describe('readChange: add-users (one new user per entry, each with the same fields)', () => {
  it.each([
    ['one address per line', area('a@x.nl\nb@x.nl\nc@x.nl'), 3],
    ['commas and semicolons too', area('a@x.nl, b@x.nl;c@x.nl\r\nd@x.nl'), 4],
    ['empty entries and blank lines ignored', area('\n\n  a@x.nl  \n;,\n\nb@x.nl\n'), 2],
    ['an entry typed twice, case aside, counts once', area('a@x.nl\nA@X.NL\nb@x.nl\na@x.nl'), 2],
    ['an empty text area adds nobody', area(''), 0],
    ['only separators add nobody', area(' ,; \n '), 0],
  ])('%s', (_name, html, n) => {
    expect(readChange(form(html), invite)).toEqual(admins(n));
  });

  it.each([
    [
      'one input per person, blanks and repeats left out',
      '<input name="email" value="a@x.nl"><input name="email" value=" "><input name="email" value="A@x.nl"><input name="email" value="b@x.nl">',
      2,
    ],
    ['an entry holding a comma stays one person', '<input name="email" value="Doe, Jane">', 1],
  ])('list: %s', (_name, html, n) => {
    const inputs = rule({ kind: 'add-users', list: { name: 'email', type: 'list' }, fields: roles });
    expect(readChange(form(`${html}${ROLE}`), inputs)).toEqual(admins(n));
  });

  it('applies every field to each user, and gives each its own id', () => {
    const withLogin = rule({
      kind: 'add-users',
      list: { name: 'emails' },
      fields: { ...roles, login: { name: 'login', type: 'flag' }, profile: { name: 'profile' } },
    });
    const html = `${area('a@x.nl\nb@x.nl')}<input type="checkbox" name="login" value="1"><input name="profile" value="full">`;
    expect(readChange(form(html), withLogin)).toEqual([
      {
        kind: 'add-user',
        user: { id: 'seatguard:new-user:1', roles: ['admin'], login: false, profile: 'full' },
      },
      {
        kind: 'add-user',
        user: { id: 'seatguard:new-user:2', roles: ['admin'], login: false, profile: 'full' },
      },
    ]);
  });

  it('a missing list field adds nobody', () => {
    expect(readChange(form(ROLE), invite)).toEqual([]);
  });

  it('the single add-user form keeps its one id', () => {
    const single = rule({ kind: 'add-user', fields: roles });
    expect(readChange(form(ROLE), single)).toEqual({
      kind: 'add-user',
      user: { id: NEW_USER_ID, roles: ['admin'] },
    });
  });
});
