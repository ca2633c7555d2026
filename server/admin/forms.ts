import * as z from 'zod/mini';

// Admin form bodies as the browser posts them (urlencoded strings); unknown fields such as _csrf drop out.

const text = z._default(z.string(), '');
const trimmed = z.pipe(
  text,
  z.transform((v) => v.trim()),
);
/** A checkbox: present when ticked. */
const flag = z.pipe(
  z.optional(z.string()),
  z.transform((v) => v !== undefined),
);
/** Checkboxes sharing a name: none, one or several values, each once. */
const list = z.pipe(
  z._default(z.union([z.string(), z.array(z.string())]), []),
  z.transform((v) => [...new Set(typeof v === 'string' ? [v] : v)]),
);

export const UserForm = z.object({
  name: trimmed,
  email: trimmed,
  login: flag,
  employee: text,
  profile: text,
  validUntil: trimmed,
  teams: list,
  roles: text,
  confirmPurchase: flag,
});

/** Several people invited at once with one role: `emails` holds one address per line (or , ;). */
export const InviteForm = z.object({ emails: text, roles: text, confirmPurchase: flag });

export const TeamForm = z.object({ name: trimmed });
export const LicenceForm = z.object({ pool: text, purchased: trimmed });
export const PurchaseForm = z.object({ pool: text });

export type UserFormValues = z.output<typeof UserForm>;
export type InviteFormValues = z.output<typeof InviteForm>;
export type TeamFormValues = z.output<typeof TeamForm>;
export type LicenceFormValues = z.output<typeof LicenceForm>;
export type PurchaseFormValues = z.output<typeof PurchaseForm>;

/** Messages keyed by the field's name, shown beside the field that was wrong. */
export type FieldErrors = Partial<Record<string, string>>;

export const Name = z.string().check(z.minLength(1), z.maxLength(100));
export const Email = z.email();
export const OptionalDay = z.union([z.literal(''), z.iso.date()]);
/** A whole number of seats as typed into a number field. */
export const Seats = z.pipe(z.string().check(z.regex(/^\d{1,6}$/)), z.transform(Number));
