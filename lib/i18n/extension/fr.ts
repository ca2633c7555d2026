import type { ExtensionCatalogue } from './en';

// Terms from Echometer's French page (004), with its informal "tu" made formal; \u00a0 is the no-break
// space French puts before ":" and ";" and inside « ».
export const extensionFr: ExtensionCatalogue = {
  'why.logins':
    'Chaque utilisateur qui peut se connecter occupe une licence, qu’il soit lié à un collaborateur ou non\u00a0; un collaborateur sans utilisateur ne compte pas.',
  'why.active-employees': 'Selon l’ancien mode de calcul, chaque collaborateur actif occupe une licence.',
  'why.module':
    'Un utilisateur occupe une licence {module} dès qu’il a des identifiants de connexion et un profil comprenant le module {module}.',
  'why.teams': 'Chaque équipe non archivée est facturée comme une unité.',
  'why.active-members':
    'Seuls les membres actifs sont facturés, c’est-à-dire ceux qui font partie d’au moins une équipe non archivée.',
  'why.role': 'Chaque utilisateur disposant des droits {role} occupe une licence.',

  'dialog.continue': 'Continuer',
  'dialog.cancel': 'Annuler',
  'dialog.back': 'Retour au formulaire',
  'dialog.confirm': 'Confirmer l’achat',
  'dialog.confirm-total': 'Confirmer l’achat de {amount}',
  'dialog.stop-title': 'Vérification des licences impossible',

  'options.title': 'Options de seatguard',
  'options.loading': 'Chargement de vos réglages…',
  'options.save': 'Enregistrer',

  'options.connections.title': 'Connexions à la Seat API',
  'options.connections.intro':
    'Pour chaque hôte\u00a0: l’adresse de sa Seat API et votre jeton. Le jeton reste dans seatguard.',
  'options.connections.built-in': 'intégré',
  'options.connections.custom': 'votre adaptateur',
  'options.field.base-url': 'URL de base de la Seat API',
  'options.field.token': 'Jeton',
  'options.field.tenant': 'Organisation à tester',
  'options.field.tenant-hint':
    'L’identifiant de l’organisation que lit «\u00a0Tester la connexion\u00a0», tel qu’il figure dans l’adresse de la page d’administration.',
  'options.token.show': 'Afficher le jeton',
  'options.token.hide': 'Masquer le jeton',
  'options.test': 'Tester la connexion',
  'options.error.base-url':
    'Saisissez une adresse commençant par http:// ou https://, par exemple https://vendor.example/seat-api/.',
  'options.error.token': 'Saisissez le jeton fourni par l’éditeur.',
  'options.error.tenant':
    'Saisissez l’identifiant d’une organisation pour le test, par exemple acme-demo (minuscules, chiffres, tirets).',
  'options.save.testing': 'Test de la connexion avant l’enregistrement…',
  'options.save.tested':
    'Connecté à {org} et enregistré. Les pages de {name} utilisent désormais cette connexion.',
  'options.save.not-saved': 'Non enregistré.',
  'options.unsaved.page':
    'Pas encore enregistré\u00a0: {forms}. Quitter ou recharger cette page fait perdre ces modifications.',
  'options.unsaved.form': 'Pas encore enregistré.',
  'options.unsaved.import': 'Pas encore importé.',
  'options.test.not-found-v1':
    'La Seat API a répondu 404\u00a0: cette URL de base se termine par /v1, et seatguard ajoute /v1/… lui-même. Utilisez plutôt {suggested}.',
  'options.test.not-seat-api':
    'Le serveur à cette adresse a répondu, mais pas comme une Seat API. Vérifiez l’URL de base.',
  'options.save.denied':
    'Non enregistré\u00a0: seatguard a besoin de votre autorisation pour contacter {origin}. Cliquez de nouveau sur Enregistrer et autorisez l’accès.',
  'options.save.failed': 'Impossible d’enregistrer\u00a0: {detail}',
  'options.test.running': 'Test de la connexion en cours…',
  'options.test.denied':
    'Non testé\u00a0: seatguard a besoin de votre autorisation pour contacter {origin}. Cliquez de nouveau sur Tester la connexion et autorisez l’accès.',
  'options.test.no-answer':
    'L’arrière-plan de seatguard n’a pas répondu. Rechargez l’extension depuis la page des extensions, puis réessayez.',
  'options.test.ok': {
    one: 'Connecté à {name} ({count}\u00a0pool).',
    other: 'Connecté à {name} ({count}\u00a0pools).',
  },
  'options.test.network':
    'Impossible de joindre {url}. Vérifiez l’adresse et assurez-vous que le serveur est démarré.',
  'options.test.unauthorized':
    'La Seat API a refusé le jeton (401). Vérifiez que vous avez copié le jeton en entier et qu’il n’a pas expiré.',
  'options.test.forbidden':
    'Le jeton est valide mais ne permet pas de lire l’organisation {tenant} (403). Utilisez un jeton pour cette organisation ou vérifiez l’identifiant.',
  'options.test.not-found':
    'La Seat API ne connaît pas l’organisation {tenant} (404). Vérifiez l’identifiant de l’organisation et l’URL de base.',
  'options.test.invalid-response':
    'Le serveur à cette adresse a répondu, mais pas comme une Seat API\u00a0: «\u00a0{detail}\u00a0» manque ou est incorrect. Vérifiez l’URL de base.',
  'options.test.timeout':
    'La Seat API n’a pas répondu à temps. Réessayez\u00a0; si cela se reproduit, vérifiez le serveur.',
  'options.test.rate-limited':
    'La Seat API limite les requêtes (429). Patientez une minute, puis testez de nouveau.',
  'options.test.server-error':
    'La Seat API a rencontré une erreur serveur. Réessayez plus tard ou contactez l’éditeur. Détails\u00a0: {detail}',
  'options.test.config': 'Ces réglages ne sont pas utilisables\u00a0: {detail}',
  'options.test.other': 'Le test a échoué ({code})\u00a0: {detail}',

  'options.adapters.title': 'Adaptateurs d’hôte',
  'options.adapters.intro':
    'Un adaptateur indique à seatguard où se trouvent les pages d’administration d’un produit et quels formulaires modifient les licences.',
  'options.adapters.built-in': 'Adaptateurs intégrés',
  'options.adapters.custom': 'Vos adaptateurs',
  'options.adapters.none': 'Vous n’avez encore importé aucun adaptateur.',
  'options.adapters.matches': 'S’exécute sur',
  'options.adapters.active': 'Actif',
  'options.adapters.inactive':
    'Enregistré, mais inactif tant que vous n’accordez pas à seatguard l’accès à ses pages.',
  'options.adapters.grant': 'Accorder l’accès',
  'options.adapters.remove': 'Supprimer',
  'options.adapters.remove-label': 'Supprimer {name}',
  'options.adapters.grant-label': 'Accorder l’accès pour {name}',
  'options.adapters.removed': '{name} a été supprimé.',
  'options.adapters.granted': '{name} est désormais actif.',
  'options.adapters.grant-denied': 'L’accès n’a pas été accordé, {name} reste donc inactif.',

  'options.import.title': 'Importer des adaptateurs',
  'options.import.text': 'JSON d’adaptateur\u00a0: un adaptateur ou une liste d’adaptateurs',
  'options.import.file': 'Ou charger un fichier JSON',
  'options.import.button': 'Importer',
  'options.import.loaded': 'Le fichier est chargé ci-dessous. Vérifiez-le, puis cliquez sur Importer.',
  'options.import.file-failed': 'Impossible de lire le fichier\u00a0: {detail}',
  'options.import.empty': 'Collez d’abord du JSON d’adaptateur ou choisissez un fichier.',
  'options.import.json':
    'Ce n’est pas du JSON valide\u00a0: {found} inattendu à la ligne {line}, colonne {column}.',
  'options.import.json-end':
    'Ce n’est pas du JSON valide\u00a0: le texte s’arrête trop tôt, à la ligne {line}, colonne {column}.',
  'options.import.invalid': 'Rien n’a été importé. Corrigez d’abord ces problèmes\u00a0:',
  'options.import.built-in-id':
    'l’identifiant «\u00a0{id}\u00a0» appartient à un adaptateur intégré\u00a0; choisissez-en un autre',
  'options.import.repeated-id': 'l’identifiant «\u00a0{id}\u00a0» apparaît plusieurs fois dans cet import',
  'options.import.done': {
    one: '{count}\u00a0adaptateur importé\u00a0; il est actif.',
    other: '{count}\u00a0adaptateurs importés\u00a0; ils sont actifs.',
  },
  'options.import.inactive': {
    one: '{count}\u00a0adaptateur importé. Il reste inactif tant que vous n’accordez pas l’accès à ses pages.',
    other:
      '{count}\u00a0adaptateurs importés. Ils restent inactifs tant que vous n’accordez pas l’accès à leurs pages.',
  },

  // A host adapter's problems as sentences (lib/extension/options/import-issues.ts), after "path: ".
  'options.issue.unknown-key':
    'seatguard ne connaît aucun réglage «\u00a0{key}\u00a0» ici. Supprimez-le ou vérifiez son orthographe.',
  'options.issue.unknown-key-like':
    'seatguard ne connaît aucun réglage «\u00a0{key}\u00a0» ici. Vouliez-vous dire «\u00a0{known}\u00a0»\u00a0? Les majuscules comptent.',
  'options.issue.missing': 'Ce réglage manque.',
  'options.issue.needs-one-of': 'Il faut ici l’un de ces réglages\u00a0: {keys}.',
  'options.issue.one-of': 'Utilisez l’une de ces valeurs\u00a0: {values}.',
  'options.issue.text': 'Ceci doit être un texte entre guillemets droits doubles.',
  'options.issue.number': 'Ceci doit être un nombre.',
  'options.issue.list': 'Ceci doit être une liste entre crochets.',
  'options.issue.object': 'Ceci doit être un objet entre accolades, contenant des réglages.',
  'options.issue.empty': 'Ceci ne doit pas être vide.',
  'options.issue.too-few': {
    one: 'Cette liste doit contenir au moins {count} élément.',
    other: 'Cette liste doit contenir au moins {count} éléments.',
  },
  'options.issue.too-long': {
    one: 'C’est trop long\u00a0: {count} caractère au plus.',
    other: 'C’est trop long\u00a0: {count} caractères au plus.',
  },
  'options.issue.at-least': 'Utilisez un nombre supérieur ou égal à {min}.',
  'options.issue.above': 'Utilisez un nombre supérieur à {min}.',
  'options.issue.at-most': 'Utilisez un nombre inférieur ou égal à {max}.',
  'options.issue.adapter-id':
    'Utilisez un identifiant comme «\u00a0acme-admin\u00a0»\u00a0: minuscules, chiffres et tirets, commençant par une lettre ou un chiffre.',
  'options.issue.match-pattern':
    'Utilisez un motif de correspondance comme «\u00a0https://admin.example.com/*\u00a0»\u00a0: http ou https, un hôte, puis un chemin.',
  'options.issue.tenant-pattern':
    'Utilisez une expression régulière avec un groupe nommé tenant\u00a0: (?<tenant>…).',
  'options.issue.id-pattern': 'Utilisez une expression régulière avec un groupe nommé id\u00a0: (?<id>…).',
  'options.issue.data-attribute':
    'Utilisez le nom d’un attribut data, par exemple «\u00a0data-user-id\u00a0».',
  'options.issue.field-name':
    'Utilisez le nom d’un champ de formulaire\u00a0: lettres, chiffres et _ . - [ ], 80 caractères au plus.',
  'options.issue.url': 'Utilisez une adresse qui commence par http:// ou https://.',
  'options.issue.selector': 'Le navigateur n’accepte pas «\u00a0{selector}\u00a0» comme sélecteur CSS.',
  'options.issue.invalid': 'Cette valeur n’est pas valide ici.',

  'options.export.title': 'Exporter les adaptateurs',
  'options.export.download': 'Télécharger le JSON',
  'options.export.copy': 'Copier dans le presse-papiers',
  'options.export.nothing': 'Vous n’avez encore aucun adaptateur personnel à exporter.',
  'options.export.downloaded': 'Enregistré sous {file} dans vos téléchargements.',
  'options.export.copied': 'Vos adaptateurs sont dans le presse-papiers.',
  'options.export.copy-failed': 'Impossible de copier dans le presse-papiers\u00a0: {detail}',

  'options.settings.title': 'Réglages',
  'options.field.warn-at': 'Seuil d’alerte (%)',
  'options.field.warn-at-hint':
    'Avertir quand un pool atteint cette part de sa limite. Laissez vide pour utiliser le seuil propre à chaque éditeur.',
  'options.error.warn-at': 'Saisissez un pourcentage de 1 à 100, ou laissez le champ vide.',
  'options.field.lang': 'Langue',
  'options.lang.auto': 'Automatique (langue du navigateur)',
  'options.settings.saved': 'Réglages enregistrés.',
  'options.agent.title': 'Recherche pour le support',
  'options.agent.intro':
    'Pour le support\u00a0: l’adresse de la Seat API et un jeton d’agent, avec lequel la fenêtre de la barre d’outils trouve tout client par identifiant ou par nom. Le jeton reste dans seatguard.',
  'options.agent.saved': 'Enregistré. La fenêtre de recherche utilise maintenant cette connexion.',
  'options.agent.removed': 'La connexion d’agent a été supprimée.',
  'options.agent.remove': 'Supprimer',
  'options.agent.tested': 'Connecté\u00a0: le jeton d’agent peut rechercher des clients.',
  'options.agent.forbidden':
    'Le jeton est valide mais ce n’est pas un jeton d’agent (403)\u00a0: il ne peut pas rechercher de clients. Utilisez un jeton d’agent.',

  'popup.title': 'seatguard\u00a0: rechercher un client',
  'popup.menu': 'Vérifier les licences de «\u00a0{selection}\u00a0»',
  'popup.search.label': 'Identifiant ou nom du client',
  'popup.search.hint':
    'Tapez pour rechercher. Les flèches haut et bas choisissent, Entrée ouvre, Échap ferme la liste.',
  'popup.search.results': 'Clients trouvés',
  'popup.search.searching': 'Recherche…',
  'popup.search.found': { one: '{count} client trouvé.', other: '{count} clients trouvés.' },
  'popup.search.none': 'Aucun client ne correspond à «\u00a0{q}\u00a0».',
  'popup.error.unconfigured':
    'Aucune connexion d’agent n’est configurée. Indiquez l’adresse de la Seat API et votre jeton d’agent dans les options de seatguard.',
  'popup.error.unauthorized':
    'La Seat API a refusé le jeton d’agent (401). Vérifiez le jeton d’agent dans les options de seatguard.',
  'popup.error.forbidden':
    'Ce jeton ne peut pas rechercher de clients (403)\u00a0: ce n’est pas un jeton d’agent. Indiquez un jeton d’agent dans les options de seatguard.',
  'popup.error.no-answer': 'L’arrière-plan de seatguard n’a pas répondu. Fermez la fenêtre puis rouvrez-la.',
  'popup.open-options': 'Ouvrir les options',
  'popup.copy': 'Copier le résumé',
  'popup.export': 'Exporter les utilisateurs facturés (CSV)',
  'popup.admin': 'Ouvrir la page d’administration',
  'popup.copied': 'Le résumé est dans le presse-papiers.',
  'popup.copy-failed': 'Impossible de copier dans le presse-papiers\u00a0: {detail}',
  'popup.exported': 'Enregistré sous {file} dans vos téléchargements.',
  'popup.export-failed': 'Impossible d’exporter les utilisateurs facturés\u00a0: {detail}',
  'popup.summary.tenant': '{name} ({tenant})',
  'popup.summary.pool': '{pool}\u00a0: {used}/{limit}, {level}',
  'popup.summary.pool-unlimited': '{pool}\u00a0: {used}, sans limite, {level}',
  'popup.summary.as-of': 'Données au {date}',
  'popup.csv.vendor-count': {
    one: '{pool}\u00a0: le fournisseur compte {count} licence\u00a0; les lignes ci-dessous viennent des seules listes.',
    other:
      '{pool}\u00a0: le fournisseur compte {count} licences\u00a0; les lignes ci-dessous viennent des seules listes.',
  },

  // The panel in the extension: the guard's notes, and errors whose advice points to seatguard's options.
  'panel.raise-link': 'Augmenter la limite',

  'note.guard-failed-open':
    'seatguard n’a pas pu vérifier ce formulaire (pas de données de licences à jour)\u00a0; il a donc été envoyé sans vérification.',
  'note.guard-failed-closed':
    'seatguard n’a pas pu vérifier ce formulaire (pas de données de licences à jour)\u00a0; il n’a donc pas été envoyé. Actualisez les données de licences, puis renvoyez-le.',
  'note.guard-error':
    'seatguard a rencontré une erreur en vérifiant ce formulaire\u00a0; il n’a donc pas été comparé à la limite de licences.',
  'note.storage-failed':
    'seatguard n’a pas pu conserver les données de licences dans le stockage du navigateur pour le prochain démarrage. Les chiffres affichés sont à jour\u00a0; après un redémarrage, ils seront à nouveau récupérés.',
  'error.unauthorized':
    'La Seat API a refusé le jeton (401). Vérifiez le jeton dans les options de seatguard.',
  'error.forbidden':
    'Ce jeton ne permet pas de lire cette organisation dans la Seat API (403). Indiquez un jeton pour cette organisation dans les options de seatguard.',
  'error.not-found':
    'La Seat API ne connaît pas cette organisation (404). Vérifiez l’adresse de l’API et l’organisation dans les options de seatguard.',
  'error.unconfigured':
    'seatguard n’est pas encore configuré pour ce site. Ouvrez les options de seatguard pour ajouter l’adresse de la Seat API et un jeton.',
  'error.unknown-tenant':
    'seatguard ne sait pas à quelle organisation appartient cette page. Vérifiez l’organisation dans les options de seatguard.',
  'error.bad-adapter':
    'seatguard ne comprend pas la structure de cette page (adaptateur d’hôte). Mettez seatguard à jour ou signalez le problème à ses mainteneurs.',
  'error.too-large':
    'La Seat API a envoyé plus de données que seatguard n’en accepte\u00a0; aucun chiffre n’est donc affiché. seatguard redemande dans 10 minutes, ou tout de suite avec Actualiser. Demandez à l’éditeur de vérifier sa Seat API.',

  // Reasons only the guard gives: removals and set-purchased (the widget's what-if only adds seats).
  'reason.next-invoice':
    '{pool}\u00a0: le changement s’applique à partir de la prochaine facture ({date}), jamais rétroactivement.',

  // Nouns for {unit} are feminine (licence): the agreements are written for them.
  'raise.block': 'Demandez à l’éditeur d’augmenter la limite.',
  'raise.purchase': 'Achetez des {unit} supplémentaires pour augmenter la limite.',
  'raise.warn': 'Le dépassement est autorisé, mais les {unit} supplémentaires sont facturées.',
  'raise.none': 'Aucune limite ne s’applique ici.',

  'free.logins': 'Dissociez l’utilisateur du collaborateur, puis supprimez l’utilisateur.',
  'free.active-employees': 'Passez le collaborateur en inactif.',
  'free.module':
    'Déplacez l’utilisateur vers un profil sans module\u00a0: il peut encore se connecter, mais n’utilise aucun module. Pour bloquer aussi sa connexion, réglez en plus «\u00a0Gäller t o m\u00a0» sur une date passée.',
  'free.teams': 'Archivez l’équipe\u00a0: les équipes archivées ne sont pas facturées.',
  'free.active-members':
    'Archivez les équipes devenues inutiles\u00a0: les membres qui ne font partie d’aucune autre équipe active ne sont plus facturés à partir du mois suivant.',
  'free.role':
    'Retirez à l’utilisateur ses droits d’administrateur ou de gestionnaire\u00a0; le compte lui-même est conservé.',
  // 001: a past valid-until alone frees nothing; only a profile with no modules does.
  'next.expired-logins':
    'Leur connexion a déjà expiré, mais ils occupent toujours des licences\u00a0: déplacez-les vers un profil sans module pour les libérer.',
  'next.inactive-members':
    'Ne les supprimez que s’ils n’ont plus besoin d’accès\u00a0: le bouton «\u00a0Supprimer les membres inactifs de l’espace de travail\u00a0» les supprime en un clic. Cela ne fait rien économiser.',

  'title.below-usage': 'En dessous de l’utilisation actuelle',
  'title.frees': 'Cela libère de la place',
  'title.lowers': 'Cela réduit la facture',
  'dialog.or-free': 'Ou libérer de la place',
  'dialog.holders': 'Actuellement dans {pool}, les moins récemment actifs d’abord\u00a0: {names}.',
  'dialog.confirm-cost': 'Confirmer {amount} de plus {per}',

  'reason.no-seat-change': 'Cela ne change aucun décompte.',
  'reason.frees-seats': '{pool}\u00a0: cela libère {count} {unit}.',
  'reason.below-usage':
    '{pool}\u00a0: impossible de descendre à {purchased}, car {used} sont utilisées. Supprimez d’abord des utilisateurs ou leurs identifiants de connexion.',

  'csv.why.login': 'Peut se connecter\u00a0; aucun collaborateur associé',
  'csv.why.login-employee': 'Peut se connecter\u00a0; associé au collaborateur {employee}',
  'csv.why.active-employee': 'Collaborateur actif',
  'csv.why.module': 'Le profil {profile} donne accès au module {module}',
  'csv.why.team': 'Équipe active (non archivée)',
  'csv.why.active-team': 'Membre de l’équipe active {teams}',
  'csv.why.role': 'A le rôle {roles}',
  'popup.csv.unused': {
    one: '{pool}\u00a0: {count} {unit} achetée est facturée mais pas utilisée, donc sans ligne.',
    other: '{pool}\u00a0: {count} {unit} achetées sont facturées mais pas utilisées, donc sans ligne.',
  },
  'launcher.seats': 'Licences',
  'launcher.close': 'Fermer le panneau des licences',
};
