import type { Catalogue } from './en';

// Terms from the vendors' Dutch pages: gebruikers/medewerkers, eerstvolgende factuur (000); seats, naar rato (003).
export const nl: Catalogue = {
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
  'reason.frees-seats': {
    one: '{pool}: hiermee komt {count} licentie vrij.',
    other: '{pool}: hiermee komen {count} licenties vrij.',
  },
  'reason.below-usage':
    '{pool}: verlagen naar {purchased} kan niet, want het gebruik staat op {used}. Verwijder eerst gebruikers of hun inloggegevens.',
  'reason.next-invoice':
    '{pool}: de wijziging wordt verwerkt op de eerstvolgende factuur ({date}), nooit met terugwerkende kracht.',
  'reason.no-seat-change': 'Hiermee verandert het aantal licenties niet.',

  'suggestion.unused-seats': {
    one: '{pool}: {count} gekochte licentie wordt niet gebruikt. Afbestellen bespaart {saving}, vanaf {date}.',
    other:
      '{pool}: {count} gekochte licenties worden niet gebruikt. Afbestellen bespaart {saving}, vanaf {date}.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} lid zit in geen enkel actief team en wordt niet gefactureerd. De knop ‘Inactieve workspaceleden verwijderen’ verwijdert zulke leden; ze verliezen dan hun toegang.',
    other:
      '{pool}: {count} leden zitten in geen enkel actief team en worden niet gefactureerd. De knop ‘Inactieve workspaceleden verwijderen’ verwijdert ze; ze verliezen dan hun toegang.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} gebruiker met een verlopen login houdt nog een licentie bezet. Verplaats de gebruiker naar een profiel zonder modules om die vrij te maken.',
    other:
      '{pool}: {count} gebruikers met een verlopen login houden nog licenties bezet. Verplaats ze naar een profiel zonder modules om die vrij te maken.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} actief team heeft geen leden maar wordt wel gefactureerd. Archiveer het om {saving} te besparen.',
    other:
      '{pool}: {count} actieve teams hebben geen leden maar worden wel gefactureerd. Archiveer ze om {saving} te besparen.',
  },

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

  'why.logins':
    'Elke gebruiker die kan inloggen telt mee, gekoppeld aan een medewerker of niet; een medewerker zonder gebruiker telt niet mee.',
  'why.active-employees': 'In de oude telling telt elke unieke actieve medewerker mee voor de licentie.',
  'why.module':
    'Met inloggegevens en een profiel met de module {module} neemt een gebruiker een {module}-licentie in.',
  'why.teams': 'Elk team dat niet gearchiveerd is, wordt als één eenheid gefactureerd.',
  'why.active-members':
    'Alleen actieve leden worden gefactureerd: leden van minstens één team dat niet gearchiveerd is.',
  'why.role': 'Elke gebruiker met {role}-rechten neemt een seat in.',

  'free.logins': 'Ontkoppel de gebruiker van de medewerker en verwijder daarna de gebruiker.',
  'free.active-employees': 'Zet de medewerker op inactief.',
  'free.module':
    'Verplaats de gebruiker naar een profiel zonder modules; wil je ook het inloggen stoppen, zet dan een geldig-tot-datum in het verleden.',
  'free.teams': 'Archiveer het team: gearchiveerde teams worden niet gefactureerd.',
  'free.active-members':
    'Archiveer teams of verwijder inactieve leden; leden zonder actief team worden vanaf de volgende maand niet meer gefactureerd.',
  'free.role': 'Verwijder de {role}-rechten van de gebruiker.',

  'raise.block':
    'Vraag de leverancier per e-mail om de licentie te verhogen. Dat kan per stuk en wordt verwerkt op de eerstvolgende factuur.',
  'raise.purchase':
    'Koop zelf een extra seat: die wordt per jaar gefactureerd vanaf de besteldatum, naar rato als het contract eerder afloopt.',
  'raise.warn': 'Boven de limiet gaan mag, maar de extra licenties worden gefactureerd.',
  'raise.none': 'Hier geldt geen limiet.',

  'period.month': 'maand',
  'period.year': 'jaar',
  'per.month': 'per maand',
  'per.year': 'per jaar',

  'outcome.allow': 'Binnen de limiet',
  'outcome.warn': 'Let op: licentielimiet',
  'outcome.confirm': 'Aankoop extra seat bevestigen',
  'outcome.block': 'Licentielimiet bereikt',
};
