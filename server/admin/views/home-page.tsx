/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { TenantRow } from '../../db/tenants';
import { sites } from '../sites';
import { adminUrl } from '../urls';
import { PlainPage } from './plain-page';

/** The sandbox index: each tenant's admin site and the Seat API's documents. */
export function HomePage({ tenants }: { tenants: readonly TenantRow[] }) {
  return (
    <PlainPage title="seatguard sandbox">
      <p>Five sandbox tenants, one per licensing model, each with its vendor's admin pages.</p>
      <table class="list tenants">
        <thead>
          <tr>
            <th>Tenant</th>
            <th>Name</th>
            <th>Vendor site</th>
          </tr>
        </thead>
        <tbody>
          {tenants.map((t) => (
            <tr data-tenant-id={t.id}>
              <td>
                <a href={adminUrl(t.id, 'users')}>{t.id}</a>
              </td>
              <td>{t.name}</td>
              <td>{sites[t.site].brand}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Seat API: <code>/v1</code> · <a href="/v1/openapi.json">OpenAPI document</a>
      </p>
    </PlainPage>
  );
}
