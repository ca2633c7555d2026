import type { ExtensionCatalogue } from './en';

// Terms from Echometer's German page (002): Team-Lizenzen, archivieren, aktive Workspace-Mitglieder.
export const extensionDe: ExtensionCatalogue = {
  'why.logins':
    'Jedes Nutzerkonto mit Login belegt eine Lizenz, ob mit Mitarbeitenden verknüpft oder nicht; Mitarbeitende ohne Nutzerkonto zählen nicht.',
  'why.active-employees': 'Nach der alten Zählweise belegen alle aktiven Mitarbeitenden je eine Lizenz.',
  'why.module': 'Wer Zugangsdaten und ein Profil mit dem Modul {module} hat, belegt eine {module}-Lizenz.',
  'why.teams': 'Jedes nicht archivierte Team wird als eine Leistungseinheit abgerechnet.',
  'why.active-members':
    'Abgerechnet werden nur aktive Workspace-Mitglieder, also Mitglieder in mindestens einem nicht archivierten Team.',
  'why.role': 'Wer {role}-Rechte hat, belegt eine Lizenz.',

  'dialog.continue': 'Fortfahren',
  'dialog.cancel': 'Abbrechen',
  'dialog.back': 'Zurück zum Formular',
  'dialog.confirm': 'Kauf bestätigen',
  'dialog.confirm-total': 'Kauf für {amount} bestätigen',
  'dialog.stop-title': 'Lizenzprüfung nicht möglich',

  'options.title': 'seatguard-Optionen',
  'options.loading': 'Ihre Einstellungen werden geladen…',
  'options.save': 'Speichern',

  'options.connections.title': 'Verbindungen zur Seat API',
  'options.connections.intro':
    'Für jeden Host: die Adresse seiner Seat API und Ihr Token. Das Token verlässt seatguard nicht.',
  'options.connections.built-in': 'integriert',
  'options.connections.custom': 'Ihr Adapter',
  'options.field.base-url': 'Basis-URL der Seat API',
  'options.field.token': 'Token',
  'options.field.tenant': 'Zu testende Organisation',
  'options.field.tenant-hint':
    'Die ID der Organisation, die „Verbindung testen“ abruft, wie sie in der Adresse der Verwaltungsseite steht.',
  'options.token.show': 'Token anzeigen',
  'options.token.hide': 'Token verbergen',
  'options.test': 'Verbindung testen',
  'options.error.base-url':
    'Geben Sie eine Adresse ein, die mit http:// oder https:// beginnt, etwa https://vendor.example/seat-api/.',
  'options.error.token': 'Geben Sie das Token ein, das Sie vom Anbieter erhalten haben.',
  'options.error.tenant':
    'Geben Sie die ID einer Organisation für den Test ein, etwa acme-demo (Kleinbuchstaben, Ziffern, Bindestriche).',
  'options.save.testing': 'Die Verbindung wird vor dem Speichern getestet…',
  'options.save.tested':
    'Mit {org} verbunden und gespeichert. Die Seiten von {name} verwenden jetzt diese Verbindung.',
  'options.save.not-saved': 'Nicht gespeichert.',
  'options.unsaved.page':
    'Noch nicht gespeichert: {forms}. Wenn Sie diese Seite verlassen oder neu laden, gehen diese Änderungen verloren.',
  'options.unsaved.form': 'Noch nicht gespeichert.',
  'options.unsaved.import': 'Noch nicht importiert.',
  'options.test.not-found-v1':
    'Die Seat API hat mit 404 geantwortet: Diese Basis-URL endet auf /v1, und seatguard ergänzt /v1/… selbst. Verwenden Sie stattdessen {suggested}.',
  'options.test.not-seat-api':
    'Der Server unter dieser Adresse hat geantwortet, aber nicht wie eine Seat API. Prüfen Sie die Basis-URL.',
  'options.save.denied':
    'Nicht gespeichert: seatguard braucht Ihre Erlaubnis, um {origin} zu erreichen. Klicken Sie erneut auf Speichern und erlauben Sie den Zugriff.',
  'options.save.failed': 'Speichern fehlgeschlagen: {detail}',
  'options.test.running': 'Die Verbindung wird getestet…',
  'options.test.denied':
    'Nicht getestet: seatguard braucht Ihre Erlaubnis, um {origin} zu erreichen. Klicken Sie erneut auf „Verbindung testen“ und erlauben Sie den Zugriff.',
  'options.test.no-answer':
    'Der Hintergrund von seatguard hat nicht geantwortet. Laden Sie die Erweiterung auf der Erweiterungsseite neu und versuchen Sie es erneut.',
  'options.test.ok': {
    one: 'Verbunden mit {name} ({count} Pool).',
    other: 'Verbunden mit {name} ({count} Pools).',
  },
  'options.test.network': '{url} ist nicht erreichbar. Prüfen Sie die Adresse und ob der Server läuft.',
  'options.test.unauthorized':
    'Die Seat API hat das Token abgelehnt (401). Prüfen Sie, ob Sie das ganze Token kopiert haben und ob es abgelaufen ist.',
  'options.test.forbidden':
    'Das Token ist gültig, darf die Organisation {tenant} aber nicht lesen (403). Verwenden Sie ein Token für diese Organisation oder prüfen Sie die ID.',
  'options.test.not-found':
    'Die Seat API kennt die Organisation {tenant} nicht (404). Prüfen Sie die ID der Organisation und die Basis-URL.',
  'options.test.invalid-response':
    'Der Server unter dieser Adresse hat geantwortet, aber nicht wie eine Seat API: "{detail}" fehlt oder ist falsch. Prüfen Sie die Basis-URL.',
  'options.test.timeout':
    'Die Seat API hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; passiert das öfter, prüfen Sie den Server.',
  'options.test.rate-limited':
    'Die Seat API begrenzt die Anfragen (429). Warten Sie eine Minute und testen Sie dann erneut.',
  'options.test.server-error':
    'Die Seat API hatte einen Serverfehler. Versuchen Sie es später erneut oder wenden Sie sich an den Anbieter. Details: {detail}',
  'options.test.config': 'Mit diesen Einstellungen geht es nicht: {detail}',
  'options.test.other': 'Der Test ist fehlgeschlagen ({code}): {detail}',

  'options.adapters.title': 'Host-Adapter',
  'options.adapters.intro':
    'Ein Adapter sagt seatguard, wo die Verwaltungsseiten eines Produkts liegen und welche Formulare Lizenzen ändern.',
  'options.adapters.built-in': 'Integrierte Adapter',
  'options.adapters.custom': 'Ihre Adapter',
  'options.adapters.none': 'Sie haben noch keine Adapter importiert.',
  'options.adapters.matches': 'Läuft auf',
  'options.adapters.active': 'Aktiv',
  'options.adapters.inactive': 'Gespeichert, aber inaktiv, bis Sie seatguard Zugriff auf seine Seiten geben.',
  'options.adapters.grant': 'Zugriff erlauben',
  'options.adapters.remove': 'Entfernen',
  'options.adapters.remove-label': '{name} entfernen',
  'options.adapters.grant-label': 'Zugriff für {name} erlauben',
  'options.adapters.removed': '{name} wurde entfernt.',
  'options.adapters.granted': '{name} ist jetzt aktiv.',
  'options.adapters.grant-denied': 'Der Zugriff wurde nicht erlaubt, daher bleibt {name} inaktiv.',

  'options.import.title': 'Adapter importieren',
  'options.import.text': 'Adapter-JSON: ein Adapter oder eine Liste von Adaptern',
  'options.import.file': 'Oder eine JSON-Datei laden',
  'options.import.button': 'Importieren',
  'options.import.loaded': 'Die Datei steht unten. Prüfen Sie sie und klicken Sie dann auf Importieren.',
  'options.import.file-failed': 'Die Datei konnte nicht gelesen werden: {detail}',
  'options.import.empty': 'Fügen Sie zuerst Adapter-JSON ein oder wählen Sie eine Datei.',
  'options.import.json': 'Das ist kein gültiges JSON: unerwartetes {found} in Zeile {line}, Spalte {column}.',
  'options.import.json-end':
    'Das ist kein gültiges JSON: Der Text endet zu früh, in Zeile {line}, Spalte {column}.',
  'options.import.invalid': 'Es wurde nichts importiert. Beheben Sie zuerst diese Probleme:',
  'options.import.built-in-id':
    'die ID "{id}" gehört zu einem integrierten Adapter; wählen Sie eine andere ID',
  'options.import.repeated-id': 'die ID "{id}" kommt in diesem Import mehrmals vor',
  'options.import.done': {
    one: '{count} Adapter importiert; er ist aktiv.',
    other: '{count} Adapter importiert; sie sind aktiv.',
  },
  'options.import.inactive': {
    one: '{count} Adapter importiert. Er bleibt inaktiv, bis Sie Zugriff auf seine Seiten erlauben.',
    other: '{count} Adapter importiert. Sie bleiben inaktiv, bis Sie Zugriff auf ihre Seiten erlauben.',
  },

  // A host adapter's problems as sentences (lib/extension/options/import-issues.ts), after "path: ".
  'options.issue.unknown-key':
    'seatguard kennt hier keine Einstellung "{key}". Entfernen Sie sie oder prüfen Sie die Schreibweise.',
  'options.issue.unknown-key-like':
    'seatguard kennt hier keine Einstellung "{key}". Meinten Sie "{known}"? Groß- und Kleinschreibung zählt.',
  'options.issue.missing': 'Diese Einstellung fehlt.',
  'options.issue.needs-one-of': 'Hier gehört eine dieser Einstellungen hin: {keys}.',
  'options.issue.one-of': 'Verwenden Sie einen dieser Werte: {values}.',
  'options.issue.text': 'Das muss Text in doppelten Anführungszeichen sein.',
  'options.issue.number': 'Das muss eine Zahl sein.',
  'options.issue.list': 'Das muss eine Liste in eckigen Klammern sein.',
  'options.issue.object': 'Das muss ein Objekt in geschweiften Klammern sein, mit Einstellungen darin.',
  'options.issue.empty': 'Das darf nicht leer sein.',
  'options.issue.too-few': {
    one: 'Diese Liste braucht mindestens {count} Eintrag.',
    other: 'Diese Liste braucht mindestens {count} Einträge.',
  },
  'options.issue.too-long': {
    one: 'Das ist zu lang: höchstens {count} Zeichen.',
    other: 'Das ist zu lang: höchstens {count} Zeichen.',
  },
  'options.issue.at-least': 'Verwenden Sie eine Zahl von mindestens {min}.',
  'options.issue.above': 'Verwenden Sie eine Zahl über {min}.',
  'options.issue.at-most': 'Verwenden Sie eine Zahl von höchstens {max}.',
  'options.issue.adapter-id':
    'Verwenden Sie eine ID wie "acme-admin": Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe oder eine Ziffer.',
  'options.issue.match-pattern':
    'Verwenden Sie ein Match-Pattern wie "https://admin.example.com/*": http oder https, ein Host, dann ein Pfad.',
  'options.issue.tenant-pattern':
    'Verwenden Sie einen regulären Ausdruck mit einer Gruppe namens tenant: (?<tenant>…).',
  'options.issue.id-pattern': 'Verwenden Sie einen regulären Ausdruck mit einer Gruppe namens id: (?<id>…).',
  'options.issue.data-attribute': 'Verwenden Sie den Namen eines Data-Attributs, etwa "data-user-id".',
  'options.issue.field-name':
    'Verwenden Sie den Namen eines Formularfelds: Buchstaben, Ziffern und _ . - [ ], höchstens 80 Zeichen.',
  'options.issue.url': 'Verwenden Sie eine Adresse, die mit http:// oder https:// beginnt.',
  'options.issue.selector': 'Der Browser akzeptiert "{selector}" nicht als CSS-Selektor.',
  'options.issue.invalid': 'Dieser Wert ist hier nicht gültig.',

  'options.export.title': 'Adapter exportieren',
  'options.export.download': 'JSON herunterladen',
  'options.export.copy': 'In die Zwischenablage kopieren',
  'options.export.nothing': 'Sie haben noch keine eigenen Adapter zum Exportieren.',
  'options.export.downloaded': 'Als {file} in Ihren Downloads gespeichert.',
  'options.export.copied': 'Ihre Adapter sind in der Zwischenablage.',
  'options.export.copy-failed': 'Kopieren in die Zwischenablage fehlgeschlagen: {detail}',

  'options.settings.title': 'Einstellungen',
  'options.field.warn-at': 'Warnschwelle (%)',
  'options.field.warn-at-hint':
    'Warnen, wenn ein Pool diesen Anteil seines Limits erreicht. Leer lassen, um die Schwelle des jeweiligen Anbieters zu verwenden.',
  'options.error.warn-at': 'Geben Sie einen Prozentwert von 1 bis 100 ein oder lassen Sie das Feld leer.',
  'options.field.lang': 'Sprache',
  'options.lang.auto': 'Automatisch (Sprache des Browsers)',
  'options.settings.saved': 'Einstellungen gespeichert.',
  'options.agent.title': 'Suche für den Support',
  'options.agent.intro':
    'Für Support-Mitarbeitende: die Adresse der Seat API und ein Agent-Token, mit dem das Popup in der Symbolleiste jeden Mandanten nach ID oder Name findet. Das Token verlässt seatguard nicht.',
  'options.agent.saved': 'Gespeichert. Das Popup sucht jetzt mit dieser Verbindung.',
  'options.agent.removed': 'Die Agent-Verbindung wurde entfernt.',
  'options.agent.remove': 'Entfernen',
  'options.agent.tested': 'Verbunden: Das Agent-Token darf Mandanten suchen.',
  'options.agent.forbidden':
    'Das Token ist gültig, aber kein Agent-Token (403): Es darf keine Mandanten suchen. Verwenden Sie ein Agent-Token.',

  'popup.title': 'seatguard: Mandant suchen',
  'popup.menu': 'Lizenzen prüfen für „{selection}“',
  'popup.search.label': 'ID oder Name des Mandanten',
  'popup.search.hint':
    'Tippen Sie, um zu suchen. Pfeiltasten wählen, Enter öffnet, Escape schließt die Liste.',
  'popup.search.results': 'Gefundene Mandanten',
  'popup.search.searching': 'Suche läuft…',
  'popup.search.found': { one: '{count} Mandant gefunden.', other: '{count} Mandanten gefunden.' },
  'popup.search.none': 'Kein Mandant passt zu „{q}“.',
  'popup.error.unconfigured':
    'Es ist keine Agent-Verbindung eingerichtet. Tragen Sie die Adresse der Seat API und Ihr Agent-Token in den Optionen von seatguard ein.',
  'popup.error.unauthorized':
    'Die Seat API hat das Agent-Token abgelehnt (401). Prüfen Sie das Agent-Token in den Optionen von seatguard.',
  'popup.error.forbidden':
    'Dieses Token darf keine Mandanten suchen (403): Es ist kein Agent-Token. Tragen Sie in den Optionen von seatguard ein Agent-Token ein.',
  'popup.error.no-answer':
    'Der Hintergrund von seatguard hat nicht geantwortet. Schließen Sie das Popup und öffnen Sie es erneut.',
  'popup.open-options': 'Optionen öffnen',
  'popup.copy': 'Zusammenfassung kopieren',
  'popup.export': 'Abgerechnete Benutzer exportieren (CSV)',
  'popup.admin': 'Verwaltungsseite öffnen',
  'popup.copied': 'Die Zusammenfassung ist in der Zwischenablage.',
  'popup.copy-failed': 'Kopieren in die Zwischenablage fehlgeschlagen: {detail}',
  'popup.exported': 'Als {file} in Ihren Downloads gespeichert.',
  'popup.export-failed': 'Export der abgerechneten Benutzer fehlgeschlagen: {detail}',
  'popup.summary.tenant': '{name} ({tenant})',
  'popup.summary.pool': '{pool}: {used}/{limit}, {level}',
  'popup.summary.pool-unlimited': '{pool}: {used}, ohne Limit, {level}',
  'popup.summary.as-of': 'Datenstand {date}',
  'popup.csv.vendor-count': {
    one: '{pool}: Der Anbieter zählt {count} Lizenz; die Zeilen unten stammen nur aus den Listen.',
    other: '{pool}: Der Anbieter zählt {count} Lizenzen; die Zeilen unten stammen nur aus den Listen.',
  },

  // The panel in the extension: the guard's notes, and errors whose advice points to seatguard's options.
  'panel.raise-link': 'Limit erhöhen',

  'note.guard-failed-open':
    'seatguard konnte dieses Formular nicht prüfen (keine aktuellen Lizenzdaten), daher wurde es ungeprüft abgeschickt.',
  'note.guard-error':
    'Bei der Prüfung dieses Formulars ist in seatguard ein Fehler aufgetreten, daher wurde es nicht gegen das Lizenzlimit geprüft.',
  'note.storage-failed':
    'seatguard konnte die Lizenzdaten nicht im Speicher des Browsers für den nächsten Start sichern. Die angezeigten Zahlen sind aktuell; nach einem Neustart werden sie neu abgerufen.',

  // Reasons only the guard gives: removals and set-purchased (the widget's what-if only adds seats).
  'reason.next-invoice': '{pool}: Die Änderung gilt ab der nächsten Rechnung ({date}), nie rückwirkend.',

  'raise.block': {
    formal: 'Bitten Sie den Anbieter, das Limit zu erhöhen.',
    informal: 'Bitte den Anbieter, das Limit zu erhöhen.',
  },
  'raise.purchase': {
    formal: 'Kaufen Sie zusätzliche {unit}, um das Limit zu erhöhen.',
    informal: 'Kauf zusätzliche {unit}, um das Limit zu erhöhen.',
  },
  'raise.warn': 'Eine Überschreitung ist möglich, die zusätzlichen {unit} werden aber abgerechnet.',
  'raise.none': 'Hier gilt kein Limit.',

  // Sie or du as the host says (its adapter's register); 002 says du.
  'free.logins': {
    formal: 'Trennen Sie das Nutzerkonto vom Mitarbeitereintrag und löschen Sie es anschließend.',
    informal: 'Trenne das Nutzerkonto vom Mitarbeitereintrag und lösche es anschließend.',
  },
  'free.active-employees': {
    formal: 'Setzen Sie den Mitarbeitereintrag auf inaktiv.',
    informal: 'Setze den Mitarbeitereintrag auf inaktiv.',
  },
  'free.module': {
    formal:
      'Verschieben Sie das Nutzerkonto in ein Profil ohne Module: Der Login bleibt, aber kein Modul wird genutzt. Soll auch der Login enden, setzen Sie zusätzlich „Gäller t o m“ auf ein vergangenes Datum.',
    informal:
      'Verschiebe das Nutzerkonto in ein Profil ohne Module: Der Login bleibt, aber kein Modul wird genutzt. Soll auch der Login enden, setze zusätzlich „Gäller t o m“ auf ein vergangenes Datum.',
  },
  'free.teams': {
    formal: 'Archivieren Sie das Team: Archivierte Teams werden nicht in Rechnung gestellt.',
    informal: 'Archiviere das Team: Archivierte Teams werden nicht in Rechnung gestellt.',
  },
  'free.active-members': {
    formal:
      'Archivieren Sie Teams, die nicht mehr benötigt werden: Mitglieder ohne weiteres aktives Team werden ab dem nächsten Monat nicht mehr abgerechnet.',
    informal:
      'Archiviere Teams, die nicht mehr benötigt werden: Mitglieder ohne weiteres aktives Team werden ab dem nächsten Monat nicht mehr abgerechnet.',
  },
  'free.role': {
    formal: 'Entziehen Sie dem Nutzerkonto die Admin- oder Managerrechte; das Konto selbst bleibt bestehen.',
    informal: 'Entzieh dem Nutzerkonto die Admin- oder Managerrechte; das Konto selbst bleibt bestehen.',
  },
  // 001: a past valid-until alone frees nothing; only a profile with no modules does.
  'next.expired-logins':
    'Der Login ist bereits abgelaufen, die Lizenzen bleiben aber belegt: Verschieben Sie die Nutzer in ein Profil ohne Module, um sie freizugeben.',
  'next.inactive-members': {
    formal:
      'Entfernen Sie sie nur, wenn sie keinen Zugriff mehr brauchen: Der Button „Inaktive Workspace-Mitglieder entfernen“ entfernt sie mit einem Klick. Gespart wird dadurch nichts.',
    informal:
      'Entferne sie nur, wenn sie keinen Zugriff mehr brauchen: Der Button „Inaktive Workspace-Mitglieder entfernen“ entfernt sie mit einem Klick. Gespart wird dadurch nichts.',
  },

  'title.below-usage': 'Weniger als in Nutzung',
  'title.frees': 'Dadurch wird Platz frei',
  'title.lowers': 'Das senkt die Rechnung',
  'dialog.or-free': 'Oder Platz schaffen',
  'dialog.holders': 'Jetzt in {pool}, am längsten inaktiv zuerst: {names}.',
  'dialog.confirm-cost': '{amount} mehr {per} bestätigen',

  'reason.no-seat-change': 'Die Anzahlen ändern sich dadurch nicht.',
  'reason.frees-seats': {
    one: '{pool}: Damit wird {count} {unit} frei.',
    other: '{pool}: Damit werden {count} {unit} frei.',
  },
  'reason.below-usage': {
    formal:
      '{pool}: Eine Senkung auf {purchased} ist nicht möglich, da {used} in Nutzung sind. Entfernen Sie zuerst Nutzer oder deren Zugangsdaten.',
    informal:
      '{pool}: Eine Senkung auf {purchased} ist nicht möglich, da {used} in Nutzung sind. Entferne zuerst Nutzer oder deren Zugangsdaten.',
  },

  'csv.why.login': 'Kann sich anmelden; kein Mitarbeitereintrag verknüpft',
  'csv.why.login-employee': 'Kann sich anmelden; verknüpft mit Mitarbeitereintrag {employee}',
  'csv.why.active-employee': 'Aktiver Mitarbeitereintrag',
  'csv.why.module': 'Profil {profile} gewährt das Modul {module}',
  'csv.why.team': 'Aktives Team (nicht archiviert)',
  'csv.why.active-team': 'Mitglied im aktiven Team {teams}',
  'csv.why.role': 'Hat die Rolle {roles}',
  'popup.csv.unused': {
    one: '{pool}: {count} gekaufte {unit} wird abgerechnet, aber nicht genutzt, daher ohne Zeile.',
    other: '{pool}: {count} gekaufte {unit} werden abgerechnet, aber nicht genutzt, daher ohne Zeile.',
  },

  // Shown on a host's page: Sie or du as the host says.
  'note.guard-failed-closed': {
    formal:
      'seatguard konnte dieses Formular nicht prüfen (keine aktuellen Lizenzdaten), daher wurde es nicht abgeschickt. Aktualisieren Sie die Lizenzdaten und senden Sie es erneut ab.',
    informal:
      'seatguard konnte dieses Formular nicht prüfen (keine aktuellen Lizenzdaten), daher wurde es nicht abgeschickt. Aktualisiere die Lizenzdaten und sende es erneut ab.',
  },
  'error.unauthorized': {
    formal: 'Die Seat API hat das Token abgelehnt (401). Prüfen Sie das Token in den Optionen von seatguard.',
    informal: 'Die Seat API hat das Token abgelehnt (401). Prüfe das Token in den Optionen von seatguard.',
  },
  'error.forbidden': {
    formal:
      'Dieses Token darf diese Organisation in der Seat API nicht lesen (403). Hinterlegen Sie in den Optionen von seatguard ein Token für diese Organisation.',
    informal:
      'Dieses Token darf diese Organisation in der Seat API nicht lesen (403). Hinterlege in den Optionen von seatguard ein Token für diese Organisation.',
  },
  'error.not-found': {
    formal:
      'Die Seat API kennt diese Organisation nicht (404). Prüfen Sie die API-Adresse und die Organisation in den Optionen von seatguard.',
    informal:
      'Die Seat API kennt diese Organisation nicht (404). Prüfe die API-Adresse und die Organisation in den Optionen von seatguard.',
  },
  'error.unconfigured': {
    formal:
      'seatguard ist für diese Website noch nicht eingerichtet. Öffnen Sie die Optionen von seatguard und tragen Sie die Adresse der Seat API und ein Token ein.',
    informal:
      'seatguard ist für diese Website noch nicht eingerichtet. Öffne die Optionen von seatguard und trag die Adresse der Seat API und ein Token ein.',
  },
  'error.unknown-tenant': {
    formal:
      'seatguard kann nicht erkennen, zu welcher Organisation diese Seite gehört. Prüfen Sie die Organisation in den Optionen von seatguard.',
    informal:
      'seatguard kann nicht erkennen, zu welcher Organisation diese Seite gehört. Prüfe die Organisation in den Optionen von seatguard.',
  },
  'error.bad-adapter': {
    formal:
      'seatguard versteht den Aufbau dieser Seite nicht (Host-Adapter). Aktualisieren Sie seatguard oder melden Sie den Fehler den Entwicklern.',
    informal:
      'seatguard versteht den Aufbau dieser Seite nicht (Host-Adapter). Aktualisiere seatguard oder melde den Fehler den Entwicklern.',
  },
  'error.too-large':
    'Die Seat API hat mehr Daten gesendet, als seatguard annimmt, daher werden keine Zahlen angezeigt. seatguard fragt in 10 Minuten erneut, oder sofort mit „Aktualisieren“. Der Anbieter sollte seine Seat API prüfen.',
  'launcher.seats': 'Lizenzen',
  'launcher.close': 'Lizenzübersicht schließen',
};
