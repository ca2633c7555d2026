/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { Deps } from '../../deps';
import type { AdminEnv } from '../env';
import { setFlash, takeFlash } from '../flash';
import { type FieldErrors, Name, TeamForm, type TeamFormValues } from '../forms';
import { messagePage, viewOf } from '../pages';
import { pageOf } from '../paging';
import { render } from '../render';
import { createTeam, setTeamState } from '../team-write';
import { adminUrl } from '../urls';
import type { WriteOutcome } from '../user-write';
import { TeamsPage, teamsByName } from '../views/teams-page';

type Ctx = Context<AdminEnv>;

interface TeamsState {
  values: TeamFormValues;
  errors: FieldErrors;
  alert: string | undefined;
}

const blank: TeamsState = { values: { name: '' }, errors: {}, alert: undefined };

function showTeams(c: Ctx, deps: Deps, status: 200 | 400 | 409, state: TeamsState) {
  const text = c.var.site.teams;
  if (!text) return messagePage(c, 404);
  const view = viewOf(c, deps);
  // A refused form re-shows the first page, where the create form is.
  const page = pageOf(teamsByName(c.var.site, view), status === 200 ? c.req.query('page') : undefined);
  if (!page) return messagePage(c, 404);
  const flash = status === 200 ? takeFlash(c) : undefined;
  const html = (
    <TeamsPage
      site={c.var.site}
      text={text}
      view={view}
      csrf={c.var.csrf}
      flash={flash}
      page={page}
      {...state}
    />
  );
  return render(c, status, html);
}

/** After a team write: back to the list with the vendor's message, or the page with the refusal. */
function answer(c: Ctx, deps: Deps, outcome: WriteOutcome, state: TeamsState, flash: string) {
  if ('kind' in outcome) return messagePage(c, 404);
  if (!outcome.done) {
    return showTeams(c, deps, 409, { ...state, alert: c.var.site.refusal(outcome.verdict, viewOf(c, deps)) });
  }
  setFlash(c, flash);
  return c.redirect(adminUrl(c.var.tenant.id, 'teams'), 303);
}

function create(c: Ctx, deps: Deps) {
  const text = c.var.site.teams;
  const parsed = z.safeParse(TeamForm, c.var.form);
  if (!text) return messagePage(c, 404);
  if (!parsed.success) return messagePage(c, 400);
  const state = { ...blank, values: parsed.data };
  if (!z.safeParse(Name, parsed.data.name).success) {
    return showTeams(c, deps, 400, { ...state, errors: { name: c.var.site.text.invalid.name } });
  }
  const outcome = createTeam(deps, c.var.tenant.id, parsed.data.name);
  return answer(c, deps, outcome, state, text.flash.created(parsed.data.name));
}

function changeState(c: Ctx, deps: Deps, archived: boolean) {
  const text = c.var.site.teams;
  const id = c.req.param('id') ?? '';
  if (!text) return messagePage(c, 404);
  const name = viewOf(c, deps).names.teams.get(id) ?? id;
  const outcome = setTeamState(deps, c.var.tenant.id, id, archived);
  return answer(c, deps, outcome, blank, archived ? text.flash.archived(name) : text.flash.restored(name));
}

/** Teams (Echometer): list with members, create, archive, restore. */
export function teamRoutes(app: Hono<AdminEnv>, deps: Deps): void {
  app.get('/teams', (c) => showTeams(c, deps, 200, blank));
  app.post('/teams', (c) => create(c, deps));
  app.post('/teams/:id/archive', (c) => changeState(c, deps, true));
  app.post('/teams/:id/restore', (c) => changeState(c, deps, false));
}
