/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { EmployeesText, Site, TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { Layout } from './layout';

/** Employees and the user each is linked to; unlinked ones take no seat (000_f86646bbf488b9ea.txt). */
export function EmployeesPage({ site, text, view }: { site: Site; text: EmployeesText; view: TenantView }) {
  const userOf = new Map(
    view.snapshot.users.flatMap((u) => (u.employee ? [[u.employee, u.id] as const] : [])),
  );
  return (
    <Layout site={site} tenant={view} page="employees" title={text.title} count={site.count(view)}>
      <p class="intro">{text.intro}</p>
      <table class="list employees">
        <thead>
          <tr>
            <th>{text.name}</th>
            <th>{text.user}</th>
          </tr>
        </thead>
        <tbody>
          {view.snapshot.employees.map((e) => {
            const user = userOf.get(e.id);
            return (
              <tr data-employee-id={e.id} class={user ? undefined : 'unlinked'}>
                <td>{view.names.employees.get(e.id)}</td>
                <td>
                  {user ? (
                    <a href={adminUrl(view.id, 'users', user)}>{view.names.users.get(user)?.name}</a>
                  ) : (
                    <span class="muted">{text.noUser}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Layout>
  );
}
