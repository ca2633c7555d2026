import * as z from 'zod/mini';
import { LANGS } from '../i18n/langs';

// A host adapter describes one host product's admin pages as data, so a customer can write one as JSON.
// Objects are strict: an unknown or misspelt key ("failmode") is an error, never a silently dropped setting.

const Selector = z.string().check(z.minLength(1), z.maxLength(300));
const FieldName = z.string().check(z.regex(/^[\w.[\]-]{1,80}$/, 'expected a form field name'));

/** A Chrome match pattern like `https://admin.example.com/*` (no `<all_urls>`, no wildcard scheme). */
export const MatchPattern = z
  .string()
  .check(
    z.regex(
      /^https?:\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/,
      'expected a match pattern like "https://admin.example.com/*" (http or https only)',
    ),
  );

/** Where a user or team id comes from: an attribute of the form or an ancestor, a field, or the form's action URL. */
export const IdSource = z.union([
  z.strictObject({ attr: z.string().check(z.regex(/^data-[\w-]+$/, 'expected a data-* attribute')) }),
  z.strictObject({ field: FieldName }),
  z.strictObject({
    action: z.string().check(z.refine(isIdPattern, 'expected a regular expression with (?<id>…)')),
  }),
]);

/** How one form field becomes one value of a rules Change. */
export const Field = z.strictObject({
  name: FieldName,
  /** flag: checked/“yes” → true; list: every value; text: the value, empty → absent. */
  type: z._default(z.enum(['text', 'flag', 'list']), 'text'),
});

/**
 * Where a form that adds several people holds one entry per person: a text field or text area (entries split
 * at line breaks, commas and semicolons), or several inputs sharing a name (`list`, one entry each).
 */
export const ListField = z.strictObject({
  name: FieldName,
  type: z._default(z.enum(['text', 'list']), 'text'),
});

const UserFields = z.strictObject({
  login: z.optional(Field),
  employee: z.optional(Field),
  profile: z.optional(Field),
  roles: z.optional(Field),
  teams: z.optional(Field),
  validUntil: z.optional(Field),
});

export const ChangeRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('add-user'), fields: UserFields }),
  /** One new user per entry of `list`, each with `fields` (a bulk invite); judged as one batch. */
  z.strictObject({ kind: z.literal('add-users'), list: ListField, fields: UserFields }),
  z.strictObject({ kind: z.literal('update-user'), id: IdSource, fields: UserFields }),
  z.strictObject({ kind: z.literal('remove-user'), id: IdSource }),
  z.strictObject({ kind: z.literal('add-team'), archived: z.optional(Field) }),
  z.strictObject({ kind: z.literal('archive-team'), id: IdSource }),
  z.strictObject({ kind: z.literal('restore-team'), id: IdSource }),
  z.strictObject({
    kind: z.literal('set-purchased'),
    pool: z.union([z.strictObject({ fixed: z.string() }), Field]),
    purchased: Field,
  }),
]);

export const FormRule = z.strictObject({
  /** CSS selector of the form element that changes seats. */
  form: Selector,
  change: ChangeRule,
  /** The vendor's own "order the extra seat" checkbox, ticked when the admin confirms the cost in our dialog. */
  confirm: z.optional(FieldName),
});

const Term = z
  .string()
  .check(z.minLength(1), z.maxLength(40), z.regex(/^[^{}<>]*$/, 'expected a plain word'));

/**
 * How a vendor speaks in one language, as its own help pages do. Every field is optional: what is missing
 * reads in seatguard's neutral words. seatguard's sentences take the word as a noun without changing it, so
 * give one that fits them: in French and German a feminine noun (licence, Lizenz, Benutzerlizenz), in
 * Swedish an en-word (licens, användare), in Dutch a de-word (licentie, gebruiker, seat).
 */
