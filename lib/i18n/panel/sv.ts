import type { PanelCatalogue } from './en';

// Terms from AM System's Swedish page (001): licens, pott, profil, inloggningsuppgifter, Gäller t o m.
export const panelSv: PanelCatalogue = {
  // Over and near the limit alike: {level} is the level the panel then shows.
  'reason.level': '{pool}: {after} av {limit} efter ändringen, {level}.',
  'reason.needs-purchase': '{pool}: gränsen är nådd, så det behövs {count} {unit} till.',
  'reason.adds-cost': {
    one: '{pool}: detta lägger till {count} fakturerad {unit}.',
    other: '{pool}: detta lägger till {count} fakturerade {unit}.',
  },

  'suggestion.unused-seats': {
    one: '{pool}: {count} köpt {unit} används inte. Säger du upp den sparar du {saving} från och med {date}.',
    other:
      '{pool}: {count} köpta {unit} används inte. Säger du upp dem sparar du {saving} från och med {date}.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}: {count} köpt {unit} används inte. Du kan säga upp den från och med nästa faktura.',
    other: '{pool}: {count} köpta {unit} används inte. Du kan säga upp dem från och med nästa faktura.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} medlem ingår inte i något aktivt team och faktureras därför inte: {names}.',
    other: '{pool}: {count} medlemmar ingår inte i något aktivt team och faktureras därför inte: {names}.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} användare vars inloggning har gått ut har fortfarande en {unit}: {names}.',
    other: '{pool}: {count} användare vars inloggning har gått ut har fortfarande {unit}: {names}.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} aktivt team saknar medlemmar men faktureras ändå: {names}. Arkiverar du det sparar du {saving} från och med {date}.',
    other:
      '{pool}: {count} aktiva team saknar medlemmar men faktureras ändå: {names}. Arkiverar du dem sparar du {saving} från och med {date}.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}: {count} aktivt team saknar medlemmar: {names}.',
    other: '{pool}: {count} aktiva team saknar medlemmar: {names}.',
  },
  'suggestion.more': 'och {count} till',

  'level.ok': 'OK',
  'level.near': 'Nära gränsen',
  'level.full': 'Fullt',
  'level.over': 'Över gränsen',

  'kind.logins': 'användare',
  'kind.active-employees': 'unika aktiva anställda',
  'kind.teams': 'team',
  'kind.active-members': 'aktiva medlemmar',

  'per.month': 'per månad',
  'per.year': 'per år',
  'unit.seat': { one: 'licens', other: 'licenser' },
  'price.each': '{price} per {unit}',

  'title.limit': 'Gränsen är nådd',
  'title.full': 'Efter detta är gränsen nådd',
  'title.purchase': 'Bekräfta köp av {count} {unit} till',
  'title.cost': 'Detta höjer fakturan',
  'title.allow': 'Inom gränsen',

  'usage.of': '{used} av {limit} {unit}',
  'usage.split': { one: '{included} ingår + {count} köpt', other: '{included} ingår + {count} köpta' },
  'usage.unlimited': 'Antal {unit}: {used}, ingen gräns',

  'pool.summary': '{pool}: {usage}. Status: {level}.',
  'pool.billed': 'Fakturerat: {count} {unit}',
  'pool.included-price': 'Ingår i licensen och faktureras inte separat; en {unit} till kostar {price}.',
  'pool.free': { one: '{count} {unit} ledig', other: '{count} {unit} lediga' },
  'pool.none-free': 'Inga lediga {unit}',
  'pool.over-by': '{count} {unit} över gränsen',

  'cost.now': '{amount} nu, {from} – {to}; därefter {price}',
  'cost.more': '{amount} mer {per}, från och med {from}',
  'cost.less': '{amount} mindre {per}, från och med {from}',

  'panel.title': 'Licenser – {name}',
  'panel.level': 'Licensstatus: {level}',
  'panel.age': 'uppdaterat {age}',
  'panel.just-now': 'uppdaterat nyss',
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
  'whatif.title': 'Vad händer om du lägger till fler?',
  'whatif.add': '{pool}: hur många till',
  'whatif.note': 'Bara en förhandsvisning: inget ändras.',
};
