import type { ExtensionCatalogue } from './en';

// Terms from AM System's Swedish page (001): licens, pott, profil, inloggningsuppgifter, Gäller t o m.
export const extensionSv: ExtensionCatalogue = {
  'why.logins':
    'Varje användare som kan logga in tar en licens, kopplad till en anställd eller inte; en anställd utan användare räknas inte.',
  'why.active-employees': 'Med det äldre sättet att räkna tar varje unik aktiv anställd en licens.',
  'why.module':
    'En användare tar en {module}licens så snart den har inloggningsuppgifter och en profil med modulen {module}.',
  'why.teams': 'Varje team som inte är arkiverat faktureras som en enhet.',
  'why.active-members':
    'Bara aktiva medlemmar faktureras, alltså medlemmar i minst ett team som inte är arkiverat.',
  'why.role': 'Varje användare med {role}behörighet tar en licens.',

  'dialog.continue': 'Fortsätt',
  'dialog.cancel': 'Avbryt',
  'dialog.back': 'Tillbaka till formuläret',
  'dialog.confirm': 'Bekräfta köpet',
  'dialog.confirm-total': 'Bekräfta köp för {amount}',
  'dialog.stop-title': 'Licenskontrollen är inte tillgänglig',

  'options.title': 'seatguards inställningar',
  'options.loading': 'Dina inställningar läses in…',
  'options.save': 'Spara',

  'options.connections.title': 'Anslutningar till Seat API',
  'options.connections.intro':
    'För varje värd: adressen till dess Seat API och din token. Token stannar inom seatguard.',
  'options.connections.built-in': 'inbyggd',
  'options.connections.custom': 'din adapter',
  'options.field.base-url': 'Bas-URL för Seat API',
  'options.field.token': 'Token',
  'options.field.tenant': 'Organisation att testa',
  'options.field.tenant-hint':
    'Id för organisationen som Testa anslutningen läser, så som det står i adminsidans adress.',
  'options.token.show': 'Visa token',
  'options.token.hide': 'Dölj token',
  'options.test': 'Testa anslutningen',
  'options.error.base-url':
    'Ange en adress som börjar med http:// eller https://, till exempel https://vendor.example/seat-api/.',
  'options.error.token': 'Ange den token du har fått av leverantören.',
  'options.error.tenant':
    'Ange id för en organisation att testa med, till exempel acme-demo (små bokstäver, siffror, bindestreck).',
  'options.save.testing': 'Anslutningen testas innan den sparas…',
  'options.save.tested': 'Ansluten till {org} och sparad. Sidorna i {name} använder nu den här anslutningen.',
  'options.save.not-saved': 'Inte sparat.',
  'options.unsaved.page':
    'Inte sparat ännu: {forms}. Om du lämnar eller laddar om sidan går ändringarna förlorade.',
  'options.unsaved.form': 'Inte sparat ännu.',
  'options.unsaved.import': 'Inte importerat ännu.',
  'options.test.not-found-v1':
    'Seat API svarade 404: bas-URL:en slutar på /v1, och seatguard lägger till /v1/… själv. Använd {suggested} i stället.',
  'options.test.not-seat-api':
    'Servern på den här adressen svarade, men inte med ett svar från ett Seat API. Kontrollera bas-URL:en.',
  'options.save.denied':
    'Inte sparat: seatguard behöver ditt tillstånd för att kontakta {origin}. Klicka på Spara igen och tillåt åtkomst.',
  'options.save.failed': 'Det gick inte att spara: {detail}',
  'options.test.running': 'Anslutningen testas…',
  'options.test.denied':
    'Inte testat: seatguard behöver ditt tillstånd för att kontakta {origin}. Klicka på Testa anslutningen igen och tillåt åtkomst.',
  'options.test.no-answer':
    'seatguards bakgrundsdel svarade inte. Läs in tillägget igen på tilläggssidan och försök sedan på nytt.',
  'options.test.ok': {
    one: 'Ansluten till {name} ({count} pott).',
    other: 'Ansluten till {name} ({count} pottar).',
  },
  'options.test.network': 'Det gick inte att nå {url}. Kontrollera adressen och att servern är igång.',
  'options.test.unauthorized':
    'Seat API nekade token (401). Kontrollera att du kopierade hela token och att den inte har gått ut.',
  'options.test.forbidden':
    'Token är giltig men får inte läsa organisationen {tenant} (403). Använd en token för den här organisationen eller kontrollera id:t.',
  'options.test.not-found':
    'Seat API känner inte till organisationen {tenant} (404). Kontrollera organisationens id och bas-URL:en.',
  'options.test.invalid-response':
    'Servern på den här adressen svarade, men inte som ett Seat API: "{detail}" saknas eller är fel. Kontrollera bas-URL:en.',
  'options.test.timeout':
    'Seat API svarade inte i tid. Försök igen; om det händer fler gånger, kontrollera servern.',
  'options.test.rate-limited': 'Seat API begränsar antalet anrop (429). Vänta en minut och testa sedan igen.',
  'options.test.server-error':
    'Seat API fick ett serverfel. Försök igen senare eller kontakta leverantören. Detaljer: {detail}',
  'options.test.config': 'De här inställningarna går inte att använda: {detail}',
  'options.test.other': 'Testet misslyckades ({code}): {detail}',

  'options.adapters.title': 'Värdadaptrar',
  'options.adapters.intro':
    'En adapter talar om för seatguard var en produkts adminsidor finns och vilka formulär som ändrar licenser.',
  'options.adapters.built-in': 'Inbyggda adaptrar',
  'options.adapters.custom': 'Dina adaptrar',
  'options.adapters.none': 'Du har inte importerat några adaptrar än.',
  'options.adapters.matches': 'Körs på',
  'options.adapters.active': 'Aktiv',
  'options.adapters.inactive': 'Sparad, men inaktiv tills du ger seatguard åtkomst till dess sidor.',
  'options.adapters.grant': 'Ge åtkomst',
  'options.adapters.remove': 'Ta bort',
  'options.adapters.remove-label': 'Ta bort {name}',
  'options.adapters.grant-label': 'Ge åtkomst för {name}',
  'options.adapters.removed': '{name} har tagits bort.',
  'options.adapters.granted': '{name} är nu aktiv.',
  'options.adapters.grant-denied': 'Åtkomst gavs inte, så {name} förblir inaktiv.',

  'options.import.title': 'Importera adaptrar',
  'options.import.text': 'Adapter-JSON: en adapter eller en lista med adaptrar',
  'options.import.file': 'Eller läs in en JSON-fil',
  'options.import.button': 'Importera',
  'options.import.loaded': 'Filen visas nedan. Kontrollera den och klicka sedan på Importera.',
  'options.import.file-failed': 'Det gick inte att läsa filen: {detail}',
  'options.import.empty': 'Klistra in adapter-JSON eller välj en fil först.',
  'options.import.json': 'Det här är inte giltig JSON: oväntat {found} på rad {line}, kolumn {column}.',
  'options.import.json-end':
    'Det här är inte giltig JSON: texten tar slut för tidigt, på rad {line}, kolumn {column}.',
  'options.import.invalid': 'Inget importerades. Åtgärda först de här problemen:',
  'options.import.built-in-id': 'id:t "{id}" tillhör en inbyggd adapter; välj ett annat id',
  'options.import.repeated-id': 'id:t "{id}" förekommer mer än en gång i den här importen',
  'options.import.done': {
    one: '{count} adapter importerades; den är aktiv.',
    other: '{count} adaptrar importerades; de är aktiva.',
  },
  'options.import.inactive': {
    one: '{count} adapter importerades. Den förblir inaktiv tills du ger åtkomst till dess sidor.',
    other: '{count} adaptrar importerades. De förblir inaktiva tills du ger åtkomst till deras sidor.',
  },

  // A host adapter's problems as sentences (lib/extension/options/import-issues.ts), after "path: ".
  'options.issue.unknown-key':
    'seatguard känner inte till någon inställning "{key}" här. Ta bort den, eller kontrollera stavningen.',
  'options.issue.unknown-key-like':
    'seatguard känner inte till någon inställning "{key}" här. Menade du "{known}"? Versaler och gemener räknas.',
  'options.issue.missing': 'Den här inställningen saknas.',
  'options.issue.needs-one-of': 'Här behövs en av de här inställningarna: {keys}.',
  'options.issue.one-of': 'Använd ett av de här värdena: {values}.',
  'options.issue.text': 'Det här måste vara text inom dubbla citattecken.',
  'options.issue.number': 'Det här måste vara ett tal.',
  'options.issue.list': 'Det här måste vara en lista inom hakparenteser.',
  'options.issue.object': 'Det här måste vara ett objekt inom klammerparenteser, med inställningar i.',
  'options.issue.empty': 'Det här får inte vara tomt.',
  'options.issue.too-few': {
    one: 'Listan behöver minst {count} post.',
    other: 'Listan behöver minst {count} poster.',
  },
  'options.issue.too-long': {
    one: 'Det här är för långt: högst {count} tecken.',
    other: 'Det här är för långt: högst {count} tecken.',
  },
  'options.issue.at-least': 'Använd ett tal som är minst {min}.',
  'options.issue.above': 'Använd ett tal över {min}.',
  'options.issue.at-most': 'Använd ett tal som är högst {max}.',
  'options.issue.adapter-id':
    'Använd ett id som "acme-admin": gemener, siffror och bindestreck, som börjar med en bokstav eller siffra.',
  'options.issue.match-pattern':
    'Använd ett matchningsmönster som "https://admin.example.com/*": http eller https, en värd och sedan en sökväg.',
  'options.issue.tenant-pattern': 'Använd ett reguljärt uttryck med en grupp som heter tenant: (?<tenant>…).',
  'options.issue.id-pattern': 'Använd ett reguljärt uttryck med en grupp som heter id: (?<id>…).',
  'options.issue.data-attribute': 'Använd namnet på ett data-attribut, till exempel "data-user-id".',
  'options.issue.field-name':
    'Använd namnet på ett formulärfält: bokstäver, siffror och _ . - [ ], högst 80 tecken.',
  'options.issue.url': 'Använd en adress som börjar med http:// eller https://.',
  'options.issue.selector': 'Webbläsaren godtar inte "{selector}" som CSS-väljare.',
  'options.issue.invalid': 'Värdet är inte giltigt här.',

  'options.export.title': 'Exportera adaptrar',
  'options.export.download': 'Ladda ner JSON',
  'options.export.copy': 'Kopiera till urklipp',
  'options.export.nothing': 'Du har inga egna adaptrar att exportera än.',
  'options.export.downloaded': 'Sparad som {file} bland dina nedladdningar.',
  'options.export.copied': 'Dina adaptrar finns nu i urklipp.',
  'options.export.copy-failed': 'Det gick inte att kopiera till urklipp: {detail}',

  'options.settings.title': 'Inställningar',
  'options.field.warn-at': 'Varningströskel (%)',
  'options.field.warn-at-hint':
    'Varna när en pott når den här andelen av sin gräns. Lämna tomt för att använda varje leverantörs egen tröskel.',
  'options.error.warn-at': 'Ange en procentsats från 1 till 100, eller lämna fältet tomt.',
  'options.field.lang': 'Språk',
  'options.lang.auto': 'Automatiskt (webbläsarens språk)',
  'options.settings.saved': 'Inställningarna har sparats.',
  'options.agent.title': 'Sökning för supportpersonal',
  'options.agent.intro':
    'För supportpersonal: adressen till Seat API och en agenttoken, med vilken popup-fönstret i verktygsfältet hittar varje kund på id eller namn. Token stannar inom seatguard.',
  'options.agent.saved': 'Sparat. Popup-fönstret söker nu med den här anslutningen.',
  'options.agent.removed': 'Agentanslutningen har tagits bort.',
  'options.agent.remove': 'Ta bort',
  'options.agent.tested': 'Ansluten: agenttoken får söka bland kunderna.',
  'options.agent.forbidden':
    'Token är giltig men är ingen agenttoken (403): den får inte söka bland kunderna. Använd en agenttoken.',

  'popup.title': 'seatguard: sök kund',
  'popup.menu': 'Kontrollera licenser för ”{selection}”',
  'popup.search.label': 'Kundens id eller namn',
  'popup.search.hint': 'Skriv för att söka. Pil upp och ned väljer, Enter öppnar, Escape stänger listan.',
  'popup.search.results': 'Matchande kunder',
  'popup.search.searching': 'Söker…',
  'popup.search.found': { one: '{count} kund hittades.', other: '{count} kunder hittades.' },
  'popup.search.none': 'Ingen kund matchar ”{q}”.',
  'popup.error.unconfigured':
    'Ingen agentanslutning är inställd. Ange adressen till Seat API och din agenttoken i seatguards inställningar.',
  'popup.error.unauthorized':
    'Seat API nekade agenttoken (401). Kontrollera agenttoken i seatguards inställningar.',
  'popup.error.forbidden':
    'Den här token får inte söka bland kunderna (403): den är ingen agenttoken. Ange en agenttoken i seatguards inställningar.',
  'popup.error.no-answer': 'seatguards bakgrund svarade inte. Stäng popup-fönstret och öppna det igen.',
  'popup.open-options': 'Öppna inställningar',
  'popup.copy': 'Kopiera sammanfattning',
  'popup.export': 'Exportera fakturerade användare (CSV)',
  'popup.admin': 'Öppna administrationssidan',
  'popup.copied': 'Sammanfattningen finns nu i urklipp.',
  'popup.copy-failed': 'Det gick inte att kopiera till urklipp: {detail}',
  'popup.exported': 'Sparad som {file} bland dina nedladdningar.',
  'popup.export-failed': 'Det gick inte att exportera de fakturerade användarna: {detail}',
  'popup.summary.tenant': '{name} ({tenant})',
  'popup.summary.pool': '{pool}: {used}/{limit}, {level}',
  'popup.summary.pool-unlimited': '{pool}: {used}, ingen gräns, {level}',
  'popup.summary.as-of': 'Data per {date}',
  'popup.csv.vendor-count': {
    one: '{pool}: leverantören räknar {count} licens; raderna nedan kommer bara från listorna.',
    other: '{pool}: leverantören räknar {count} licenser; raderna nedan kommer bara från listorna.',
  },

  // The panel in the extension: the guard's notes, and errors whose advice points to seatguard's options.
  'panel.raise-link': 'Utöka licensen',

  'note.guard-failed-open':
    'seatguard kunde inte kontrollera formuläret (inga aktuella licensdata), så det skickades utan kontroll.',
  'note.guard-failed-closed':
    'seatguard kunde inte kontrollera formuläret (inga aktuella licensdata), så det skickades inte. Uppdatera licensdata och skicka det igen.',
  'note.guard-error':
    'seatguard stötte på ett fel när formuläret kontrollerades, så det kontrollerades inte mot licensgränsen.',
  'note.storage-failed':
    'seatguard kunde inte spara licensdata i webbläsarens lagring till nästa start. Siffrorna som visas är aktuella; efter en omstart hämtas de igen.',
  'error.unauthorized': 'Seat API nekade token (401). Kontrollera token i seatguards inställningar.',
  'error.forbidden':
    'Den här token får inte läsa den här organisationen i Seat API (403). Ange en token för organisationen i seatguards inställningar.',
  'error.not-found':
    'Seat API känner inte till den här organisationen (404). Kontrollera API-adressen och organisationen i seatguards inställningar.',
  'error.unconfigured':
    'seatguard är inte konfigurerat för den här webbplatsen än. Öppna seatguards inställningar och lägg till adressen till Seat API och en token.',
  'error.unknown-tenant':
    'seatguard kan inte avgöra vilken organisation sidan tillhör. Kontrollera organisationen i seatguards inställningar.',
  'error.bad-adapter':
    'seatguard förstår inte hur den här sidan är uppbyggd (värdadapter). Uppdatera seatguard eller rapportera felet till utvecklarna.',
  'error.too-large':
    'Seat API skickade mer data än seatguard tar emot, så inga siffror visas. seatguard frågar igen om 10 minuter, eller direkt vid Uppdatera. Be leverantören att kontrollera sitt Seat API.',

  // Reasons only the guard gives: removals and set-purchased (the widget's what-if only adds seats).
  'reason.next-invoice': '{pool}: ändringen gäller från nästa faktura ({date}), aldrig retroaktivt.',

  'raise.block': 'Be leverantören att höja gränsen.',
  'raise.purchase': 'Köp fler {unit} för att höja gränsen.',
  'raise.warn': 'Det går att gå över gränsen, men de extra {unit} faktureras.',
  'raise.none': 'Här finns ingen gräns.',

  'free.logins': 'Koppla bort användaren från den anställda och ta sedan bort användaren.',
  'free.active-employees': 'Gör den anställda inaktiv.',
  'free.module':
    'Flytta användaren till en profil utan moduler: användaren kan fortfarande logga in men använder ingen modul. Om inloggningen också ska stoppas, sätt dessutom Gäller t o m till ett datum som redan har passerat.',
  'free.teams': 'Arkivera teamet: arkiverade team faktureras inte.',
  'free.active-members':
    'Arkivera team som inte längre behövs: medlemmar som inte ingår i något annat aktivt team faktureras inte från och med nästa månad.',
  'free.role': 'Ta bort användarens behörighet för rollen; själva kontot finns kvar.',
  // 001: a past valid-until alone frees nothing; only a profile with no modules does.
  'next.expired-logins':
    'Inloggningen har redan upphört, men licenserna är kvar: flytta användarna till en profil utan moduler för att frigöra dem.',
  'next.inactive-members':
    'Ta bara bort dem om de inte längre behöver åtkomst: knappen ”Ta bort inaktiva medlemmar” tar bort alla på en gång. Det sparar ingenting.',

  'title.below-usage': 'Lägre än det som används',
  'title.frees': 'Detta frigör plats',
  'title.lowers': 'Detta sänker fakturan',
  'dialog.or-free': 'Eller frigör plats',
  'dialog.holders': 'Nu i {pool}, de som varit inaktiva längst först: {names}.',
  'dialog.confirm-cost': 'Bekräfta {amount} mer {per}',

  'reason.no-seat-change': 'Detta ändrar inget av antalen.',
  'reason.frees-seats': '{pool}: detta frigör {count} {unit}.',
  'reason.below-usage':
    '{pool}: det går inte att minska till {purchased} när {used} används. Ta först bort användare eller deras inloggningsuppgifter.',

  'csv.why.login': 'Kan logga in; ingen anställd kopplad',
  'csv.why.login-employee': 'Kan logga in; kopplad till anställd {employee}',
  'csv.why.active-employee': 'Aktiv anställd',
  'csv.why.module': 'Profilen {profile} ger modulen {module}',
  'csv.why.team': 'Aktivt team (inte arkiverat)',
  'csv.why.active-team': 'Medlem i aktivt team {teams}',
  'csv.why.role': 'Har rollen {roles}',
  'popup.csv.unused': {
    one: '{pool}: {count} köpt {unit} faktureras men används inte, och har därför ingen rad.',
    other: '{pool}: {count} köpta {unit} faktureras men används inte, och har därför ingen rad.',
  },
  'launcher.seats': 'Licenser',
  'launcher.close': 'Stäng licenspanelen',
};
