/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { LicenceOrder } from '../../db/licence-writes';
import { day } from '../format';
import type { FieldErrors, LicenceFormValues, PurchaseFormValues } from '../forms';
import { adjustablePools, purchasablePools } from '../licence-pools';
import type { PurchaseText, Site, TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { SelectField, TextField } from './fields';
import { Csrf, Layout } from './layout';

export interface LicenceFormState {
  licence: LicenceFormValues;
  purchase: PurchaseFormValues;
  errors: FieldErrors;
  alert: string | undefined;
}

interface Props extends LicenceFormState {
  site: Site;
  view: TenantView;
  csrf: string;
  flash: string | undefined;
  orders: readonly LicenceOrder[];
}

function PoolTable({ site, view }: Pick<Props, 'site' | 'view'>) {
  const { licence: text } = site.text;
  const { currency } = view.policy;
  return (
    <table class="list pools">
      <thead>
        <tr>
          <th>{text.pool}</th>
          <th>{text.used}</th>
          <th>{text.limit}</th>
          <th>{text.billed}</th>
          <th>{text.cost}</th>
        </tr>
      </thead>
      <tbody>
        {view.report.pools.map((p) => (
          <tr data-pool-id={p.id} class={`level-${p.level}`}>
            <td>{p.label}</td>
            <td>{p.used}</td>
            <td>{p.limit ?? text.unlimited}</td>
            <td>{p.billed}</td>
            <td>{p.cost ? site.money(p.cost.amount, currency) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Set a pool's purchased seats (`#licence-form`); refused below what is in use. */
function LicenceForm({ site, view, csrf, licence, errors }: Props) {
  const pools = adjustablePools(view.policy);
  const { licence: text } = site.text;
  const [only] = pools;
  if (!only) return null;
  return (
    <form id="licence-form" class="form" method="post" action={adminUrl(view.id, 'licence')}>
      <h2>{text.change}</h2>
      <Csrf token={csrf} />
      {pools.length === 1 ? (
        <input type="hidden" name="pool" value={only.id} />
      ) : (
        <SelectField
          name="pool"
          label={text.poolField}
          value={licence.pool}
          options={pools.map((p) => ({ value: p.id, label: p.label ?? p.id }))}
          error={errors.pool}
        />
      )}
      <TextField
        name="purchased"
        type="number"
        label={text.purchasedField}
        value={licence.purchased}
        error={errors.purchased}
      />
      <button type="submit" class="button primary">
        {text.submit}
      </button>
    </form>
  );
}

/** Buy one extra seat of a pool at its yearly price (`#seat-purchase`, 003_129daf66f7fe1fe3.txt). */
function PurchaseForm(props: Props & { text: PurchaseText }) {
  const { site, view, csrf, purchase, errors, text } = props;
  const options = purchasablePools(view.policy).map((p) => ({
    value: p.id,
    label: `${text.seatName(p)} – ${site.money(p.price?.amount ?? 0, view.policy.currency)}`,
  }));
  return (
    <form id="seat-purchase" class="form" method="post" action={adminUrl(view.id, 'licence', 'purchase')}>
      <h2>{text.title}</h2>
      <p class="intro">{text.intro}</p>
      <Csrf token={csrf} />
      <SelectField
        name="pool"
        label={site.text.licence.poolField}
        value={purchase.pool}
        options={options}
        error={errors.pool}
      />
      <button type="submit" class="button primary">
        {text.submit}
      </button>
    </form>
  );
}

function Orders({ site, view, orders }: Pick<Props, 'site' | 'view' | 'orders'>) {
  const { licence: text } = site.text;
  const label = (id: string) => view.policy.pools.find((p) => p.id === id)?.label ?? id;
  return (
    <section class="orders">
      <h2>{text.orders}</h2>
      <table class="list orders">
        <thead>
          <tr>
            <th>{text.orderedOn}</th>
            <th>{text.pool}</th>
            <th>{text.seats}</th>
            <th>{text.amount}</th>
            <th>{text.effective}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr data-pool-id={o.pool}>
              <td>{day(o.orderedOn, site.lang)}</td>
              <td>{label(o.pool)}</td>
              <td>{`${o.purchasedBefore} → ${o.purchasedAfter}`}</td>
              <td>{o.amount === null ? '–' : site.money(o.amount, view.policy.currency)}</td>
              <td>{[o.effective, o.validTo].flatMap((d) => (d ? [day(d, site.lang)] : [])).join(' – ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Pools with use, limit and cost; the forms the vendor offers to change them; past orders. */
export function LicencePage(props: Props) {
  const { site, view } = props;
  const purchase = site.purchase;
  return (
    <Layout
      site={site}
      tenant={view}
      page="licence"
      title={site.text.licence.title}
      count={site.count(view)}
      flash={props.flash}
      alert={props.alert}
    >
      <PoolTable site={site} view={view} />
      <LicenceForm {...props} />
      {purchase && purchasablePools(view.policy).length > 0 ? (
        <PurchaseForm {...props} text={purchase} />
      ) : null}
      {props.orders.length > 0 ? <Orders site={site} view={view} orders={props.orders} /> : null}
    </Layout>
  );
}
