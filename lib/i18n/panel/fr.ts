import type { PanelCatalogue } from './en';

// Terms from Echometer's French page (004), with its informal "tu" made formal; \u00a0 is the no-break
// space French puts before ":" and ";" and inside « ».
export const panelFr: PanelCatalogue = {
  // Over and near the limit alike: {level} is the level the panel then shows. Nouns for {unit} are
  // feminine (licence), so the agreements below are written for them.
  'reason.level': '{pool}\u00a0: {after} sur {limit} après cette modification, {level}.',
  'reason.needs-purchase': {
    one: '{pool}\u00a0: la limite est atteinte, il faut donc {count} {unit} supplémentaire.',
    other: '{pool}\u00a0: la limite est atteinte, il faut donc {count} {unit} supplémentaires.',
  },
  'reason.adds-cost': {
    one: '{pool}\u00a0: cela ajoute {count} {unit} facturée.',
    other: '{pool}\u00a0: cela ajoute {count} {unit} facturées.',
  },

  'suggestion.unused-seats': {
    one: '{pool}\u00a0: {count} {unit} achetée n’est pas utilisée. La résilier fait économiser {saving} à partir du {date}.',
    other:
      '{pool}\u00a0: {count} {unit} achetées ne sont pas utilisées. Les résilier fait économiser {saving} à partir du {date}.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}\u00a0: {count} {unit} achetée n’est pas utilisée. Elle peut être résiliée à partir de la prochaine facture.',
    other:
      '{pool}\u00a0: {count} {unit} achetées ne sont pas utilisées. Elles peuvent être résiliées à partir de la prochaine facture.',
  },
  'suggestion.inactive-members': {
    one: '{pool}\u00a0: {count} membre ne fait partie d’aucune équipe active et n’est donc pas facturé\u00a0: {names}.',
    other:
      '{pool}\u00a0: {count} membres ne font partie d’aucune équipe active et ne sont donc pas facturés\u00a0: {names}.',
  },
  'suggestion.expired-logins': {
    one: '{pool}\u00a0: {count} utilisateur dont l’accès a expiré occupe encore une {unit}\u00a0: {names}.',
    other:
      '{pool}\u00a0: {count} utilisateurs dont l’accès a expiré occupent encore des {unit}\u00a0: {names}.',
  },
  'suggestion.empty-teams': {
    one: '{pool}\u00a0: {count} équipe active n’a aucun membre mais reste facturée\u00a0: {names}. L’archiver fait économiser {saving} à partir du {date}.',
    other:
      '{pool}\u00a0: {count} équipes actives n’ont aucun membre mais restent facturées\u00a0: {names}. Les archiver fait économiser {saving} à partir du {date}.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}\u00a0: {count} équipe active n’a aucun membre\u00a0: {names}.',
    other: '{pool}\u00a0: {count} équipes actives n’ont aucun membre\u00a0: {names}.',
  },
  'suggestion.more': 'et {count} autres',

  'level.ok': 'OK',
  'level.near': 'Presque complet',
  'level.full': 'Complet',
  'level.over': 'Limite dépassée',

  'kind.logins': 'utilisateurs',
  'kind.active-employees': 'collaborateurs actifs',
  'kind.teams': 'licences d’équipe',
  'kind.active-members': 'membres actifs de l’espace de travail',

  'per.month': 'par mois',
  'per.year': 'par an',
  'unit.seat': { one: 'licence', other: 'licences' },
  'price.each': '{price} par {unit}',

  'title.limit': 'La limite est atteinte',
  'title.full': 'Après cela, la limite sera atteinte',
  'title.purchase': {
    one: 'Confirmer l’achat de {count} {unit} supplémentaire',
    other: 'Confirmer l’achat de {count} {unit} supplémentaires',
  },
  'title.cost': 'Cette modification augmente la facture',
  'title.allow': 'Dans la limite',

  'usage.of': '{used} sur {limit} {unit}',
  // "de base", "en supplément": no agreement to get wrong, whatever the noun and however many (0 too).
  'usage.split': '{included} de base + {count} en supplément',
  'usage.unlimited': 'Nombre de {unit}\u00a0: {used}, sans limite',

  'pool.summary': '{pool}\u00a0: {usage}. État\u00a0: {level}.',
  'pool.billed': 'Facturation\u00a0: {count} {unit}',
  'pool.included-price':
    'Incluses dans le contrat, non facturées à part\u00a0; une {unit} supplémentaire coûte {price}.',
  'pool.free': { one: '{count} {unit} libre', other: '{count} {unit} libres' },
  'pool.none-free': 'Aucune {unit} libre',
  'pool.over-by': '{count} {unit} au-delà de la limite',

  'cost.now': '{amount} maintenant, du {from} au {to}\u00a0; ensuite {price}',
  'cost.more': '{amount} de plus {per}, à partir du {from}',
  'cost.less': '{amount} de moins {per}, à partir du {from}',

  'panel.title': 'Licences – {name}',
  'panel.level': 'État des licences\u00a0: {level}',
  'panel.age': 'mis à jour {age}',
  'panel.just-now': 'mis à jour à l’instant',
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
