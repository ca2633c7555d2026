import type { PanelCatalogue } from './en';

// Terms from Echometer's German page (002): Team-Lizenzen, archivieren, aktive Workspace-Mitglieder. The panel
// addresses nobody (no Sie, no du): a host's adapter sets the register of the extension's own sentences.
export const panelDe: PanelCatalogue = {
  // Over and near the limit alike: {level} is the level the panel then shows.
  'reason.level': '{pool}: nach dieser Änderung {after} von {limit}, {level}.',
  'reason.needs-purchase': {
    one: '{pool}: Das Limit ist erreicht, dafür wird {count} zusätzliche {unit} benötigt.',
    other: '{pool}: Das Limit ist erreicht, dafür werden {count} zusätzliche {unit} benötigt.',
  },
  'reason.adds-cost': {
    one: '{pool}: Damit kommt {count} abgerechnete {unit} hinzu.',
    other: '{pool}: Damit kommen {count} abgerechnete {unit} hinzu.',
  },

  'suggestion.unused-seats': {
    one: '{pool}: {count} gekaufte {unit} wird nicht genutzt. Abbestellen spart {saving} ab {date}.',
    other: '{pool}: {count} gekaufte {unit} werden nicht genutzt. Abbestellen spart {saving} ab {date}.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}: {count} gekaufte {unit} wird nicht genutzt. Sie lässt sich zur nächsten Rechnung abbestellen.',
    other:
      '{pool}: {count} gekaufte {unit} werden nicht genutzt. Sie lassen sich zur nächsten Rechnung abbestellen.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} Mitglied ist in keinem aktiven Team hinterlegt und wird daher nicht abgerechnet: {names}.',
    other:
      '{pool}: {count} Mitglieder sind in keinem aktiven Team hinterlegt und werden daher nicht abgerechnet: {names}.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} Nutzer mit abgelaufenem Zugang belegt noch eine {unit}: {names}.',
    other: '{pool}: {count} Nutzer mit abgelaufenem Zugang belegen noch {unit}: {names}.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} aktives Team hat keine Mitglieder, wird aber abgerechnet: {names}. Archivieren spart {saving} ab {date}.',
    other:
      '{pool}: {count} aktive Teams haben keine Mitglieder, werden aber abgerechnet: {names}. Archivieren spart {saving} ab {date}.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}: {count} aktives Team hat keine Mitglieder: {names}.',
    other: '{pool}: {count} aktive Teams haben keine Mitglieder: {names}.',
  },
  'suggestion.more': 'und {count} weitere',

  'level.ok': 'OK',
  'level.near': 'Fast voll',
  'level.full': 'Voll',
  'level.over': 'Über dem Limit',

  'kind.logins': 'Nutzer',
  'kind.active-employees': 'Aktive Mitarbeitende',
  'kind.teams': 'Team-Lizenzen',
  'kind.active-members': 'Aktive Workspace-Mitglieder',

  'per.month': 'pro Monat',
  'per.year': 'pro Jahr',
  'unit.seat': { one: 'Lizenz', other: 'Lizenzen' },
  'price.each': '{price} pro {unit}',

  'title.limit': 'Das Limit ist erreicht',
  'title.full': 'Danach ist das Limit erreicht',
  'title.purchase': 'Kauf von {count} zusätzlichen {unit} bestätigen',
  'title.cost': 'Das erhöht die Rechnung',
  'title.allow': 'Innerhalb des Limits',

  // "{unit}: 25 von 25": no case ending to get wrong after "von".
  'usage.of': '{unit}: {used} von {limit}',
  'usage.split': '{included} inklusive + {count} gekauft',
  'usage.unlimited': '{unit}: {used}, kein Limit',

  'pool.summary': '{pool}: {usage}. Status: {level}.',
  'pool.billed': 'Abgerechnet: {count} {unit}',
  'pool.included-price':
    'In der Lizenz enthalten und nicht gesondert abgerechnet; eine zusätzliche {unit} kostet {price}.',
  'pool.free': '{count} {unit} frei',
  'pool.none-free': 'Keine {unit} frei',
  'pool.over-by': '{count} {unit} über dem Limit',

  'cost.now': '{amount} jetzt, {from} – {to}; danach {price}',
  'cost.more': '{amount} mehr {per}, ab {from}',
  'cost.less': '{amount} weniger {per}, ab {from}',

  'panel.title': 'Lizenzen – {name}',
  'panel.level': 'Lizenzstatus: {level}',
  'panel.age': 'aktualisiert {age}',
  'panel.just-now': 'gerade aktualisiert',
  'panel.stale': 'Veraltet',
  'panel.refresh': 'Aktualisieren',
  'panel.loading': 'Lizenzdaten werden geladen…',
  'panel.suggestions': 'Vorschläge',

  'error.rate-limited':
    'Die Seat API begrenzt die Anfragen (429). Bitte eine Minute warten, dann aktualisieren.',
  'error.timeout': 'Die Seat API hat nicht rechtzeitig geantwortet. Zum erneuten Versuch aktualisieren.',
  'error.network': 'Die Seat API ist nicht erreichbar. Bitte die Verbindung prüfen, dann aktualisieren.',
  'error.invalid-response':
    'Die Seat API hat Daten gesendet, die seatguard nicht lesen kann, daher werden keine Zahlen angezeigt. Der Anbieter sollte seine Seat API prüfen.',
  'error.server-error':
    'Bei der Seat API ist ein Serverfehler aufgetreten. Bitte später aktualisieren; bleibt der Fehler, den Anbieter kontaktieren.',
  'error.other': 'Die Lizenzdaten konnten nicht geladen werden ({code}). Zum erneuten Versuch aktualisieren.',

  'error.widget-token':
    'Die Seat API hat das Token dieser Seite abgelehnt (401). Laden Sie die Seite neu oder wenden Sie sich an die Administration des Portals.',
  'error.widget-setup':
    'Dieses Lizenz-Widget ist falsch eingerichtet. Wenden Sie sich an die Administration des Portals.',
  'whatif.title': 'Was wäre, wenn Sie mehr hinzufügen?',
  'whatif.add': '{pool}: wie viele mehr',
  'whatif.note': 'Nur eine Vorschau: Es wird nichts geändert.',
};
