import type { Database } from 'better-sqlite3';

/** A change of a pool's purchased seats, as the licence page lists it. */
export interface LicenceOrder {
  pool: string;
  orderedOn: string;
  purchasedBefore: number;
  purchasedAfter: number;
  amount: number | null;
  per: 'month' | 'year' | null;
  prorated: boolean;
  /** First day the change counts: the order date for bought seats, else the next invoice. */
  effective: string;
  validTo: string | null;
}

/** Sets a pool's purchased seats and records the order beside it. */
export function orderSeats(db: Database, tenant: string, order: LicenceOrder): void {
  db.prepare('UPDATE pools SET purchased = ? WHERE tenant_id = ? AND id = ?').run(
    order.purchasedAfter,
    tenant,
    order.pool,
  );
  db.prepare(
    `INSERT INTO licence_orders (tenant_id, pool_id, ordered_on, purchased_before, purchased_after, amount, per,
       prorated, effective, valid_to)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    tenant,
    order.pool,
    order.orderedOn,
    order.purchasedBefore,
    order.purchasedAfter,
    order.amount,
    order.per,
    order.prorated ? 1 : 0,
    order.effective,
    order.validTo,
  );
}

interface OrderSql {
  pool_id: string;
  ordered_on: string;
  purchased_before: number;
  purchased_after: number;
  amount: number | null;
  per: 'month' | 'year' | null;
  prorated: number;
  effective: string;
  valid_to: string | null;
}

export function listOrders(db: Database, tenant: string): LicenceOrder[] {
  return db
    .prepare<[string], OrderSql>('SELECT * FROM licence_orders WHERE tenant_id = ? ORDER BY id DESC')
    .all(tenant)
    .map((o) => ({
      pool: o.pool_id,
      orderedOn: o.ordered_on,
      purchasedBefore: o.purchased_before,
      purchasedAfter: o.purchased_after,
      amount: o.amount,
      per: o.per,
      prorated: o.prorated === 1,
      effective: o.effective,
      validTo: o.valid_to,
    }));
}
