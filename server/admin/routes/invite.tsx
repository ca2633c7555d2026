/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { Deps } from '../../deps';
import type { AdminEnv } from '../env';
import { setFlash } from '../flash';
import { Email, type FieldErrors, InviteForm, type InviteFormValues } from '../forms';
import { inviteUsers } from '../invite-write';
import { addressesOf } from '../invitees';
import { messagePage, viewOf } from '../pages';
import { purchaseNote } from '../purchase-note';
import { hasErrors } from '../rejected';
import { render } from '../render';
import { numberParam } from '../sites/pools';
import type { InviteText } from '../sites/types';
import { adminUrl } from '../urls';
import { type InviteFormState, InvitePage } from '../views/invite-page';

type Ctx = Context<AdminEnv>;

const fresh = (values: InviteFormValues): InviteFormState => ({
  values,
  errors: {},
  alert: undefined,
  offer: undefined,
});

function show(c: Ctx, deps: Deps, status: 200 | 400 | 409, invite: InviteText, state: InviteFormState) {
  const page = (
    <InvitePage site={c.var.site} invite={invite} view={viewOf(c, deps)} csrf={c.var.csrf} {...state} />
  );
  return render(c, status, page);
}

/** What is wrong with the typed addresses and role before the tenant is read: none, invalid ones, no such role. */
function typedErrors(
  values: InviteFormValues,
  addresses: readonly string[],
  invite: InviteText,
  choice: string,
) {
  const errors: FieldErrors = {};
  const bad = addresses.filter((address) => !z.safeParse(Email, address).success);
  if (addresses.length === 0) errors.emails = invite.invalid.none;
  else if (bad.length > 0) errors.emails = invite.invalid.emails(bad);
  if (!invite.roles.some((r) => r.value === values.roles)) errors.roles = choice;
  return errors;
}

/** Invite everyone typed, judged as one batch; on refusal re-show everything typed with the vendor's reason. */
function submit(c: Ctx, deps: Deps, invite: InviteText) {
  const parsed = z.safeParse(InviteForm, c.var.form);
  if (!parsed.success) return messagePage(c, 400);
  const values = parsed.data;
  const { site, tenant } = c.var;
  const addresses = addressesOf(values.emails);
  const errors = typedErrors(values, addresses, invite, site.text.invalid.choice);
  if (hasErrors(errors)) return show(c, deps, 400, invite, { ...fresh(values), errors });
  const words = { choice: site.text.invalid.choice, taken: invite.invalid.taken };
  const confirmed = values.confirmPurchase;
  const outcome = inviteUsers(deps, tenant.id, words, { role: values.roles, addresses, confirmed });
  if ('kind' in outcome) {
    if (outcome.kind === 'missing') return messagePage(c, 404);
    return show(c, deps, 400, invite, { ...fresh(values), errors: outcome.errors });
  }
  if (!outcome.done) {
    const alert = site.refusal(outcome.verdict, viewOf(c, deps));
    const need = outcome.verdict.reasons.find((r) => r.code === 'needs-purchase');
    const offer = need?.pool ? { pool: need.pool, seats: numberParam(need, 'seats') } : undefined;
    return show(c, deps, 409, invite, { ...fresh(values), alert, offer });
  }
  const role = invite.roles.find((r) => r.value === values.roles)?.label ?? values.roles;
  const { policy } = viewOf(c, deps);
  const bought = outcome.verdict.outcome === 'confirm' ? outcome.verdict.costs : [];
  const notes = bought.map((cost) => purchaseNote(site, policy, cost));
  setFlash(c, [invite.flash(addresses.length, role), ...notes].join(' '));
  return c.redirect(adminUrl(tenant.id, 'users'), 303);
}

/** The vendor's bulk invite (`users/invite`), on sites that have one; registered before `users/:id`. */
export function inviteRoutes(app: Hono<AdminEnv>, deps: Deps): void {
  app.get('/users/invite', (c) => {
    const invite = c.var.site.invite;
    if (!invite) return messagePage(c, 404);
    const values = { emails: '', roles: invite.roles[0]?.value ?? '', confirmPurchase: false };
    return show(c, deps, 200, invite, fresh(values));
  });
  app.post('/users/invite', (c) => {
    const invite = c.var.site.invite;
    return invite ? submit(c, deps, invite) : messagePage(c, 404);
  });
}
