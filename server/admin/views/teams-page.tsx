/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Team, User } from '../../../lib/rules';
import { derived } from '../../db/current-facts';
import type { FieldErrors, TeamFormValues } from '../forms';
import type { Page } from '../paging';
import type { Site, TeamsText, TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { TextField } from './fields';
import { Csrf, Layout } from './layout';
import { Pager } from './pager';

interface Props {
  site: Site;
  text: TeamsText;
  view: TenantView;
  csrf: string;
  flash: string | undefined;
  alert: string | undefined;
  values: TeamFormValues;
  errors: FieldErrors;
  page: Page<Team>;
}

/** The tenant's teams by name in the site's language, sorted once per version of the facts. */
export function teamsByName(site: Site, view: TenantView): Team[] {
  return derived(view.current, `teams-by-name:${site.lang}`, () => {
    const { compare } = new Intl.Collator(site.lang);
    const nameOf = (id: string) => view.names.teams.get(id) ?? id;
    return [...view.snapshot.teams].sort((a, b) => compare(nameOf(a.id), nameOf(b.id)));
  });
}

/** Each team's members in the users' order, gathered in one pass once per version of the facts. */
function membersByTeam(view: TenantView): Map<string, User[]> {
  return derived(view.current, 'members-by-team', () => {
    const members = new Map<string, User[]>();
    for (const user of view.snapshot.users) {
      for (const team of user.teams) {
        const list = members.get(team);
        if (list) list.push(user);
        else members.set(team, [user]);
      }
    }
    return members;
  });
}

function TeamAction({
  view,
  csrf,
  text,
  id,
  archived,
}: Pick<Props, 'view' | 'csrf' | 'text'> & { id: string; archived: boolean }) {
  const verb = archived ? 'restore' : 'archive';
  return (
    <form id={`team-${verb}-${id}`} method="post" action={adminUrl(view.id, 'teams', id, verb)}>
      <Csrf token={csrf} />
      <button type="submit" class="link">
        {archived ? text.restore : text.archive}
      </button>
    </form>
  );
}

/** A page of teams with their members; create (`#team-create`), archive and restore each (002_09172fccc52b2d64.txt). */
export function TeamsPage(props: Props) {
  const { site, text, view, csrf, values, errors, page } = props;
  const byTeam = membersByTeam(view);
  const members = (team: string) => byTeam.get(team) ?? [];
  const active = view.snapshot.teams.filter((t) => !t.archived).length;
  const nameOf = (id: string) => view.names.teams.get(id) ?? id;
  return (
    <Layout
      site={site}
      tenant={view}
      page="teams"
      title={text.title}
      count={text.count(active)}
      flash={props.flash}
      alert={props.alert}
    >
      <form id="team-create" class="form inline" method="post" action={adminUrl(view.id, 'teams')}>
        <Csrf token={csrf} />
        <TextField name="name" label={text.name} value={values.name} error={errors.name} />
        <button type="submit" class="button primary">
          {text.create}
        </button>
      </form>
      <table class="list teams">
        <thead>
          <tr>
            <th>{text.name}</th>
            <th>{text.status}</th>
            <th>{text.members}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {page.rows.map((team) => (
            <tr data-team-id={team.id} class={team.archived ? 'archived' : undefined}>
              <td>{nameOf(team.id)}</td>
              <td>{team.archived ? text.archived : text.active}</td>
              <td>
                {members(team.id).length === 0 ? (
                  <span class="muted">{text.none}</span>
                ) : (
                  <ul class="members">
                    {members(team.id).map((u) => (
                      <li data-user-id={u.id}>{view.names.users.get(u.id)?.name}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td class="actions">
                <TeamAction view={view} csrf={csrf} text={text} id={team.id} archived={team.archived} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager site={site} page={page} href={adminUrl(view.id, 'teams')} />
    </Layout>
  );
}
