/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { User } from '../../../lib/rules';
import { derived } from '../../db/current-facts';
import type { Page } from '../paging';
import type { Site, TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { Csrf, Layout } from './layout';
import { Pager } from './pager';

interface Props {
  site: Site;
  view: TenantView;
  csrf: string;
  flash: string | undefined;
  page: Page<User>;
}

/** The tenant's users by name in the site's language, sorted once per version of the facts. */
export function usersByName(site: Site, view: TenantView): User[] {
  return derived(view.current, `users-by-name:${site.lang}`, () => {
    const { compare } = new Intl.Collator(site.lang);
    const nameOf = (id: string) => view.names.users.get(id)?.name ?? id;
    return [...view.snapshot.users].sort((a, b) => compare(nameOf(a.id), nameOf(b.id)));
  });
}

/** One page of the users list: one row per user (`data-user-id`), each with its own delete form. */
export function UsersPage({ site, view, csrf, flash, page }: Props) {
  const { text } = site;
  const nameOf = (id: string) => view.names.users.get(id)?.name ?? id;
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
          {page.rows.map((user) => (
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
      <Pager site={site} page={page} href={adminUrl(view.id, 'users')} />
    </Layout>
  );
}
