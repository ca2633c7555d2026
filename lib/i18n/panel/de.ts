import type { PanelCatalogue } from './en';

// Terms from Echometer's German page (002): Team-Lizenzen, archivieren, aktive Workspace-Mitglieder.
export const panelDe: PanelCatalogue = {
  'reason.over-limit': '{pool}: Damit wären es {after} von {limit} – über dem Limit.',
  'reason.near-limit': '{pool}: Damit wären es {after} von {limit} – nahe am Limit.',
  'reason.needs-purchase': {
    one: '{pool}: Alle Lizenzen sind vergeben, dafür muss {count} zusätzliche Lizenz gekauft werden.',
    other: '{pool}: Alle Lizenzen sind vergeben, dafür müssen {count} zusätzliche Lizenzen gekauft werden.',
  },
  'reason.adds-cost': {
    one: '{pool}: Damit kommt {count} abgerechnete Lizenz hinzu, {amount} mehr pro {period}.',
    other: '{pool}: Damit kommen {count} abgerechnete Lizenzen hinzu, {amount} mehr pro {period}.',
  },
  'reason.no-seat-change': 'Die Anzahl der Lizenzen ändert sich dadurch nicht.',

  'suggestion.unused-seats': {
    one: '{pool}: {count} gekaufte Lizenz bleibt ungenutzt. Abbestellen spart {saving}, wirksam ab {date}.',
    other:
      '{pool}: {count} gekaufte Lizenzen bleiben ungenutzt. Abbestellen spart {saving}, wirksam ab {date}.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} Mitglied ist in keinem aktiven Team hinterlegt und wird nicht abgerechnet: {names}. Der Button „Inaktive Workspace-Mitglieder entfernen“ entfernt solche Mitglieder; danach haben sie keinen Zugriff mehr.',
    other:
      '{pool}: {count} Mitglieder sind in keinem aktiven Team hinterlegt und werden nicht abgerechnet: {names}. Der Button „Inaktive Workspace-Mitglieder entfernen“ entfernt sie; danach haben sie keinen Zugriff mehr.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} Nutzer mit abgelaufenem Zugang belegt noch eine Lizenz: {names}. Verschieben Sie das Nutzerkonto in ein Profil ohne Module, um sie freizugeben.',
    other:
      '{pool}: {count} Nutzer mit abgelaufenem Zugang belegen noch Lizenzen: {names}. Verschieben Sie die Nutzerkonten in ein Profil ohne Module, um sie freizugeben.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} aktives Team hat keine Mitglieder, wird aber abgerechnet: {names}. Archivieren Sie es, um {saving} zu sparen.',
    other:
      '{pool}: {count} aktive Teams haben keine Mitglieder, werden aber abgerechnet: {names}. Archivieren Sie sie, um {saving} zu sparen.',
  },
  'suggestion.more': '+{count} weitere',

  'level.ok': 'OK',
  'level.near': 'Fast voll',
  'level.full': 'Voll',
  'level.over': 'Über dem Limit',

  'kind.logins': 'Nutzer',
  'kind.active-employees': 'aktive Mitarbeitende',
  'kind.module': '{module}-Lizenzen',
  'kind.teams': 'Team-Lizenzen',
  'kind.active-members': 'aktive Workspace-Mitglieder',
  'kind.role': '{role}-Lizenzen',

  'period.month': 'Monat',
  'period.year': 'Jahr',
  'per.month': 'pro Monat',
  'per.year': 'pro Jahr',

  'outcome.allow': 'Innerhalb des Limits',
  'outcome.warn': 'Warnung: Lizenzlimit',
  'outcome.confirm': 'Kauf einer Zusatzlizenz bestätigen',
  'outcome.block': 'Lizenzlimit erreicht',

  'reason.adds-cost-unpriced': {
    one: '{pool}: Damit kommt {count} abgerechnete Lizenz hinzu.',
    other: '{pool}: Damit kommen {count} abgerechnete Lizenzen hinzu.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}: {count} gekaufte Lizenz bleibt ungenutzt. Sie können sie zur nächsten Rechnung abbestellen.',
    other:
      '{pool}: {count} gekaufte Lizenzen bleiben ungenutzt. Sie können sie zur nächsten Rechnung abbestellen.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}: {count} aktives Team hat keine Mitglieder: {names}. Archivieren Sie es, wenn es nicht mehr gebraucht wird.',
    other:
      '{pool}: {count} aktive Teams haben keine Mitglieder: {names}. Archivieren Sie sie, wenn sie nicht mehr gebraucht werden.',
  },

  'usage.of': '{used} von {limit} {unit}',
  'usage.split': '{included} inklusive + {purchased} gekauft',
  'usage.unlimited': '{unit} in Nutzung: {used}, kein Limit',
  'unit.seats': 'Lizenzen',

  'pool.summary': '{pool}: {usage}. Status: {level}.',
  'pool.billed': { one: 'Abgerechnet: {count} Lizenz', other: 'Abgerechnet: {count} Lizenzen' },
  'pool.free': { one: '{count} Lizenz frei', other: '{count} Lizenzen frei' },
  'pool.none-free': 'Keine Lizenzen frei',
  'pool.over-by': { one: '{count} Lizenz über dem Limit', other: '{count} Lizenzen über dem Limit' },

  'cost.term': {
    one: '{count} Lizenz × {unit} = {amount} {per}, {from} – {to}',
    other: '{count} Lizenzen × {unit} = {amount} {per}, {from} – {to}',
  },
  'cost.recurring': {
    one: '{count} Lizenz × {unit} = {amount} {per}, ab {from}',
    other: '{count} Lizenzen × {unit} = {amount} {per}, ab {from}',
  },
  'cost.prorated': 'anteilig bis Vertragsende',

  'panel.title': 'Lizenzen – {name}',
  'panel.level': 'Lizenzstatus: {level}',
  'panel.age': 'aktualisiert {age}',
  'panel.stale': 'Veraltet',
  'panel.refresh': 'Aktualisieren',
  'panel.loading': 'Lizenzdaten werden geladen…',
  'panel.suggestions': 'Vorschläge',

  'error.rate-limited':
    'Die Seat API begrenzt die Anfragen (429). Warten Sie eine Minute und aktualisieren Sie dann.',
  'error.timeout':
    'Die Seat API hat nicht rechtzeitig geantwortet. Aktualisieren Sie, um es erneut zu versuchen.',
  'error.network':
    'Die Seat API ist nicht erreichbar. Prüfen Sie Ihre Verbindung und aktualisieren Sie dann.',
  'error.invalid-response':
    'Die Seat API hat Daten gesendet, die seatguard nicht lesen kann, daher werden keine Zahlen angezeigt. Bitten Sie den Anbieter, seine Seat API zu prüfen.',
  'error.server-error':
    'Bei der Seat API ist ein Serverfehler aufgetreten. Aktualisieren Sie später; bleibt der Fehler, wenden Sie sich an den Anbieter.',
  'error.other':
    'Die Lizenzdaten konnten nicht geladen werden ({code}). Aktualisieren Sie, um es erneut zu versuchen.',

  'error.widget-token':
    'Die Seat API hat das Token dieser Seite abgelehnt (401). Laden Sie die Seite neu oder wenden Sie sich an die Administration des Portals.',
  'error.widget-setup':
    'Dieses Lizenz-Widget ist falsch eingerichtet. Wenden Sie sich an die Administration des Portals.',
  'whatif.title': 'Was wäre, wenn Sie mehr hinzufügen?',
  'whatif.add': '{pool}: wie viele mehr',
  'whatif.note': 'Nur eine Vorschau: Es wird nichts geändert.',
};
