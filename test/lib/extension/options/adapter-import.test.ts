import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseAdapterImport } from '../../../../lib/extension/options/adapter-import';
import { selectorCheck } from '../../../../lib/extension/shared/selector-check';
import { t } from '../../../../lib/i18n';

// Unknown keys at every depth, invalid selectors and every kind of schema problem: each with its path and a
// catalogue sentence, never zod's own text.

const isSelector = selectorCheck(new Window().document as unknown as Document);
const NONE = new Set<string>();

const base = {
  id: 'acme-admin',
  name: 'Acme Admin',
  matches: ['https://admin.acme.example/*'],
  tenant: { fixed: 'acme-demo' },
};
const userForm = {
  form: 'form#user-create',
  change: { kind: 'add-user', fields: { login: { name: 'login' } } },
};

function issuesOf(value: unknown) {
  const result = parseAdapterImport(JSON.stringify(value), NONE, isSelector);
  if (result.ok) throw new Error('imported, though it should not');
  expect(result.key).toBe('options.import.invalid');
  return result.issues;
}

/** The issues as the page lists them: `path: sentence`. */
const lines = (value: unknown) =>
  issuesOf(value).map((issue) => `${issue.path}: ${t(issue.key, issue.params)}`);

describe('unknown keys are refused, at any depth, with their path', () => {
  it.each([
    [[{ ...base, failmode: 'closed' }], '[0].failmode', 'failMode'],
    [[{ ...base, tenant: { fixed: 'acme-demo', pth: 'x' } }], '[0].tenant.pth', 'path'],
    [[{ ...base, tenant: { fixed: 'acme-demo', colour: 'x' } }], '[0].tenant.colour', undefined],
    [[{ ...base, api: { baseURL: 'https://x.example/' } }], '[0].api.baseURL', 'baseUrl'],
    [
      [{ ...base, forms: [userForm, { ...userForm, confirm: 'order', confrim: 'x' }] }],
      '[0].forms[1].confrim',
      'confirm',
    ],
    [
      [base, { ...base, id: 'b', forms: [{ ...userForm, change: { ...userForm.change, feilds: {} } }] }],
      '[1].forms[0].change.feilds',
      'fields',
    ],
    [
      [
        {
          ...base,
          forms: [
            { ...userForm, change: { kind: 'add-user', fields: { login: { name: 'l', typ: 'flag' } } } },
          ],
        },
      ],
      '[0].forms[0].change.fields.login.typ',
      'type',
    ],
    [[{ ...base, panel: { anchor: 'main', Anchor: 'x' } }], '[0].panel.Anchor', 'anchor'],
  ])('%j → %s', (value, path, like) => {
    const issues = issuesOf(value);
    const key = path.split('.').at(-1) ?? '';
    expect(issues).toContainEqual(
      like
        ? { path, key: 'options.issue.unknown-key-like', params: { key, known: like } }
        : { path, key: 'options.issue.unknown-key', params: { key } },
    );
  });

  it('"failmode": "closed" no longer imports as fail-open', () => {
    expect(lines({ ...base, failmode: 'closed' })).toEqual([
      'failmode: seatguard knows no setting "failmode" here. Did you mean "failMode"? Names are case-sensitive.',
    ]);
  });

  it('a misspelt choice of a union names the choice and the stray key', () => {
    const pool = {
      ...base,
      forms: [
        { form: 'form', change: { kind: 'set-purchased', pool: { fixd: 'x' }, purchased: { name: 'p' } } },
      ],
    };
    expect(lines(pool)).toEqual([
      'forms[0].change.pool: This needs one of these settings: "fixed", "name".',
      'forms[0].change.pool.fixd: seatguard knows no setting "fixd" here. Did you mean "fixed"? Names are case-sensitive.',
    ]);
  });
});

