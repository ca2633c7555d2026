import type { PanelCatalogue } from './en';

// Terms from the vendors' Dutch pages: gebruikers/medewerkers, eerstvolgende factuur (000). The panel addresses
// nobody (no je, no u): a host's adapter sets the register of the extension's own sentences.
export const panelNl: PanelCatalogue = {
  // Over and near the limit alike: {level} is the level the panel then shows.
  'reason.level': '{pool}: {after} van {limit} na deze wijziging, {level}.',
  'reason.needs-purchase': {
    one: '{pool}: de limiet is bereikt, dus hiervoor is {count} extra {unit} nodig.',
    other: '{pool}: de limiet is bereikt, dus hiervoor zijn {count} extra {unit} nodig.',
  },
  'reason.adds-cost': {
    one: '{pool}: hiermee komt er {count} gefactureerde {unit} bij.',
    other: '{pool}: hiermee komen er {count} gefactureerde {unit} bij.',
  },

  'suggestion.unused-seats': {
    one: '{pool}: {count} gekochte {unit} wordt niet gebruikt. Afbestellen bespaart {saving}, vanaf {date}.',
    other:
      '{pool}: {count} gekochte {unit} worden niet gebruikt. Afbestellen bespaart {saving}, vanaf {date}.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}: {count} gekochte {unit} wordt niet gebruikt. Afbestellen kan per de eerstvolgende factuur.',
    other:
      '{pool}: {count} gekochte {unit} worden niet gebruikt. Afbestellen kan per de eerstvolgende factuur.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} lid zit in geen enkel actief team en wordt dus niet gefactureerd: {names}.',
    other: '{pool}: {count} leden zitten in geen enkel actief team en worden dus niet gefactureerd: {names}.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} gebruiker met een verlopen login houdt nog een {unit} bezet: {names}.',
    other: '{pool}: {count} gebruikers met een verlopen login houden nog {unit} bezet: {names}.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} actief team heeft geen leden maar wordt wel gefactureerd: {names}. Archiveren bespaart {saving}, vanaf {date}.',
    other:
      '{pool}: {count} actieve teams hebben geen leden maar worden wel gefactureerd: {names}. Archiveren bespaart {saving}, vanaf {date}.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}: {count} actief team heeft geen leden: {names}.',
    other: '{pool}: {count} actieve teams hebben geen leden: {names}.',
  },
  'suggestion.more': 'en nog {count}',

  'level.ok': 'OK',
  'level.near': 'Bijna vol',
  'level.full': 'Vol',
  'level.over': 'Boven de limiet',

  'kind.logins': 'gebruikers',
  'kind.active-employees': 'unieke actieve medewerkers',
  'kind.teams': 'teams',
  'kind.active-members': 'actieve leden',

  'per.month': 'per maand',
  'per.year': 'per jaar',
  'unit.seat': { one: 'licentie', other: 'licenties' },
  'price.each': '{price} per {unit}',

  'title.limit': 'De limiet is bereikt',
  'title.full': 'Hierna is de limiet bereikt',
  'title.purchase': 'Aankoop van {count} extra {unit} bevestigen',
  'title.cost': 'Hiermee wordt de factuur hoger',
  'title.allow': 'Binnen de limiet',

  'usage.of': '{used} van {limit} {unit}',
  'usage.split': '{included} inbegrepen + {count} gekocht',
  'usage.unlimited': 'Aantal {unit}: {used}, geen limiet',

  'pool.summary': '{pool}: {usage}. Status: {level}.',
  'pool.billed': 'Gefactureerd: {count} {unit}',
  'pool.included-price': 'Inbegrepen in de licentie, niet apart gefactureerd; een extra {unit} kost {price}.',
  'pool.free': 'Ruimte voor nog {count} {unit}',
  'pool.none-free': 'Geen ruimte voor meer {unit}',
  'pool.over-by': '{count} {unit} boven de limiet',

  'cost.now': '{amount} nu, {from} – {to}; daarna {price}',
  'cost.more': '{amount} meer {per}, vanaf {from}',
  'cost.less': '{amount} minder {per}, vanaf {from}',

  'panel.title': 'Licenties – {name}',
  'panel.level': 'Licentiestatus: {level}',
  'panel.age': 'bijgewerkt {age}',
  'panel.just-now': 'zojuist bijgewerkt',
  'panel.stale': 'Verouderd',
  'panel.refresh': 'Vernieuwen',
  'panel.loading': 'Licentiegegevens laden…',
  'panel.suggestions': 'Suggesties',

  'error.rate-limited': 'De Seat API beperkt het aantal verzoeken (429). Wacht een minuut en vernieuw dan.',
  'error.timeout': 'De Seat API antwoordde niet op tijd. Vernieuw om het opnieuw te proberen.',
  'error.network': 'De Seat API is niet bereikbaar. Controleer de verbinding en vernieuw dan.',
  'error.invalid-response':
    'De Seat API stuurde gegevens die seatguard niet kan lezen, dus er worden geen aantallen getoond. Vraag de leverancier om hun Seat API na te kijken.',
  'error.server-error':
    'De Seat API gaf een serverfout. Vernieuw later; blijft het misgaan, neem dan contact op met de leverancier.',
  'error.other':
    'De licentiegegevens konden niet worden geladen ({code}). Vernieuw om het opnieuw te proberen.',

  'error.widget-token':
    'De Seat API weigerde het token van deze pagina (401). Laad de pagina opnieuw, of meld het bij de beheerder van het portaal.',
  'error.widget-setup':
    'Deze licentiewidget is niet goed ingesteld. Meld het bij de beheerder van het portaal.',
  'whatif.title': 'Wat als je er meer toevoegt?',
  'whatif.add': '{pool}: hoeveel erbij',
  'whatif.note': 'Alleen een voorbeeld: er verandert niets.',
};
