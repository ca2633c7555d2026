import type { PanelCatalogue } from './en';

// Terms from Echometer's French page (004), with its informal "tu" made formal; \u00a0 is the no-break
// space French puts before ":" and ";" and inside « ».
export const panelFr: PanelCatalogue = {
  'reason.over-limit':
    '{pool}\u00a0: cela porterait l’utilisation à {after} sur {limit}, au-delà de la limite.',
  'reason.near-limit':
    '{pool}\u00a0: cela porterait l’utilisation à {after} sur {limit}, proche de la limite.',
  'reason.needs-purchase': {
    one: '{pool}\u00a0: toutes les licences sont prises, il faut acheter {count} licence supplémentaire.',
    other: '{pool}\u00a0: toutes les licences sont prises, il faut acheter {count} licences supplémentaires.',
  },
  'reason.adds-cost': {
    one: '{pool}\u00a0: cela ajoute {count} licence facturée, soit {amount} de plus par {period}.',
    other: '{pool}\u00a0: cela ajoute {count} licences facturées, soit {amount} de plus par {period}.',
  },
  'reason.no-seat-change': 'Le nombre de licences ne change pas.',

  'suggestion.unused-seats': {
    one: '{pool}\u00a0: {count} licence achetée n’est pas utilisée. La résilier permet d’économiser {saving} à partir du {date}.',
    other:
      '{pool}\u00a0: {count} licences achetées ne sont pas utilisées. Les résilier permet d’économiser {saving} à partir du {date}.',
  },
  'suggestion.inactive-members': {
    one: '{pool}\u00a0: {count} membre ne fait partie d’aucune équipe active et n’est pas facturé\u00a0: {names}. Le bouton «\u00a0Supprimer les membres inactifs de l’espace de travail\u00a0» retire ces membres, qui perdent alors leur accès.',
    other:
      '{pool}\u00a0: {count} membres ne font partie d’aucune équipe active et ne sont pas facturés\u00a0: {names}. Le bouton «\u00a0Supprimer les membres inactifs de l’espace de travail\u00a0» les retire\u00a0; ils perdent alors leur accès.',
  },
  'suggestion.expired-logins': {
    one: '{pool}\u00a0: {count} utilisateur dont l’accès a expiré occupe encore une licence\u00a0: {names}. Déplacez-le vers un profil sans module pour la libérer.',
    other:
      '{pool}\u00a0: {count} utilisateurs dont l’accès a expiré occupent encore des licences\u00a0: {names}. Déplacez-les vers un profil sans module pour les libérer.',
  },
  'suggestion.empty-teams': {
    one: '{pool}\u00a0: {count} équipe active n’a aucun membre mais reste facturée\u00a0: {names}. Archivez-la pour économiser {saving}.',
    other:
      '{pool}\u00a0: {count} équipes actives n’ont aucun membre mais restent facturées\u00a0: {names}. Archivez-les pour économiser {saving}.',
  },
  'suggestion.more': '+{count} autres',

  'level.ok': 'OK',
  'level.near': 'Presque complet',
  'level.full': 'Complet',
  'level.over': 'Limite dépassée',

  'kind.logins': 'utilisateurs',
  'kind.active-employees': 'collaborateurs actifs',
  'kind.module': 'licences {module}',
  'kind.teams': 'licences d’équipe',
  'kind.active-members': 'membres actifs de l’espace de travail',
  'kind.role': 'licences {role}',

  'period.month': 'mois',
  'period.year': 'an',
  'per.month': 'par mois',
  'per.year': 'par an',

  'outcome.allow': 'Dans la limite',
  'outcome.warn': 'Alerte\u00a0: limite de licences',
  'outcome.confirm': 'Confirmer l’achat d’une licence supplémentaire',
  'outcome.block': 'Limite de licences atteinte',

  'reason.adds-cost-unpriced': {
    one: '{pool}\u00a0: cela ajoute {count} licence facturée.',
    other: '{pool}\u00a0: cela ajoute {count} licences facturées.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}\u00a0: {count} licence achetée n’est pas utilisée. Vous pouvez la résilier à partir de la prochaine facture.',
    other:
      '{pool}\u00a0: {count} licences achetées ne sont pas utilisées. Vous pouvez les résilier à partir de la prochaine facture.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}\u00a0: {count} équipe active n’a aucun membre\u00a0: {names}. Archivez-la si elle n’est plus utile.',
    other:
      '{pool}\u00a0: {count} équipes actives n’ont aucun membre\u00a0: {names}. Archivez-les si elles ne sont plus utiles.',
  },

  'usage.of': '{used} sur {limit} {unit}',
  'usage.split': 'inclus\u00a0: {included}, achetés\u00a0: {purchased}',
  'usage.unlimited': '{unit}\u00a0: {used}, sans limite',
  'unit.seats': 'licences',

  'pool.summary': '{pool}\u00a0: {usage}. Niveau\u00a0: {level}.',
  'pool.billed': { one: 'Licence facturée\u00a0: {count}', other: 'Licences facturées\u00a0: {count}' },
  'pool.free': { one: '{count} licence libre', other: '{count} licences libres' },
  'pool.none-free': 'Aucune licence libre',
  'pool.over-by': {
    one: '{count} licence au-delà de la limite',
    other: '{count} licences au-delà de la limite',
  },

  'cost.term': {
    one: '{count} licence × {unit} = {amount} {per}, du {from} au {to}',
    other: '{count} licences × {unit} = {amount} {per}, du {from} au {to}',
  },
  'cost.recurring': {
    one: '{count} licence × {unit} = {amount} {per}, à partir du {from}',
    other: '{count} licences × {unit} = {amount} {per}, à partir du {from}',
  },
  'cost.prorated': 'au prorata jusqu’à la fin du contrat',

  'panel.title': 'Licences – {name}',
  'panel.level': 'Niveau des licences\u00a0: {level}',
  'panel.age': 'mis à jour {age}',
  'panel.stale': 'Obsolète',
  'panel.refresh': 'Actualiser',
  'panel.loading': 'Chargement des licences…',
  'panel.suggestions': 'Suggestions',

  'error.rate-limited': 'La Seat API limite les requêtes (429). Patientez une minute, puis actualisez.',
  'error.timeout': 'La Seat API n’a pas répondu à temps. Actualisez pour réessayer.',
  'error.network': 'Impossible de joindre la Seat API. Vérifiez votre connexion, puis actualisez.',
  'error.invalid-response':
    'La Seat API a envoyé des données que seatguard ne sait pas lire\u00a0; aucun chiffre n’est donc affiché. Demandez à l’éditeur de vérifier sa Seat API.',
  'error.server-error':
    'La Seat API a rencontré une erreur serveur. Actualisez plus tard\u00a0; si le problème persiste, contactez l’éditeur.',
  'error.other': 'Impossible de charger les données de licences ({code}). Actualisez pour réessayer.',

  'error.widget-token':
    'La Seat API a refusé le jeton de cette page (401). Rechargez la page ou prévenez l’administrateur du portail.',
  'error.widget-setup': 'Ce widget de licences est mal configuré. Prévenez l’administrateur du portail.',
  'whatif.title': 'Et si vous en ajoutiez d’autres\u00a0?',
  'whatif.add': '{pool}\u00a0: combien de plus',
  'whatif.note': 'Simple aperçu\u00a0: rien n’est modifié.',
};
