/** @jsxImportSource hono/jsx */
import type { FieldErrors, TeamFormValues } from '../forms';
import type { Site, TeamsText, TenantView } from '../sites/types';
import { adminUrl } from '../urls';
import { TextField } from './fields';
import { Csrf, Layout } from './layout';

interface Props {
  site: Site;
  text: TeamsText;
  view: TenantView;
  csrf: string;
  flash: string | undefined;
  alert: string | undefined;
  values: TeamFormValues;
  errors: FieldErrors;
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

/** Teams with their members; create (`#team-create`), archive and restore each (002_09172fccc52b2d64.txt). */
export function TeamsPage(props: Props) {
  const { site, text, view, csrf, values, errors } = props;
  const members = (team: string) => view.snapshot.users.filter((u) => u.teams.includes(team));
  const active = view.snapshot.teams.filter((t) => !t.archived).length;
  const nameOf = (id: string) => view.names.teams.get(id) ?? id;
  const teams = [...view.snapshot.teams].sort((a, b) => nameOf(a.id).localeCompare(nameOf(b.id), site.lang));
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
          {teams.map((team) => (
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
    </Layout>
  );
}
