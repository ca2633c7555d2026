/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { Verdict } from '../../../lib/rules';
import { listOrders } from '../../db/licence-writes';
import type { Deps } from '../../deps';
import type { AdminEnv } from '../env';
import { setFlash, takeFlash } from '../flash';
import { day } from '../format';
import { LicenceForm, PurchaseForm, Seats } from '../forms';
import { adjustablePools, purchasablePools } from '../licence-pools';
import { buyExtraSeat, setPurchasedSeats } from '../licence-write';
import { messagePage, viewOf } from '../pages';
import { purchaseNote } from '../purchase-note';
import { render } from '../render';
import type { TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { type LicenceFormState, LicencePage } from '../views/licence-page';

type Ctx = Context<AdminEnv>;

function blank(view: TenantView): LicenceFormState {
  const [pool] = adjustablePools(view.policy);
  const [extra] = purchasablePools(view.policy);
  return {
    licence: { pool: pool?.id ?? '', purchased: String(pool?.purchased ?? '') },
    purchase: { pool: extra?.id ?? '' },
    errors: {},
    alert: undefined,
  };
}

/** The licence page; a re-shown form keeps what was typed and says why a write was refused. */
function showLicence(
  c: Ctx,
  deps: Deps,
  status: 200 | 400 | 409,
  typed: Partial<LicenceFormState>,
  refusal?: Verdict,
) {
  const view = viewOf(c, deps);
  const flash = status === 200 ? takeFlash(c) : undefined;
  const alert = refusal ? c.var.site.refusal(refusal, view) : undefined;
  const state = { ...blank(view), ...typed, alert };
  const orders = listOrders(deps.db, view.id);
  const page = (
    <LicencePage site={c.var.site} view={view} csrf={c.var.csrf} flash={flash} orders={orders} {...state} />
  );
  return render(c, status, page);
}

const backToLicence = (c: Ctx, flash: string) => {
  setFlash(c, flash);
  return c.redirect(adminUrl(c.var.tenant.id, 'licence'), 303);
};

/** Raise or lower a pool's purchased seats; refused below use in the vendor's words (000, 001). */
function change(c: Ctx, deps: Deps) {
  const parsed = z.safeParse(LicenceForm, c.var.form);
  if (!parsed.success) return messagePage(c, 400);
  const licence = parsed.data;
  const { site, tenant } = c.var;
  const pool = adjustablePools(viewOf(c, deps).policy).find((p) => p.id === licence.pool);
  const seats = z.safeParse(Seats, licence.purchased);
  if (!pool || !seats.success) {
    const errors = pool ? { purchased: site.text.invalid.seats } : { pool: site.text.invalid.choice };
    return showLicence(c, deps, 400, { licence, errors });
  }
  const { done, verdict } = setPurchasedSeats(deps, tenant.id, pool.id, seats.data);
  if (!done) return showLicence(c, deps, 409, { licence }, verdict);
  const date = String(verdict.reasons.find((r) => r.code === 'next-invoice')?.params.date);
  const label = pool.label ?? pool.id;
  return backToLicence(c, site.text.flash.licence(label, pool.included + seats.data, day(date, site.lang)));
}

/** Buy one extra seat of a pool from today (CitizenLab, 003_129daf66f7fe1fe3.txt). */
function purchase(c: Ctx, deps: Deps) {
  const { site, tenant } = c.var;
  const parsed = z.safeParse(PurchaseForm, c.var.form);
  if (!site.purchase) return messagePage(c, 404);
  if (!parsed.success) return messagePage(c, 400);
  const { policy } = viewOf(c, deps);
  const pool = purchasablePools(policy).find((p) => p.id === parsed.data.pool);
  if (!pool)
    return showLicence(c, deps, 400, { purchase: parsed.data, errors: { pool: site.text.invalid.choice } });
  const { done, verdict, bought } = buyExtraSeat(deps, tenant.id, pool.id);
  if (!done || !bought) return showLicence(c, deps, 409, {}, verdict);
  return backToLicence(c, purchaseNote(site, policy, bought));
}

/** Licence: pools with use and cost, the purchased-seats form, extra seat purchases, orders. */
export function licenceRoutes(app: Hono<AdminEnv>, deps: Deps): void {
  app.get('/licence', (c) => showLicence(c, deps, 200, {}));
  app.post('/licence', (c) => change(c, deps));
  app.post('/licence/purchase', (c) => purchase(c, deps));
}
