import type { PanelCatalogue } from './en';

// Terms from AM System's Swedish page (001): licens, pott, profil, inloggningsuppgifter, Gäller t o m.
export const panelSv: PanelCatalogue = {
  'reason.over-limit': '{pool}: detta ger {after} av {limit}, vilket är över gränsen.',
  'reason.near-limit': '{pool}: detta ger {after} av {limit}, vilket är nära gränsen.',
  'reason.needs-purchase': {
    one: '{pool}: alla licenser används redan, så du behöver köpa {count} licens till.',
    other: '{pool}: alla licenser används redan, så du behöver köpa {count} licenser till.',
  },
  'reason.adds-cost': {
    one: '{pool}: detta lägger till {count} fakturerad licens, {amount} mer per {period}.',
    other: '{pool}: detta lägger till {count} fakturerade licenser, {amount} mer per {period}.',
  },
  'reason.no-seat-change': 'Detta ändrar inte antalet licenser.',

  'suggestion.unused-seats': {
    one: '{pool}: {count} köpt licens används inte. Minskar du potten sparar du {saving} från och med {date}.',
    other:
      '{pool}: {count} köpta licenser används inte. Minskar du potten sparar du {saving} från och med {date}.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} medlem ingår inte i något aktivt team och faktureras inte: {names}. Knappen ”Ta bort inaktiva medlemmar” tar bort sådana medlemmar, som då förlorar sin åtkomst.',
    other:
      '{pool}: {count} medlemmar ingår inte i något aktivt team och faktureras inte: {names}. Knappen ”Ta bort inaktiva medlemmar” tar bort dem, och de förlorar då sin åtkomst.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} användare vars inloggning har gått ut (Gäller t o m har passerat) har fortfarande en licens: {names}. Flytta användaren till en profil utan moduler för att frigöra den.',
    other:
      '{pool}: {count} användare vars inloggning har gått ut (Gäller t o m har passerat) har fortfarande licenser: {names}. Flytta dem till en profil utan moduler för att frigöra licenserna.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} aktivt team saknar medlemmar men faktureras ändå: {names}. Arkivera det för att spara {saving}.',
    other:
      '{pool}: {count} aktiva team saknar medlemmar men faktureras ändå: {names}. Arkivera dem för att spara {saving}.',
  },
  'suggestion.more': '+{count} till',

  'level.ok': 'OK',
  'level.near': 'Nära gränsen',
  'level.full': 'Fullt',
  'level.over': 'Över gränsen',

  'kind.logins': 'användare',
  'kind.active-employees': 'unika aktiva anställda',
  'kind.module': '{module}licenser',
  'kind.teams': 'team',
  'kind.active-members': 'aktiva medlemmar',
  'kind.role': '{role}licenser',

  'period.month': 'månad',
  'period.year': 'år',
  'per.month': 'per månad',
  'per.year': 'per år',

  'outcome.allow': 'Inom licensgränsen',
  'outcome.warn': 'Varning: licensgräns',
  'outcome.confirm': 'Bekräfta köp av extra licens',
  'outcome.block': 'Licensgränsen är nådd',

  'reason.adds-cost-unpriced': {
    one: '{pool}: detta lägger till {count} fakturerad licens.',
    other: '{pool}: detta lägger till {count} fakturerade licenser.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}: {count} köpt licens används inte. Du kan säga upp den från och med nästa faktura.',
    other: '{pool}: {count} köpta licenser används inte. Du kan säga upp dem från och med nästa faktura.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}: {count} aktivt team saknar medlemmar: {names}. Arkivera det om det inte behövs längre.',
    other: '{pool}: {count} aktiva team saknar medlemmar: {names}. Arkivera dem om de inte behövs längre.',
  },

  'usage.of': '{used} av {limit} {unit}',
  'usage.split': '{included} ingår + {purchased} köpta',
  'usage.unlimited': '{unit} som används: {used}, ingen gräns',
  'unit.seats': 'licenser',

  'pool.summary': '{pool}: {usage}. Status: {level}.',
  'pool.billed': { one: 'Fakturerat: {count} licens', other: 'Fakturerat: {count} licenser' },
  'pool.free': { one: '{count} licens ledig', other: '{count} licenser lediga' },
  'pool.none-free': 'Inga lediga licenser',
  'pool.over-by': { one: '{count} licens över gränsen', other: '{count} licenser över gränsen' },

  'cost.term': {
    one: '{count} licens × {unit} = {amount} {per}, {from} – {to}',
    other: '{count} licenser × {unit} = {amount} {per}, {from} – {to}',
  },
  'cost.recurring': {
    one: '{count} licens × {unit} = {amount} {per}, från och med {from}',
    other: '{count} licenser × {unit} = {amount} {per}, från och med {from}',
  },
  'cost.prorated': 'proportionellt fram till avtalets slut',

  'panel.title': 'Licenser – {name}',
  'panel.level': 'Licensnivå: {level}',
  'panel.age': 'uppdaterat {age}',
  'panel.stale': 'Inaktuellt',
  'panel.refresh': 'Uppdatera',
  'panel.loading': 'Hämtar licensdata…',
  'panel.suggestions': 'Förslag',

  'error.rate-limited': 'Seat API begränsar antalet anrop (429). Vänta en minut och uppdatera sedan.',
  'error.timeout': 'Seat API svarade inte i tid. Uppdatera för att försöka igen.',
  'error.network': 'Det gick inte att nå Seat API. Kontrollera anslutningen och uppdatera sedan.',
  'error.invalid-response':
    'Seat API skickade data som seatguard inte kan läsa, så inga siffror visas. Be leverantören att kontrollera sitt Seat API.',
  'error.server-error':
    'Seat API fick ett serverfel. Uppdatera senare, och kontakta leverantören om felet kvarstår.',
  'error.other': 'Det gick inte att hämta licensdata ({code}). Uppdatera för att försöka igen.',

  'error.widget-token':
    'Seat API nekade sidans token (401). Ladda om sidan, eller kontakta portalens administratör.',
  'error.widget-setup': 'Den här licenswidgeten är felaktigt inställd. Kontakta portalens administratör.',
  'whatif.title': 'Tänk om du lägger till fler?',
  'whatif.add': '{pool}: hur många till',
  'whatif.note': 'Bara en förhandsvisning: inget ändras.',
};
