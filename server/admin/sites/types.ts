import type { Child } from 'hono/jsx';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { Policy, Pool, Report, Snapshot, User, UserPatch, Verdict } from '../../../lib/rules';
import type { CurrentFacts } from '../../db/current-facts';
import type { Names } from '../../db/names';
import type { SiteId } from '../../sandbox/schema';
import type { FieldErrors, UserFormValues } from '../forms';

export type Lang = 'nl' | 'sv' | 'de' | 'en';
export type PageId = 'users' | 'employees' | 'teams' | 'licence';

/** What every admin page knows about its tenant. */
export interface TenantView {
  id: string;
  name: string;
  policy: Policy;
  snapshot: Snapshot;
  report: Report;
  names: Names;
  /** The facts as kept at their version, for what a page derives from them once (sorted lists). */
  current: CurrentFacts;
}

export interface FieldsProps {
  values: UserFormValues;
  errors: FieldErrors;
  view: TenantView;
  /** The user being edited; undefined on the create form. */
  userId: string | undefined;
  /** The pool a refused write needs an extra seat in (003_129daf66f7fe1fe3.txt). */
  offerPool: string | undefined;
}

interface Column {
  header: string;
  cell(user: User, view: TenantView): Child;
}

export interface SiteText {
  users: { title: string; add: string; createTitle: string; editTitle: (name: string) => string };
  columns: { name: string; email: string; actions: string };
  fields: { name: string; email: string };
  actions: { create: string; save: string; edit: string; delete: string; cancel: string };
  flash: {
    created: (name: string) => string;
    updated: (name: string) => string;
    deleted: (name: string) => string;
    licence: (pool: string, limit: number, date: string) => string;
  };
  invalid: { name: string; email: string; date: string; seats: string; choice: string };
  licence: {
    title: string;
    pool: string;
    used: string;
    limit: string;
    unlimited: string;
    billed: string;
    cost: string;
    change: string;
    poolField: string;
    purchasedField: string;
    submit: string;
    orders: string;
    orderedOn: string;
    seats: string;
    amount: string;
    effective: string;
  };
  pages: Record<'forbidden' | 'notFound' | 'invalid', { title: string; body: string }>;
  /** A long list's page links: "51–100 of 100,000". */
  pager: {
    label: string;
    previous: string;
    next: string;
    range: (from: number, to: number, total: number) => string;
  };
}

export interface TeamsText {
  title: string;
  count: (active: number) => string;
  name: string;
  members: string;
  status: string;
  active: string;
  archived: string;
  none: string;
  create: string;
  archive: string;
  restore: string;
  flash: {
    created: (name: string) => string;
    archived: (name: string) => string;
    restored: (name: string) => string;
  };
}

export interface EmployeesText {
  title: string;
  intro: string;
  name: string;
  user: string;
  noUser: string;
}

export interface PurchaseText {
  /** What one extra seat of a pool is called: "admin-seat". */
  seatName(pool: Pool): string;
  title: string;
  intro: string;
  submit: string;
  flash: (seats: number, seat: string, amount: string, from: string, to: string | null) => string;
}

/** The vendor's form that invites several people at once with one role (`#user-invite`). */
export interface InviteText {
  /** The users page's link to the form. */
  link: string;
  title: string;
  intro: string;
  emails: string;
  role: string;
  roles: readonly { value: string; label: string }[];
  submit: string;
  /** The consent checkbox: for the seats a refused invite needs in a pool, or for any pool up front. */
  offer(view: TenantView, pool: string | undefined, seats: number): string;
  invalid: {
    none: string;
    emails: (bad: readonly string[]) => string;
    taken: (taken: readonly string[]) => string;
  };
  flash: (count: number, role: string) => string;
}

/** One vendor's admin site: its language, look, pages and the user fields its licence model needs. */
export interface Site {
  id: SiteId;
  lang: Lang;
  brand: string;
  pages: readonly { id: PageId; label: string }[];
  text: SiteText;
  teams?: TeamsText;
  employees?: EmployeesText;
  purchase?: PurchaseText;
  invite?: InviteText;
  /** Money in minor units, written as the vendor writes it. */
  money(amount: number, currency: string): string;
  /** The count shown top right of the users page. */
  count(view: TenantView): string;
  columns: readonly Column[];
  Fields(props: FieldsProps): JSX.Element;
  /** The rules fields this site's user form sets. */
  patchOf(values: UserFormValues): UserPatch;
  /** The vendor's answer to a write the rules refused. */
  refusal(verdict: Verdict, view: TenantView): string;
}
