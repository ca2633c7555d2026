/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Verdict } from '../../../lib/rules';
import { money } from '../format';
import { CheckboxGroup } from '../views/fields';
import { labelOf, numberParam } from './pools';
import type { FieldsProps, Site, TenantView } from './types';

// Echometer (002_09172fccc52b2d64.txt): team licences (Variante 1) or active workspace members
// (Variante 2), both billed by usage; archived teams are not billed.

function teamLabel(view: TenantView, id: string): string {
  const name = view.names.teams.get(id) ?? id;
  return view.snapshot.teams.find((t) => t.id === id)?.archived ? `${name} (archiviert)` : name;
}

function Fields({ values, errors, view }: FieldsProps) {
  const options = view.snapshot.teams.map((t) => ({ value: t.id, label: teamLabel(view, t.id) }));
  return (
    <CheckboxGroup name="teams" label="Teams" values={values.teams} options={options} error={errors.teams} />
  );
}

// Echometer bills by usage and caps nothing; a capped policy on this site still gets a clear answer.
function refusal(verdict: Verdict, view: TenantView): string {
  const reason = verdict.reasons.find((r) => r.code === 'over-limit' || r.code === 'below-usage');
  const pool = labelOf(view.policy, reason?.pool);
  return `Diese Änderung ist mit eurer Lizenz nicht möglich (${pool}: ${numberParam(reason, 'limit') || numberParam(reason, 'used')}). Meldet euch bei accounting@echometer.de.`;
}

function count(view: TenantView): string {
  const members = `${view.snapshot.users.length} Workspace-Mitglieder`;
  const active = view.report.pools.find((p) => p.kind === 'active-members');
  return active ? `${members}, davon ${active.used} aktiv` : members;
}

export const echo: Site = {
  id: 'echo',
  lang: 'de',
  money: (amount, currency) => money(amount, currency, 'de'),
  brand: 'Echometer',
  pages: [
    { id: 'users', label: 'Workspace-Mitglieder' },
    { id: 'teams', label: 'Teams' },
    { id: 'licence', label: 'Abrechnung' },
  ],
  count,
  columns: [
    { header: 'Teams', cell: (user, view) => user.teams.map((t) => teamLabel(view, t)).join(', ') || '–' },
  ],
  Fields,
  patchOf: (values) => ({ teams: values.teams }),
  refusal,
  text: {
    users: {
      title: 'Workspace-Mitglieder',
      add: 'Mitglied hinzufügen',
      createTitle: 'Mitglied hinzufügen',
      editTitle: (name) => `Mitglied ${name}`,
    },
    columns: { name: 'Name', email: 'E-Mail', actions: 'Aktionen' },
    fields: { name: 'Name', email: 'E-Mail' },
    actions: {
      create: 'Hinzufügen',
      save: 'Speichern',
      edit: 'Bearbeiten',
      delete: 'Entfernen',
      cancel: 'Abbrechen',
    },
    flash: {
      created: (name) => `${name} wurde zum Workspace hinzugefügt.`,
      updated: (name) => `Änderungen für ${name} wurden gespeichert.`,
      deleted: (name) => `${name} wurde aus dem Workspace entfernt und hat keinen Zugriff mehr.`,
      licence: (pool, limit, date) =>
        `${pool}: neues Limit ${limit}, gültig ab der nächsten Rechnung (${date}).`,
    },
    invalid: {
      name: 'Bitte gib einen Namen ein.',
      email: 'Bitte gib eine gültige E-Mail-Adresse ein.',
      date: 'Bitte gib ein gültiges Datum ein.',
      seats: 'Bitte gib eine ganze Zahl ein (0 oder mehr).',
      choice: 'Bitte wähle eine der Möglichkeiten.',
    },
    licence: {
      title: 'Abrechnung',
      pool: 'Lizenz',
      used: 'Abgerechnet',
      limit: 'Limit',
      unlimited: 'Kein Limit (Abrechnung nach Nutzung)',
      billed: 'Abgerechnet',
      cost: 'Pro Monat',
      change: 'Lizenzen ändern',
      poolField: 'Lizenz',
      purchasedField: 'Anzahl',
      submit: 'Ändern',
      orders: 'Änderungen',
      orderedOn: 'Datum',
      seats: 'Anzahl',
      amount: 'Betrag',
      effective: 'Gültig ab',
    },
    pages: {
      forbidden: {
        title: 'Anfrage abgelehnt',
        body: 'Die Seite ist abgelaufen oder das Formular kam nicht von Echometer. Geh zurück, lade die Seite neu und versuche es noch einmal.',
      },
      notFound: { title: 'Nicht gefunden', body: 'Diese Seite oder dieses Mitglied gibt es nicht.' },
      invalid: { title: 'Ungültige Anfrage', body: 'Das Formular konnte nicht gelesen werden.' },
    },
    pager: {
      label: 'Seiten',
      previous: 'Zurück',
      next: 'Weiter',
      range: (from, to, total) => `${from}–${to} von ${total.toLocaleString('de')}`,
    },
  },
  teams: {
    title: 'Teams',
    count: (active) => `${active} aktive Teams`,
    name: 'Teamname',
    members: 'Mitglieder',
    status: 'Status',
    active: 'Aktiv',
    archived: 'Archiviert',
    none: 'Keine Mitglieder',
    create: 'Team erstellen',
    archive: 'Archivieren',
    restore: 'Wiederherstellen',
    flash: {
      created: (name) => `Team „${name}“ wurde erstellt.`,
      archived: (name) =>
        `Team „${name}“ wurde archiviert. Archivierte Teams werden nicht in Rechnung gestellt; Mitglieder ohne anderes aktives Team werden ab dem nächsten Monat nicht mehr abgerechnet.`,
      restored: (name) => `Team „${name}“ ist wieder aktiv.`,
    },
  },
};
