import type { Catalogue } from './en';

// Terms from Echometer's French page (004), with its informal "tu" made formal; \u00a0 is the no-break
// space French puts before ":" and ";" and inside « ».
export const fr: Catalogue = {
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
  'reason.frees-seats': {
    one: '{pool}\u00a0: cela libère {count} licence.',
    other: '{pool}\u00a0: cela libère {count} licences.',
  },
  'reason.below-usage':
    '{pool}\u00a0: impossible de descendre à {purchased}, car l’utilisation actuelle est de {used}. Supprimez d’abord des utilisateurs ou leurs identifiants de connexion.',
  'reason.next-invoice':
    '{pool}\u00a0: le changement s’applique à partir de la prochaine facture ({date}), jamais rétroactivement.',
  'reason.no-seat-change': 'Le nombre de licences ne change pas.',

  'suggestion.unused-seats': {
    one: '{pool}\u00a0: {count} licence achetée n’est pas utilisée. La résilier permet d’économiser {saving} à partir du {date}.',
    other:
      '{pool}\u00a0: {count} licences achetées ne sont pas utilisées. Les résilier permet d’économiser {saving} à partir du {date}.',
  },
  'suggestion.inactive-members': {
    one: '{pool}\u00a0: {count} membre ne fait partie d’aucune équipe active et n’est pas facturé. Le bouton «\u00a0Supprimer les membres inactifs de l’espace de travail\u00a0» retire ces membres, qui perdent alors leur accès.',
    other:
      '{pool}\u00a0: {count} membres ne font partie d’aucune équipe active et ne sont pas facturés. Le bouton «\u00a0Supprimer les membres inactifs de l’espace de travail\u00a0» les retire\u00a0; ils perdent alors leur accès.',
  },
  'suggestion.expired-logins': {
    one: '{pool}\u00a0: {count} utilisateur dont l’accès a expiré occupe encore une licence. Déplacez-le vers un profil sans module pour la libérer.',
    other:
      '{pool}\u00a0: {count} utilisateurs dont l’accès a expiré occupent encore des licences. Déplacez-les vers un profil sans module pour les libérer.',
  },
  'suggestion.empty-teams': {
    one: '{pool}\u00a0: {count} équipe active n’a aucun membre mais reste facturée. Archivez-la pour économiser {saving}.',
    other:
      '{pool}\u00a0: {count} équipes actives n’ont aucun membre mais restent facturées. Archivez-les pour économiser {saving}.',
  },

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

  'why.logins':
    'Chaque utilisateur qui peut se connecter occupe une licence, qu’il soit lié à un collaborateur ou non\u00a0; un collaborateur sans utilisateur ne compte pas.',
  'why.active-employees': 'Selon l’ancien mode de calcul, chaque collaborateur actif occupe une licence.',
  'why.module':
    'Un utilisateur occupe une licence {module} dès qu’il a des identifiants de connexion et un profil comprenant le module {module}.',
  'why.teams': 'Chaque équipe non archivée est facturée comme une unité.',
  'why.active-members':
    'Seuls les membres actifs sont facturés, c’est-à-dire ceux qui font partie d’au moins une équipe non archivée.',
  'why.role': 'Chaque utilisateur disposant des droits {role} occupe une licence.',

  'free.logins': 'Dissociez l’utilisateur du collaborateur, puis supprimez l’utilisateur.',
  'free.active-employees': 'Désactivez le collaborateur.',
  'free.module':
    'Déplacez l’utilisateur vers un profil sans module\u00a0; pour bloquer aussi sa connexion, fixez une date de fin de validité déjà passée.',
  'free.teams': 'Archivez l’équipe\u00a0: les équipes archivées ne sont pas facturées.',
  'free.active-members':
    'Archivez des équipes ou supprimez les membres inactifs\u00a0; les membres sans équipe active ne sont plus facturés à partir du mois suivant.',
  'free.role': 'Retirez à l’utilisateur ses droits {role}.',

  'raise.block':
    'Demandez à l’éditeur d’augmenter votre licence. Les licences s’ajoutent à l’unité et prennent effet sur la prochaine facture.',
  'raise.purchase':
    'Achetez vous-même une licence supplémentaire\u00a0: elle est facturée à l’année à partir de la date de commande, au prorata si le contrat se termine avant.',
  'raise.warn': 'Le dépassement est autorisé, mais les licences supplémentaires sont facturées.',
  'raise.none': 'Aucune limite ne s’applique ici.',

  'period.month': 'mois',
  'period.year': 'an',
  'per.month': 'par mois',
  'per.year': 'par an',

  'outcome.allow': 'Dans la limite',
  'outcome.warn': 'Alerte\u00a0: limite de licences',
  'outcome.confirm': 'Confirmer l’achat d’une licence supplémentaire',
  'outcome.block': 'Limite de licences atteinte',
};
