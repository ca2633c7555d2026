import type { ChangeInput } from '../rules';
import type { ChangeRule, Field, IdSource, ListField } from './schema';

/** A guarded form whose fields do not make a rules Change (missing id, bad number): the guard's fail mode decides. */
export class FormReadError extends Error {
  override readonly name = 'FormReadError';
}

/** Ids the guard gives things a form is about to create; they never collide with a vendor's ids. */
export const NEW_USER_ID = 'seatguard:new-user';
export const NEW_TEAM_ID = 'seatguard:new-team';
/** The id of the n-th (from 1) person a form adds several of: `seatguard:new-user:1`, `:2`, … */
export const newUserId = (n: number) => `${NEW_USER_ID}:${n}`;

const FALSE_WORDS = new Set(['', '0', 'false', 'off', 'no', 'nee', 'nej', 'nein', 'non', 'none']);
const NONE_WORDS = new Set(['', 'none', '-']);

type Values = FormData;

function text(values: Values, field: Field): string | undefined {
  const value = values.get(field.name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function flag(values: Values, field: Field): boolean {
  const value = values.get(field.name);
  return typeof value === 'string' && !FALSE_WORDS.has(value.trim().toLowerCase());
}

/** Every chosen value; a select's "none" option means an empty list. */
function list(values: Values, field: Field): string[] {
  return values
    .getAll(field.name)
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => !NONE_WORDS.has(v.toLowerCase()));
}

function idOf(form: HTMLFormElement, values: Values, source: IdSource): string {
  let id: string | null | undefined;
  if ('attr' in source) id = form.closest(`[${source.attr}]`)?.getAttribute(source.attr);
  else if ('field' in source) id = text(values, { name: source.field, type: 'text' });
  else id = new RegExp(source.action).exec(new URL(form.action).pathname)?.groups?.id;
  if (!id) throw new FormReadError(`no id found at ${JSON.stringify(source)}`);
  return decodeURIComponent(id);
}

type UserFields = Extract<ChangeRule, { kind: 'add-user' }>['fields'];

/** The user fields a form sets; for updates an emptied text field clears the link (null). */
function userValues(values: Values, fields: UserFields, clear: boolean) {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (!field) continue;
    if (field.type === 'flag') out[key] = flag(values, field);
    else if (field.type === 'list') out[key] = list(values, field);
    else out[key] = text(values, field) ?? (clear ? null : undefined);
  }
  return out;
}

/**
 * The people a batch form names, in order: empty entries left out, and each once, case aside, as a vendor
 * does not invite one address twice.
 */
function entries(values: Values, field: ListField): string[] {
  const typed = values.getAll(field.name).filter((v): v is string => typeof v === 'string');
  const split = field.type === 'text' ? typed.flatMap((v) => v.split(/[\r\n,;]+/)) : typed;
  const seen = new Set<string>();
  return split
    .map((entry) => entry.trim())
    .filter((entry) => {
      const key = entry.toLowerCase();
      if (entry === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function count(values: Values, field: Field): number {
  const value = Number(text(values, field));
  if (!Number.isInteger(value) || value < 0) throw new FormReadError(`"${field.name}" is not a whole number`);
  return value;
}

/** The rules Change a guarded form's submission would make, or the batch of them, read from its fields. */
export function readChange(
  form: HTMLFormElement,
  rule: ChangeRule,
  submitter?: HTMLElement | null,
): ChangeInput | ChangeInput[] {
  const values = formValues(form, submitter);
  switch (rule.kind) {
    case 'add-user':
      return { kind: 'add-user', user: { id: NEW_USER_ID, ...userValues(values, rule.fields, false) } };
    case 'add-users': {
      const user = userValues(values, rule.fields, false);
      return entries(values, rule.list).map((_, i) => ({
        kind: 'add-user',
        user: { ...user, id: newUserId(i + 1) },
      }));
    }
    case 'update-user':
      return {
        kind: 'update-user',
        id: idOf(form, values, rule.id),
        set: userValues(values, rule.fields, true),
      };
    case 'remove-user':
      return { kind: 'remove-user', id: idOf(form, values, rule.id) };
    case 'add-team':
      return {
        kind: 'add-team',
        team: { id: NEW_TEAM_ID, archived: rule.archived ? flag(values, rule.archived) : false },
      };
    case 'archive-team':
    case 'restore-team':
      return { kind: rule.kind, id: idOf(form, values, rule.id) };
    case 'set-purchased': {
      const pool = 'fixed' in rule.pool ? rule.pool.fixed : text(values, rule.pool);
      if (!pool) throw new FormReadError('no pool chosen');
      return { kind: 'set-purchased', pool, purchased: count(values, rule.purchased) };
    }
  }
}

/** The values the browser would send, the submitter's name/value included. */
function formValues(form: HTMLFormElement, submitter?: HTMLElement | null): FormData {
  // The form's own realm: a page's FormData takes only that page's forms.
  const Data = form.ownerDocument.defaultView?.FormData ?? FormData;
  try {
    return new Data(form, submitter ?? null);
  } catch {
    // Older engines reject the submitter argument; the submitter rarely carries seat fields.
    return new Data(form);
  }
}
