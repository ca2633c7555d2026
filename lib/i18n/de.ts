import type { Catalogue } from './en';

// Terms from Echometer's German page (002): Team-Lizenzen, archivieren, aktive Workspace-Mitglieder.
export const de: Catalogue = {
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
  'reason.frees-seats': {
    one: '{pool}: Damit wird {count} Lizenz frei.',
    other: '{pool}: Damit werden {count} Lizenzen frei.',
  },
  'reason.below-usage':
    '{pool}: Eine Senkung auf {purchased} ist nicht möglich, da die Nutzung bei {used} liegt. Entfernen Sie zuerst Nutzer oder deren Zugangsdaten.',
  'reason.next-invoice': '{pool}: Die Änderung gilt ab der nächsten Rechnung ({date}), nie rückwirkend.',
  'reason.no-seat-change': 'Die Anzahl der Lizenzen ändert sich dadurch nicht.',

  'suggestion.unused-seats': {
    one: '{pool}: {count} gekaufte Lizenz bleibt ungenutzt. Abbestellen spart {saving}, wirksam ab {date}.',
    other:
      '{pool}: {count} gekaufte Lizenzen bleiben ungenutzt. Abbestellen spart {saving}, wirksam ab {date}.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} Mitglied ist in keinem aktiven Team hinterlegt und wird nicht abgerechnet. Der Button „Inaktive Workspace-Mitglieder entfernen“ entfernt solche Mitglieder; danach haben sie keinen Zugriff mehr.',
    other:
      '{pool}: {count} Mitglieder sind in keinem aktiven Team hinterlegt und werden nicht abgerechnet. Der Button „Inaktive Workspace-Mitglieder entfernen“ entfernt sie; danach haben sie keinen Zugriff mehr.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} Nutzer mit abgelaufenem Zugang belegt noch eine Lizenz. Verschieben Sie das Nutzerkonto in ein Profil ohne Module, um sie freizugeben.',
    other:
      '{pool}: {count} Nutzer mit abgelaufenem Zugang belegen noch Lizenzen. Verschieben Sie die Nutzerkonten in ein Profil ohne Module, um sie freizugeben.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} aktives Team hat keine Mitglieder, wird aber abgerechnet. Archivieren Sie es, um {saving} zu sparen.',
    other:
      '{pool}: {count} aktive Teams haben keine Mitglieder, werden aber abgerechnet. Archivieren Sie sie, um {saving} zu sparen.',
  },

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

  'why.logins':
    'Jedes Nutzerkonto mit Login belegt eine Lizenz, ob mit Mitarbeitenden verknüpft oder nicht; Mitarbeitende ohne Nutzerkonto zählen nicht.',
  'why.active-employees': 'Nach der alten Zählweise belegen alle aktiven Mitarbeitenden je eine Lizenz.',
  'why.module': 'Wer Zugangsdaten und ein Profil mit dem Modul {module} hat, belegt eine {module}-Lizenz.',
  'why.teams': 'Jedes nicht archivierte Team wird als eine Leistungseinheit abgerechnet.',
  'why.active-members':
    'Abgerechnet werden nur aktive Workspace-Mitglieder, also Mitglieder in mindestens einem nicht archivierten Team.',
  'why.role': 'Wer {role}-Rechte hat, belegt eine Lizenz.',

  'free.logins': 'Trennen Sie das Nutzerkonto vom Mitarbeitereintrag und löschen Sie es anschließend.',
  'free.active-employees': 'Setzen Sie den Mitarbeitereintrag auf inaktiv.',
  'free.module':
    'Verschieben Sie das Nutzerkonto in ein Profil ohne Module; soll auch der Login enden, setzen Sie zusätzlich ein „Gültig bis“-Datum in der Vergangenheit.',
  'free.teams': 'Archivieren Sie das Team: Archivierte Teams werden nicht abgerechnet.',
  'free.active-members':
    'Archivieren Sie Teams oder entfernen Sie inaktive Workspace-Mitglieder; Mitglieder ohne aktives Team werden ab dem nächsten Monat nicht mehr abgerechnet.',
  'free.role': 'Entziehen Sie dem Nutzerkonto die {role}-Rechte.',

  'raise.block':
    'Bitten Sie den Anbieter, das Lizenzkontingent zu erhöhen. Lizenzen lassen sich einzeln hinzubuchen und gelten ab der nächsten Rechnung.',
  'raise.purchase':
    'Kaufen Sie selbst eine Zusatzlizenz: Sie wird jährlich ab dem Bestelldatum abgerechnet, anteilig, falls der Vertrag früher endet.',
  'raise.warn': 'Eine Überschreitung ist möglich, die zusätzlichen Lizenzen werden aber abgerechnet.',
  'raise.none': 'Hier gilt kein Limit.',

  'period.month': 'Monat',
  'period.year': 'Jahr',
  'per.month': 'pro Monat',
  'per.year': 'pro Jahr',

  'outcome.allow': 'Innerhalb des Limits',
  'outcome.warn': 'Warnung: Lizenzlimit',
  'outcome.confirm': 'Kauf einer Zusatzlizenz bestätigen',
  'outcome.block': 'Lizenzlimit erreicht',
};