describe('selectors are checked by a real selector parser', () => {
  it.each([
    ['form#[', 'forms[0].form'],
    ['form[id^="user-', 'forms[0].form'],
    ['div >', 'forms[0].form'],
  ])('%j is refused at %s', (selector, path) => {
    expect(issuesOf({ ...base, forms: [{ ...userForm, form: selector }] })).toEqual([
      { path, key: 'options.issue.selector', params: { selector } },
    ]);
  });

  it('names the adapter and form in a list, and the panel anchor', () => {
    const list = [
      base,
      { ...base, id: 'b', forms: [userForm, { ...userForm, form: 'form#[' }], panel: { anchor: ':not(' } },
    ];
    expect(lines(list)).toEqual([
      '[1].forms[1].form: The browser does not accept "form#[" as a CSS selector.',
      '[1].panel.anchor: The browser does not accept ":not(" as a CSS selector.',
    ]);
  });

  it('accepts the built-in adapters’ selectors', () => {
    const ok = [
      'form#user-create',
      'form[id^="user-delete-"]',
      'form[id^="team-archive-"]',
      'main > form.licence',
    ];
    const result = parseAdapterImport(
      JSON.stringify({ ...base, forms: ok.map((form) => ({ ...userForm, form })) }),
      NONE,
      isSelector,
    );
    expect(result.ok).toBe(true);
  });
});

describe('schema problems read as sentences, in every language', () => {
  it.each([
    [
      { ...base, tenant: 'acme-demo' },
      'tenant: This must be an object in curly braces, with settings inside.',
    ],
    [{ ...base, tenant: {} }, 'tenant: This needs one of these settings: "fixed", "path".'],
    [
      { ...base, tenant: { path: '^/t/([a-z]+)' } },
      'tenant.path: Use a regular expression with a group named tenant: (?<tenant>…).',
    ],
    [
      { ...base, id: 'Bad Id' },
      'id: Use an id like "acme-admin": lowercase letters, digits and hyphens, starting with a letter or digit.',
    ],
    [{ ...base, name: '' }, 'name: This must not be empty.'],
    [{ ...base, name: 'x'.repeat(81) }, 'name: This is too long: at most 80 characters.'],
    [{ ...base, matches: [] }, 'matches: This list needs at least 1 entry.'],
    [{ ...base, matches: 'https://a.example/*' }, 'matches: This must be a list in square brackets.'],
    [{ ...base, failMode: 'shut' }, 'failMode: Use one of these values: "open", "closed".'],
    [{ ...base, maxAgeMinutes: 0 }, 'maxAgeMinutes: Use a number above 0.'],
    [{ ...base, maxAgeMinutes: 5000 }, 'maxAgeMinutes: Use a number of at most 1,440.'],
    [{ ...base, maxAgeMinutes: '15' }, 'maxAgeMinutes: This must be a number.'],
    [
      { ...base, api: { baseUrl: 'ftp://x.example/' } },
      'api.baseUrl: Use an address that starts with http:// or https://.',
    ],
    [{ ...base, forms: [{ form: 'form' }] }, 'forms[0].change: This setting is missing.'],
    [
      { ...base, forms: [{ form: 'form', change: { kind: 'nope' } }] },
      expect.stringMatching(/^forms\[0\]\.change\.kind: Use one of these values: "add-user", "add-users", /),
    ],
    [
      { ...base, forms: [{ ...userForm, change: { kind: 'remove-user', id: { attr: 'user-id' } } }] },
      'forms[0].change.id.attr: Use the name of a data attribute, such as "data-user-id".',
    ],
    [
      { ...base, forms: [{ ...userForm, confirm: 'order extra' }] },
      'forms[0].confirm: Use the name of a form field: letters, digits and _ . - [ ], at most 80 characters.',
    ],
    [{ id: 'x' }, 'name: This setting is missing.'],
  ])('%j', (value, line) => {
    expect(lines(value)).toContainEqual(line);
  });

  it('never passes zod’s own words through', () => {
    const bad = [
      {
        ...base,
        tenant: 'x',
        failMode: 1,
        forms: [{ form: 3, change: { kind: 'add-user' } }],
        panel: 'main',
      },
    ];
    for (const issue of issuesOf(bad)) {
      expect(t(issue.key, issue.params)).not.toMatch(/Invalid input|expected|received/);
      for (const lang of ['nl', 'sv', 'de', 'fr'] as const)
        expect(t(issue.key, issue.params, lang)).not.toBe(issue.key);
    }
  });
});