export const VendorWords = z.strictObject({
  /** Its word for one seat and for several: gebruiker/gebruikers (QicsMilestones), licens/licenser (AM System). */
  seat: z.optional(z.strictObject({ one: Term, other: Term })),
  /** How its pages address the admin: formal (u, Sie) or informal (je, du). French always reads vous, Swedish du. */
  register: z.optional(z.enum(['formal', 'informal'])),
  /** How its admins raise a limit, in its own menu names: "Administratör » Avtal » Uppgradera licens, then Checka ut". */
  raise: z.optional(z.string().check(z.minLength(1), z.maxLength(400))),
});

/** A host page for one user or team: `{tenant}` and `{id}` are replaced; relative to the page it is shown on. */
const HrefTemplate = z
  .string()
  .check(
    z.maxLength(300),
    z.refine(
      isHrefTemplate,
      'expected a path or http(s) URL using only {tenant} and {id}, like "/t/{tenant}/users/{id}"',
    ),
  );

export const HostAdapter = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected an id like "acme-admin"')),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Pages the adapter runs on. */
  matches: z.array(MatchPattern).check(z.minLength(1)),
  /** The tenant: a fixed id, or the `tenant` group of a regular expression on the URL's path. */
  tenant: z.union([
    z.strictObject({ fixed: z.string().check(z.minLength(1)) }),
    z.strictObject({
      path: z.string().check(z.refine(isTenantPattern, 'expected a regular expression with (?<tenant>…)')),
    }),
  ]),
  /** Seat API base, used until the options page sets another. */
  api: z.optional(z.strictObject({ baseUrl: z.url({ protocol: /^https?$/ }) })),
  /**
   * Where the panel's launcher rests: `body` (the default) docks it in a viewport corner with no control under
   * it; another CSS selector puts it at the end of that element, in the page's flow (18 px tall: name one with
   * room, e.g. the vendor's top bar). The panel itself opens docked, over the page.
   */
  panel: z._default(z.strictObject({ anchor: z._default(Selector, 'body') }), { anchor: 'body' }),
  forms: z._default(z.array(FormRule), []),
  /** open: unknown or stale data lets a form through; closed: it stops the form. */
  failMode: z._default(z.enum(['open', 'closed']), 'open'),
  /** Longest acceptable age of the seat data for the guard to decide, in minutes. */
  maxAgeMinutes: z._default(z.number().check(z.gt(0), z.lte(24 * 60)), 15),
  /** The vendor's page for raising the limit; `{tenant}` is replaced. */
  raise: z.optional(z.strictObject({ href: z.string() })),
  /** A tenant's admin page, for support agents' lookups; `{tenant}` is replaced, a relative href resolves against the Seat API. */
  admin: z.optional(z.strictObject({ href: z.string() })),
  /** The vendor's own words per language (en, nl, sv, de, fr): its term for a seat, its register, its way to raise a limit. */
  words: z.optional(z.partialRecord(z.enum(LANGS), VendorWords)),
  /** Where the admin acts on one user or team, so that suggestions and the guard's dialog link to it. */
  links: z.optional(z.strictObject({ user: z.optional(HrefTemplate), team: z.optional(HrefTemplate) })),
});

function hasGroup(source: string, group: string): boolean {
  try {
    return new RegExp(source).source.includes(`(?<${group}>`);
  } catch {
    return false;
  }
}

function isTenantPattern(source: string): boolean {
  return hasGroup(source, 'tenant');
}

function isIdPattern(source: string): boolean {
  return hasGroup(source, 'id');
}

function isHrefTemplate(template: string): boolean {
  if (/\{(?!tenant\}|id\})/.test(template) || /(?<!\{tenant|\{id)\}/.test(template)) return false;
  try {
    const url = new URL(template.replaceAll(/\{(tenant|id)\}/g, 'x'), 'https://host.example/');
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export type IdSource = z.output<typeof IdSource>;
export type Field = z.output<typeof Field>;
export type ListField = z.output<typeof ListField>;
export type ChangeRule = z.output<typeof ChangeRule>;
export type ChangeRuleInput = z.input<typeof ChangeRule>;
export type FormRule = z.output<typeof FormRule>;
export type HostAdapter = z.output<typeof HostAdapter>;
export type VendorWords = z.output<typeof VendorWords>;
export type HostAdapterInput = z.input<typeof HostAdapter>;
