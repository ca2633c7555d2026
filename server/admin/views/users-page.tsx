/** @jsxImportSource hono/jsx */
import type { Site, TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { Csrf, Layout } from './layout';

interface Props {
  site: Site;
  view: TenantView;
  csrf: string;
  flash: string | undefined;
}

/** The users list: one row per user (`data-user-id`), each with its own delete form. */
export function UsersPage({ site, view, csrf, flash }: Props) {
  const { text } = site;
  const nameOf = (id: string) => view.names.users.get(id)?.name ?? id;
  const users = [...view.snapshot.users].sort((a, b) => nameOf(a.id).localeCompare(nameOf(b.id), site.lang));
  return (
    <Layout
      site={site}
      tenant={view}
      page="users"
      title={text.users.title}
      count={site.count(view)}
      flash={flash}
    >
      <p class="toolbar">
        <a class="button" href={adminUrl(view.id, 'users', 'new')}>
          {text.users.add}
        </a>
        {site.invite ? (
          <a class="button" href={adminUrl(view.id, 'users', 'invite')}>
            {site.invite.link}
          </a>
        ) : null}
      </p>
      <table class="list users">
        <thead>
          <tr>
            <th>{text.columns.name}</th>
            <th>{text.columns.email}</th>
            {site.columns.map((col) => (
              <th>{col.header}</th>
            ))}
            <th>{text.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr data-user-id={user.id}>
              <td>
                <a href={adminUrl(view.id, 'users', user.id)}>{nameOf(user.id)}</a>
              </td>
              <td>{view.names.users.get(user.id)?.email}</td>
              {site.columns.map((col) => (
                <td>{col.cell(user, view)}</td>
              ))}
              <td class="actions">
                <a href={adminUrl(view.id, 'users', user.id)}>{text.actions.edit}</a>
                <form
                  id={`user-delete-${user.id}`}
                  method="post"
                  action={adminUrl(view.id, 'users', user.id, 'delete')}
                >
                  <Csrf token={csrf} />
                  <button type="submit" class="link danger">
                    {text.actions.delete}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
