import type { ExtensionCatalogue } from './en';

// Terms from the vendors' Dutch pages: gebruikers/medewerkers, eerstvolgende factuur (000); seats, naar rato (003).
export const extensionNl: ExtensionCatalogue = {
  'why.logins':
    'Elke gebruiker die kan inloggen telt mee, gekoppeld aan een medewerker of niet; een medewerker zonder gebruiker telt niet mee.',
  'why.active-employees': 'In de oude telling telt elke unieke actieve medewerker mee voor de licentie.',
  'why.module':
    'Met inloggegevens en een profiel met de module {module} neemt een gebruiker een {module}-licentie in.',
  'why.teams': 'Elk team dat niet gearchiveerd is, wordt als één eenheid gefactureerd.',
  'why.active-members':
    'Alleen actieve leden worden gefactureerd: leden van minstens één team dat niet gearchiveerd is.',
  'why.role': 'Elke gebruiker met {role}-rechten neemt een seat in.',

  'dialog.continue': 'Doorgaan',
  'dialog.cancel': 'Annuleren',
  'dialog.back': 'Terug naar het formulier',
  'dialog.confirm': 'Aankoop bevestigen',
  'dialog.confirm-total': 'Aankoop van {amount} bevestigen',
  'dialog.stop-title': 'Licentiecontrole niet mogelijk',

  'options.title': 'seatguard-opties',
  'options.loading': 'Je instellingen worden geladen…',
  'options.save': 'Opslaan',

  'options.connections.title': 'Verbindingen met de Seat API',
  'options.connections.intro':
    'Per host: het adres van de Seat API en je token. Het token blijft binnen seatguard.',
  'options.connections.built-in': 'ingebouwd',
  'options.connections.custom': 'jouw adapter',
  'options.field.base-url': 'Basis-URL van de Seat API',
  'options.field.token': 'Token',
  'options.field.tenant': 'Organisatie om te testen',
  'options.field.tenant-hint':
    'Het id van de organisatie die Verbinding testen opvraagt, zoals het in het adres van de beheerpagina staat.',
  'options.token.show': 'Token tonen',
  'options.token.hide': 'Token verbergen',
  'options.test': 'Verbinding testen',
  'options.error.base-url':
    'Vul een adres in dat begint met http:// of https://, bijvoorbeeld https://vendor.example/seat-api/.',
  'options.error.token': 'Vul het token in dat je van de leverancier hebt gekregen.',
  'options.error.tenant':
    'Vul het id in van een organisatie om mee te testen, bijvoorbeeld acme-demo (kleine letters, cijfers, streepjes).',
  'options.save.testing': 'De verbinding wordt getest voordat ze wordt opgeslagen…',
  'options.save.tested':
    'Verbonden met {org} en opgeslagen. Pagina’s van {name} gebruiken nu deze verbinding.',
  'options.save.not-saved': 'Niet opgeslagen.',
  'options.unsaved.page':
    'Nog niet opgeslagen: {forms}. Als je deze pagina verlaat of opnieuw laadt, gaan deze wijzigingen verloren.',
  'options.unsaved.form': 'Nog niet opgeslagen.',
  'options.unsaved.import': 'Nog niet geïmporteerd.',
  'options.test.not-found-v1':
    'De Seat API antwoordde 404: deze basis-URL eindigt op /v1, en seatguard voegt /v1/… zelf toe. Gebruik {suggested}.',
  'options.test.not-seat-api':
    'De server op dit adres antwoordde, maar niet met een antwoord van een Seat API. Controleer de basis-URL.',
  'options.save.denied':
    'Niet opgeslagen: seatguard heeft je toestemming nodig om {origin} te benaderen. Klik nogmaals op Opslaan en sta de toegang toe.',
  'options.save.failed': 'Opslaan is mislukt: {detail}',
  'options.test.running': 'De verbinding wordt getest…',
  'options.test.denied':
    'Niet getest: seatguard heeft je toestemming nodig om {origin} te benaderen. Klik nogmaals op Verbinding testen en sta de toegang toe.',
  'options.test.no-answer':
    'De achtergrond van seatguard gaf geen antwoord. Laad de extensie opnieuw op de extensiepagina en probeer het nog eens.',
  'options.test.ok': {
    one: 'Verbonden met {name} ({count} pool).',
    other: 'Verbonden met {name} ({count} pools).',
  },
  'options.test.network': '{url} is niet bereikbaar. Controleer het adres en of de server draait.',
  'options.test.unauthorized':
    'De Seat API weigerde het token (401). Controleer of je het hele token hebt gekopieerd en of het niet is verlopen.',
  'options.test.forbidden':
    'Het token is geldig, maar mag organisatie {tenant} niet lezen (403). Gebruik een token voor deze organisatie of controleer het id.',
  'options.test.not-found':
    'De Seat API kent organisatie {tenant} niet (404). Controleer het id van de organisatie en de basis-URL.',
  'options.test.invalid-response':
    'De server op dit adres antwoordde, maar niet zoals een Seat API: "{detail}" ontbreekt of klopt niet. Controleer de basis-URL.',
  'options.test.timeout':
    'De Seat API antwoordde niet op tijd. Probeer het opnieuw; gebeurt het vaker, kijk dan naar de server.',
  'options.test.rate-limited':
    'De Seat API beperkt het aantal verzoeken (429). Wacht een minuut en test dan opnieuw.',
  'options.test.server-error':
    'De Seat API had een serverfout. Probeer het later opnieuw of neem contact op met de leverancier. Details: {detail}',
  'options.test.config': 'Met deze instellingen lukt het niet: {detail}',
  'options.test.other': 'De test is mislukt ({code}): {detail}',

  'options.adapters.title': 'Host-adapters',
  'options.adapters.intro':
    'Een adapter vertelt seatguard waar de beheerpagina’s van een product staan en welke formulieren licenties wijzigen.',
  'options.adapters.built-in': 'Ingebouwde adapters',
  'options.adapters.custom': 'Jouw adapters',
  'options.adapters.none': 'Je hebt nog geen adapters geïmporteerd.',
  'options.adapters.matches': 'Werkt op',
  'options.adapters.active': 'Actief',
  'options.adapters.inactive':
    'Opgeslagen, maar niet actief totdat je seatguard toegang geeft tot de pagina’s.',
  'options.adapters.grant': 'Toegang geven',
  'options.adapters.remove': 'Verwijderen',
  'options.adapters.remove-label': '{name} verwijderen',
  'options.adapters.grant-label': 'Toegang geven voor {name}',
  'options.adapters.removed': '{name} is verwijderd.',
  'options.adapters.granted': '{name} is nu actief.',
  'options.adapters.grant-denied': 'Er is geen toegang gegeven, dus {name} blijft inactief.',

  'options.import.title': 'Adapters importeren',
  'options.import.text': 'Adapter-JSON: één adapter of een lijst met adapters',
  'options.import.file': 'Of laad een JSON-bestand',
  'options.import.button': 'Importeren',
  'options.import.loaded': 'Het bestand staat hieronder. Controleer het en klik dan op Importeren.',
  'options.import.file-failed': 'Het bestand kon niet worden gelezen: {detail}',
  'options.import.empty': 'Plak eerst adapter-JSON of kies een bestand.',
  'options.import.json': 'Dit is geen geldige JSON: onverwacht {found} op regel {line}, kolom {column}.',
  'options.import.json-end':
    'Dit is geen geldige JSON: de tekst houdt te vroeg op, op regel {line}, kolom {column}.',
  'options.import.invalid': 'Er is niets geïmporteerd. Los eerst deze problemen op:',
  'options.import.built-in-id': 'het id "{id}" is van een ingebouwde adapter; kies een ander id',
  'options.import.repeated-id': 'het id "{id}" komt meer dan eens voor in deze import',
  'options.import.done': {
    one: '{count} adapter geïmporteerd; hij is actief.',
    other: '{count} adapters geïmporteerd; ze zijn actief.',
  },
  'options.import.inactive': {
    one: '{count} adapter geïmporteerd. Hij blijft inactief totdat je toegang geeft tot de pagina’s.',
    other: '{count} adapters geïmporteerd. Ze blijven inactief totdat je toegang geeft tot hun pagina’s.',
  },

  // A host adapter's problems as sentences (lib/extension/options/import-issues.ts), after "path: ".
  'options.issue.unknown-key':
    'seatguard kent hier geen instelling "{key}". Verwijder die, of controleer de spelling.',
  'options.issue.unknown-key-like':
    'seatguard kent hier geen instelling "{key}". Bedoel je "{known}"? Hoofdletters tellen mee.',
  'options.issue.missing': 'Deze instelling ontbreekt.',
  'options.issue.needs-one-of': 'Hier hoort een van deze instellingen: {keys}.',
  'options.issue.one-of': 'Gebruik een van deze waarden: {values}.',
  'options.issue.text': 'Dit moet tekst tussen dubbele aanhalingstekens zijn.',
  'options.issue.number': 'Dit moet een getal zijn.',
  'options.issue.list': 'Dit moet een lijst tussen vierkante haken zijn.',
  'options.issue.object': 'Dit moet een object tussen accolades zijn, met instellingen erin.',
  'options.issue.empty': 'Dit mag niet leeg zijn.',
  'options.issue.too-few': {
    one: 'Deze lijst heeft minstens {count} item nodig.',
    other: 'Deze lijst heeft minstens {count} items nodig.',
  },
  'options.issue.too-long': {
    one: 'Dit is te lang: hoogstens {count} teken.',
    other: 'Dit is te lang: hoogstens {count} tekens.',
  },
  'options.issue.at-least': 'Gebruik een getal van minstens {min}.',
  'options.issue.above': 'Gebruik een getal boven {min}.',
  'options.issue.at-most': 'Gebruik een getal van hoogstens {max}.',
  'options.issue.adapter-id':
    'Gebruik een id zoals "acme-admin": kleine letters, cijfers en koppeltekens, beginnend met een letter of cijfer.',
  'options.issue.match-pattern':
    'Gebruik een match pattern zoals "https://admin.example.com/*": http of https, een host en dan een pad.',
  'options.issue.tenant-pattern':
    'Gebruik een reguliere expressie met een groep met de naam tenant: (?<tenant>…).',
  'options.issue.id-pattern': 'Gebruik een reguliere expressie met een groep met de naam id: (?<id>…).',
  'options.issue.data-attribute': 'Gebruik de naam van een data-attribuut, zoals "data-user-id".',
  'options.issue.field-name':
    'Gebruik de naam van een formulierveld: letters, cijfers en _ . - [ ], hoogstens 80 tekens.',
  'options.issue.url': 'Gebruik een adres dat begint met http:// of https://.',
  'options.issue.selector': 'De browser accepteert "{selector}" niet als CSS-selector.',
  'options.issue.invalid': 'Deze waarde is hier niet geldig.',

  'options.export.title': 'Adapters exporteren',
  'options.export.download': 'JSON downloaden',
  'options.export.copy': 'Naar klembord kopiëren',
  'options.export.nothing': 'Je hebt nog geen eigen adapters om te exporteren.',
  'options.export.downloaded': 'Opgeslagen als {file} in je downloads.',
  'options.export.copied': 'Je adapters staan op het klembord.',
  'options.export.copy-failed': 'Kopiëren naar het klembord is mislukt: {detail}',

  'options.settings.title': 'Instellingen',
  'options.field.warn-at': 'Waarschuwingsdrempel (%)',
  'options.field.warn-at-hint':
    'Waarschuw wanneer een pool dit deel van de limiet bereikt. Laat het leeg om de eigen drempel van elke leverancier te gebruiken.',
  'options.error.warn-at': 'Vul een percentage van 1 tot 100 in, of laat het veld leeg.',
  'options.field.lang': 'Taal',
  'options.lang.auto': 'Automatisch (taal van de browser)',
  'options.settings.saved': 'Instellingen opgeslagen.',
  'options.agent.title': 'Opzoeken voor supportmedewerkers',
  'options.agent.intro':
    'Voor supportmedewerkers: het adres van de Seat API en een agenttoken, waarmee de pop-up in de werkbalk elke tenant op id of naam vindt. Het token blijft binnen seatguard.',
  'options.agent.saved': 'Opgeslagen. De pop-up zoekt nu met deze verbinding.',
  'options.agent.removed': 'De agentverbinding is verwijderd.',
  'options.agent.remove': 'Verwijderen',
  'options.agent.tested': 'Verbonden: met dit agenttoken kun je tenants zoeken.',
  'options.agent.forbidden':
    'Het token is geldig, maar het is geen agenttoken (403): het mag geen tenants zoeken. Gebruik een agenttoken.',

  'popup.title': 'seatguard: tenant opzoeken',
  'popup.menu': 'Licenties controleren voor “{selection}”',
  'popup.search.label': 'Id of naam van de tenant',
  'popup.search.hint':
    'Typ om te zoeken. Pijltjes omhoog en omlaag kiezen, Enter opent, Escape sluit de lijst.',
  'popup.search.results': 'Gevonden tenants',
  'popup.search.searching': 'Zoeken…',
  'popup.search.found': { one: '{count} tenant gevonden.', other: '{count} tenants gevonden.' },
  'popup.search.none': 'Geen tenant gevonden voor “{q}”.',
  'popup.error.unconfigured':
    'Er is geen agentverbinding ingesteld. Vul het adres van de Seat API en je agenttoken in bij de opties van seatguard.',
  'popup.error.unauthorized':
    'De Seat API weigerde het agenttoken (401). Controleer het agenttoken in de opties van seatguard.',
  'popup.error.forbidden':
    'Dit token mag geen tenants zoeken (403): het is geen agenttoken. Stel een agenttoken in bij de opties van seatguard.',
  'popup.error.no-answer':
    'De achtergrond van seatguard antwoordde niet. Sluit de pop-up en open hem opnieuw.',
  'popup.open-options': 'Opties openen',
  'popup.copy': 'Samenvatting kopiëren',
  'popup.export': 'Gefactureerde gebruikers exporteren (CSV)',
  'popup.admin': 'Beheerpagina openen',
  'popup.copied': 'De samenvatting staat op het klembord.',
  'popup.copy-failed': 'Kopiëren naar het klembord is mislukt: {detail}',
  'popup.exported': 'Opgeslagen als {file} in je downloads.',
  'popup.export-failed': 'Exporteren van de gefactureerde gebruikers is mislukt: {detail}',
  'popup.summary.tenant': '{name} ({tenant})',
  'popup.summary.pool': '{pool}: {used}/{limit}, {level}',
  'popup.summary.pool-unlimited': '{pool}: {used}, geen limiet, {level}',
  'popup.summary.as-of': 'Gegevens van {date}',
  'popup.csv.vendor-count': {
    one: '{pool}: de leverancier telt {count} licentie; de regels hieronder komen alleen uit de lijsten.',
    other: '{pool}: de leverancier telt {count} licenties; de regels hieronder komen alleen uit de lijsten.',
  },

  // The panel in the extension: the guard's notes, and errors whose advice points to seatguard's options.
  'panel.raise-link': 'Limiet verhogen',

  'note.guard-failed-open':
    'seatguard kon dit formulier niet controleren (geen actuele licentiegegevens), dus het is ongecontroleerd verstuurd.',
  'note.guard-failed-closed':
    'seatguard kon dit formulier niet controleren (geen actuele licentiegegevens), dus het is niet verstuurd. Vernieuw de licentiegegevens en verstuur het opnieuw.',
  'note.guard-error':
    'seatguard liep tegen een fout aan bij het controleren van dit formulier, dus het is niet aan de licentielimiet getoetst.',
  'note.storage-failed':
    'seatguard kon de licentiegegevens niet in de opslag van de browser bewaren voor de volgende start. De getoonde aantallen zijn actueel; na een herstart worden ze opnieuw opgehaald.',
  'error.unauthorized':
    'De Seat API weigerde het token (401). Controleer het token in de opties van seatguard.',
  'error.forbidden':
    'Dit token mag deze organisatie niet lezen in de Seat API (403). Vul in de opties van seatguard een token voor deze organisatie in.',
  'error.not-found':
    'De Seat API kent deze organisatie niet (404). Controleer het API-adres en de organisatie in de opties van seatguard.',
  'error.unconfigured':
    'seatguard is nog niet ingesteld voor deze site. Open de opties van seatguard om het adres van de Seat API en een token toe te voegen.',
  'error.unknown-tenant':
    'seatguard kan niet bepalen bij welke organisatie deze pagina hoort. Controleer de organisatie in de opties van seatguard.',
  'error.bad-adapter':
    'seatguard begrijpt de opbouw van deze pagina niet (host-adapter). Werk seatguard bij of meld het aan de beheerders.',
  'error.too-large':
    'De Seat API stuurde meer gegevens dan seatguard aanneemt, dus er worden geen aantallen getoond. seatguard vraagt het over 10 minuten opnieuw, of meteen bij Vernieuwen. Vraag de leverancier om hun Seat API na te kijken.',

  // Reasons only the guard gives: removals and set-purchased (the widget's what-if only adds seats).
  'reason.next-invoice':
    '{pool}: de wijziging wordt verwerkt op de eerstvolgende factuur ({date}), nooit met terugwerkende kracht.',

  'raise.block': 'Vraag de leverancier om de limiet te verhogen.',
  'raise.purchase': 'Koop extra {unit} om de limiet te verhogen.',
  'raise.warn': 'Boven de limiet gaan mag, maar de extra {unit} worden gefactureerd.',
  'raise.none': 'Hier geldt geen limiet.',

  // The imperative is the same for u and je: these read right on every Dutch host.
  'free.logins': 'Ontkoppel de gebruiker van de medewerker en verwijder daarna de gebruiker.',
  'free.active-employees': 'Zet de medewerker op inactief.',
  'free.module':
    'Verplaats de gebruiker naar een profiel zonder modules: die kan dan nog inloggen, maar gebruikt geen module. Moet ook het inloggen stoppen, zet dan Gäller t o m op een datum in het verleden.',
  'free.teams': 'Archiveer het team: gearchiveerde teams worden niet gefactureerd.',
  'free.active-members':
    'Archiveer teams die niet meer nodig zijn: leden die in geen ander actief team zitten, worden vanaf de volgende maand niet meer gefactureerd.',
  'free.role': 'Verwijder de beheerdersrechten van de gebruiker; het account zelf blijft bestaan.',
  // 001: a past valid-until alone frees nothing; only a profile with no modules does.
  'next.expired-logins':
    'Hun inlog is al verlopen, maar ze houden nog licenties vast: verplaats ze naar een profiel zonder modules om die vrij te maken.',
  'next.inactive-members':
    'Verwijder ze alleen als ze geen toegang meer nodig hebben: de knop ‘Inactieve workspaceleden verwijderen’ verwijdert ze in één keer. Dat bespaart niets.',

  'title.below-usage': 'Lager dan het gebruik',
  'title.frees': 'Hiermee komt er ruimte vrij',
  'title.lowers': 'Hiermee wordt de factuur lager',
  'dialog.or-free': 'Of maak ruimte vrij',
  'dialog.holders': 'Nu in {pool}, het langst niet actief eerst: {names}.',
  'dialog.confirm-cost': '{amount} meer {per} bevestigen',

  'reason.no-seat-change': 'Hiermee verandert er niets aan de aantallen.',
  'reason.frees-seats': {
    one: '{pool}: hiermee komt {count} {unit} vrij.',
    other: '{pool}: hiermee komen {count} {unit} vrij.',
  },
  'reason.below-usage':
    '{pool}: verlagen naar {purchased} kan niet, want er zijn er {used} in gebruik. Verwijder eerst gebruikers of hun inloggegevens.',

  'csv.why.login': 'Kan inloggen; geen medewerker gekoppeld',
  'csv.why.login-employee': 'Kan inloggen; gekoppeld aan medewerker {employee}',
  'csv.why.active-employee': 'Actieve medewerker',
  'csv.why.module': 'Profiel {profile} geeft de module {module}',
  'csv.why.team': 'Actief team (niet gearchiveerd)',
  'csv.why.active-team': 'Lid van actief team {teams}',
  'csv.why.role': 'Heeft de rol {roles}',
  'popup.csv.unused': {
    one: '{pool}: {count} gekochte {unit} wordt gefactureerd maar niet gebruikt, dus zonder regel.',
    other: '{pool}: {count} gekochte {unit} worden gefactureerd maar niet gebruikt, dus zonder regel.',
  },
  'launcher.seats': 'Licenties',
  'launcher.close': 'Licentiepaneel sluiten',
};
