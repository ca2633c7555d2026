/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { User } from '../../../lib/rules';
import type { Deps } from '../../deps';
import type { AdminEnv } from '../env';
import { setFlash, takeFlash } from '../flash';
import { UserForm, type UserFormValues } from '../forms';
import { messagePage, viewOf } from '../pages';
import { pageOf } from '../paging';
import { purchaseNote } from '../purchase-note';
import { hasErrors } from '../rejected';
import { render } from '../render';
import type { TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { formErrors } from '../user-checks';
import { removeUser, writeUser } from '../user-write';
import { UserFormPage, type UserFormState } from '../views/user-form-page';
import { UsersPage, usersByName } from '../views/users-page';

type Ctx = Context<AdminEnv>;

function blankForm(view: TenantView): UserFormValues {
  const profile = view.snapshot.profiles[0]?.id ?? '';
  return {
    name: '',
    email: '',
    login: true,
    employee: '',
    profile,
    validUntil: '',
    teams: [],
    roles: '',
    confirmPurchase: false,
  };
}

function formOf(user: User, view: TenantView): UserFormValues {
  const person = view.names.users.get(user.id);
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    login: user.login,
    employee: user.employee ?? '',
    profile: user.profile ?? '',
    validUntil: user.validUntil ?? '',
    teams: user.teams,
    roles: user.roles[0] ?? '',
    confirmPurchase: false,
  };
}

function showForm(
  c: Ctx,
  deps: Deps,
  status: 200 | 400 | 409,
  userId: string | undefined,
  state: UserFormState,
) {
  const page = (
    <UserFormPage site={c.var.site} view={viewOf(c, deps)} csrf={c.var.csrf} userId={userId} {...state} />
  );
  return render(c, status, page);
}

const fresh = (values: UserFormValues): UserFormState => ({
  values,
  errors: {},
  alert: undefined,
  offerPool: undefined,
});

/** Create or update: validate, write through the rules, and on refusal re-show everything typed. */
function submit(c: Ctx, deps: Deps, userId: string | undefined) {
  const parsed = z.safeParse(UserForm, c.var.form);
  if (!parsed.success) return messagePage(c, 400);
  const values = parsed.data;
  const { site, tenant } = c.var;
  const errors = formErrors(values, site.text.invalid);
  if (hasErrors(errors)) return showForm(c, deps, 400, userId, { ...fresh(values), errors });
  const outcome = writeUser(deps, tenant.id, site, values, userId);
  if ('kind' in outcome) {
    if (outcome.kind === 'missing') return messagePage(c, 404);
    return showForm(c, deps, 400, userId, { ...fresh(values), errors: outcome.errors });
  }
  if (!outcome.done) {
    const alert = site.refusal(outcome.verdict, viewOf(c, deps));
    const offerPool = outcome.verdict.reasons.find((r) => r.code === 'needs-purchase')?.pool;
    return showForm(c, deps, 409, userId, { ...fresh(values), alert, offerPool });
  }
  const saved = userId ? site.text.flash.updated(values.name) : site.text.flash.created(values.name);
  const policy = viewOf(c, deps).policy;
  const bought = outcome.verdict.outcome === 'confirm' ? outcome.verdict.costs : [];
  setFlash(c, [saved, ...bought.map((cost) => purchaseNote(site, policy, cost))].join(' '));
  return c.redirect(adminUrl(tenant.id, 'users'), 303);
}

function remove(c: Ctx, deps: Deps) {
  const id = c.req.param('id') ?? '';
  const name = viewOf(c, deps).names.users.get(id)?.name ?? id;
  const outcome = removeUser(deps, c.var.tenant.id, id);
  if ('kind' in outcome || !outcome.done) return messagePage(c, 404);
  setFlash(c, c.var.site.text.flash.deleted(name));
  return c.redirect(adminUrl(c.var.tenant.id, 'users'), 303);
}

/** Users: list, create form, edit form, delete (the seat-changing forms of every vendor site). */
export function userRoutes(app: Hono<AdminEnv>, deps: Deps): void {
  app.get('/users', (c) => {
    const view = viewOf(c, deps);
    const page = pageOf(usersByName(c.var.site, view), c.req.query('page'));
    if (!page) return messagePage(c, 404);
    const html = (
      <UsersPage site={c.var.site} view={view} csrf={c.var.csrf} flash={takeFlash(c)} page={page} />
    );
    return render(c, 200, html);
  });
  app.get('/users/new', (c) => showForm(c, deps, 200, undefined, fresh(blankForm(viewOf(c, deps)))));
  app.post('/users', (c) => submit(c, deps, undefined));
  app.get('/users/:id', (c) => {
    const view = viewOf(c, deps);
    const user = view.snapshot.users.find((u) => u.id === c.req.param('id'));
    return user ? showForm(c, deps, 200, user.id, fresh(formOf(user, view))) : messagePage(c, 404);
  });
  app.post('/users/:id', (c) => submit(c, deps, c.req.param('id')));
  app.post('/users/:id/delete', (c) => remove(c, deps));
}
