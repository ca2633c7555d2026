import type { PanelCatalogue } from './en';

// Terms from the vendors' Dutch pages: gebruikers/medewerkers, eerstvolgende factuur (000); seats, naar rato (003).
export const panelNl: PanelCatalogue = {
  'reason.over-limit': '{pool}: hiermee kom je op {after} van {limit}, boven de limiet.',
  'reason.near-limit': '{pool}: hiermee kom je op {after} van {limit}, dicht bij de limiet.',
  'reason.needs-purchase': {
    one: '{pool} zit vol: hiervoor moet je {count} extra seat kopen.',
    other: '{pool} zit vol: hiervoor moet je {count} extra seats kopen.',
  },
  'reason.adds-cost': {
    one: '{pool}: hiermee komt er {count} gefactureerde licentie bij, {amount} extra per {period}.',
    other: '{pool}: hiermee komen er {count} gefactureerde licenties bij, {amount} extra per {period}.',
  },
  'reason.no-seat-change': 'Hiermee verandert het aantal licenties niet.',

  'suggestion.unused-seats': {
    one: '{pool}: {count} gekochte licentie wordt niet gebruikt. Afbestellen bespaart {saving}, vanaf {date}.',
    other:
      '{pool}: {count} gekochte licenties worden niet gebruikt. Afbestellen bespaart {saving}, vanaf {date}.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} lid zit in geen enkel actief team en wordt niet gefactureerd: {names}. De knop ‘Inactieve workspaceleden verwijderen’ verwijdert zulke leden; ze verliezen dan hun toegang.',
    other:
      '{pool}: {count} leden zitten in geen enkel actief team en worden niet gefactureerd: {names}. De knop ‘Inactieve workspaceleden verwijderen’ verwijdert ze; ze verliezen dan hun toegang.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} gebruiker met een verlopen login houdt nog een licentie bezet: {names}. Verplaats de gebruiker naar een profiel zonder modules om die vrij te maken.',
    other:
      '{pool}: {count} gebruikers met een verlopen login houden nog licenties bezet: {names}. Verplaats ze naar een profiel zonder modules om die vrij te maken.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} actief team heeft geen leden maar wordt wel gefactureerd: {names}. Archiveer het om {saving} te besparen.',
    other:
      '{pool}: {count} actieve teams hebben geen leden maar worden wel gefactureerd: {names}. Archiveer ze om {saving} te besparen.',
  },
  'suggestion.more': '+{count} meer',

  'level.ok': 'OK',
  'level.near': 'Bijna vol',
  'level.full': 'Vol',
  'level.over': 'Boven de limiet',

  'kind.logins': 'gebruikers',
  'kind.active-employees': 'unieke actieve medewerkers',
  'kind.module': '{module}-licenties',
  'kind.teams': 'teams',
  'kind.active-members': 'actieve leden',
  'kind.role': '{role}-seats',

  'period.month': 'maand',
  'period.year': 'jaar',
  'per.month': 'per maand',
  'per.year': 'per jaar',

  'outcome.allow': 'Binnen de limiet',
  'outcome.warn': 'Let op: licentielimiet',
  'outcome.confirm': 'Aankoop extra seat bevestigen',
  'outcome.block': 'Licentielimiet bereikt',

  'reason.adds-cost-unpriced': {
    one: '{pool}: hiermee komt er {count} gefactureerde licentie bij.',
    other: '{pool}: hiermee komen er {count} gefactureerde licenties bij.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}: {count} gekochte licentie wordt niet gebruikt. Je kunt die afbestellen per de eerstvolgende factuur.',
    other:
      '{pool}: {count} gekochte licenties worden niet gebruikt. Je kunt ze afbestellen per de eerstvolgende factuur.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}: {count} actief team heeft geen leden: {names}. Archiveer het als het niet meer nodig is.',
    other:
      '{pool}: {count} actieve teams hebben geen leden: {names}. Archiveer ze als ze niet meer nodig zijn.',
  },

  'usage.of': '{used} van {limit} {unit}',
  'usage.split': '{included} inbegrepen + {purchased} gekocht',
  'usage.unlimited': '{unit} in gebruik: {used}, geen limiet',
  'unit.seats': 'licenties',

  'pool.summary': '{pool}: {usage}. Status: {level}.',
  'pool.billed': { one: 'Gefactureerd: {count} licentie', other: 'Gefactureerd: {count} licenties' },
  'pool.free': { one: '{count} licentie vrij', other: '{count} licenties vrij' },
  'pool.none-free': 'Geen licenties vrij',
  'pool.over-by': { one: '{count} licentie boven de limiet', other: '{count} licenties boven de limiet' },

  'cost.term': {
    one: '{count} licentie × {unit} = {amount} {per}, {from} – {to}',
    other: '{count} licenties × {unit} = {amount} {per}, {from} – {to}',
  },
  'cost.recurring': {
    one: '{count} licentie × {unit} = {amount} {per}, vanaf {from}',
    other: '{count} licenties × {unit} = {amount} {per}, vanaf {from}',
  },
  'cost.prorated': 'naar rato tot het einde van het contract',

  'panel.title': 'Licenties – {name}',
  'panel.level': 'Licentiestatus: {level}',
  'panel.age': 'bijgewerkt {age}',
  'panel.stale': 'Verouderd',
  'panel.refresh': 'Vernieuwen',
  'panel.loading': 'Licentiegegevens laden…',
  'panel.suggestions': 'Suggesties',

  'error.rate-limited': 'De Seat API beperkt het aantal verzoeken (429). Wacht een minuut en vernieuw dan.',
  'error.timeout': 'De Seat API antwoordde niet op tijd. Vernieuw om het opnieuw te proberen.',
  'error.network': 'De Seat API is niet bereikbaar. Controleer je verbinding en vernieuw dan.',
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
