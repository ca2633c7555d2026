import type { ExtensionMessage, Message } from '../message';

/** What only the extension shows (options page, guard dialogs, popup); the widget never loads these. */
export const extensionEn = {
  'why.logins':
    "Every user who can log in takes a seat, linked to an employee or not; an employee without a user doesn't count.",
  'why.active-employees': 'Under the older way of counting, every unique active employee takes a seat.',
  'why.module':
    'A user takes a {module} licence once they have login details and a profile that includes the {module} module.',
  'why.teams': "Every team that isn't archived is billed as one unit.",
  'why.active-members': "Only active members are billed: members of at least one team that isn't archived.",
  'why.role': 'Every user with {role} rights takes a seat.',

  'dialog.continue': 'Continue',
  'dialog.cancel': 'Cancel',
  'dialog.back': 'Back to the form',
  'dialog.confirm': 'Confirm purchase',
  'dialog.confirm-total': 'Confirm purchase of {amount}',
  'dialog.stop-title': 'Seat check unavailable',

  'options.title': 'seatguard options',
  'options.loading': 'Loading your settings…',
  'options.save': 'Save',

  'options.connections.title': 'Seat API connections',
  'options.connections.intro':
    'For each host: the address of its Seat API and your token. The token stays inside seatguard.',
  'options.connections.built-in': 'built in',
  'options.connections.custom': 'your adapter',
  'options.field.base-url': 'Seat API base URL',
  'options.field.token': 'Token',
  'options.field.tenant': 'Tenant to test',
  'options.field.tenant-hint':
    'The organisation id that Test connection reads, as it appears in the admin page address.',
  'options.token.show': 'Show token',
  'options.token.hide': 'Hide token',
  'options.test': 'Test connection',
  'options.error.base-url':
    'Enter an address starting with http:// or https://, such as https://vendor.example/seat-api/.',
  'options.error.token': 'Enter the token your vendor gave you.',
  'options.error.tenant':
    'Enter the id of an organisation to test with, such as acme-demo (lowercase letters, digits, hyphens).',
  'options.save.testing': 'Testing the connection before saving…',
  'options.save.tested': 'Connected to {org} and saved. Pages of {name} now use this connection.',
  'options.save.not-saved': 'Not saved.',
  'options.unsaved.page': 'Not saved yet: {forms}. Leaving or reloading this page loses these changes.',
  'options.unsaved.form': 'Not saved yet.',
  'options.unsaved.import': 'Not imported yet.',
  'options.test.not-found-v1':
    'The Seat API answered 404: this base URL ends in /v1, and seatguard adds /v1/… itself. Use {suggested} instead.',
  'options.test.not-seat-api':
    'The server at this address answered, but not with a Seat API reply. Check the base URL.',
  'options.save.denied':
    'Not saved: seatguard needs your permission to contact {origin}. Click Save again and allow access.',
  'options.save.failed': 'Could not save: {detail}',
  'options.test.running': 'Testing the connection…',
  'options.test.denied':
    'Not tested: seatguard needs your permission to contact {origin}. Click Test connection again and allow access.',
  'options.test.no-answer':
    'The seatguard background did not answer. Reload the extension on the extensions page, then try again.',
  'options.test.ok': {
    one: 'Connected to {name} ({count} pool).',
    other: 'Connected to {name} ({count} pools).',
  },
  'options.test.network':
    'Could not reach {url}: the server is unreachable. Check the address and that the server is running.',
  'options.test.unauthorized':
    'The Seat API refused the token (401). Check that you copied the whole token and that it has not expired.',
  'options.test.forbidden':
    'The token is valid but may not read tenant {tenant} (403). Use a token for this tenant, or check the tenant id.',
  'options.test.not-found':
    'The Seat API does not know tenant {tenant} (404). Check the tenant id and the base URL.',
  'options.test.invalid-response':
    'The server at this address answered, but not with a Seat API reply: its "{detail}" is missing or wrong. Check the base URL.',
  'options.test.timeout':
    'The Seat API did not answer in time. Try again; if it keeps happening, check the server.',
  'options.test.rate-limited': 'The Seat API is limiting requests (429). Wait a minute, then test again.',
  'options.test.server-error':
    'The Seat API had a server error. Try again later or contact the vendor. Details: {detail}',
  'options.test.config': 'These settings cannot be used: {detail}',
  'options.test.other': 'The test failed ({code}): {detail}',

  'options.adapters.title': 'Host adapters',
  'options.adapters.intro':
    'An adapter tells seatguard where the admin pages of a product are and which of their forms change seats.',
  'options.adapters.built-in': 'Built-in adapters',
  'options.adapters.custom': 'Your adapters',
  'options.adapters.none': 'You have not imported any adapters yet.',
  'options.adapters.matches': 'Runs on',
  'options.adapters.active': 'Active',
  'options.adapters.inactive': 'Saved, but inactive until you grant seatguard access to its pages.',
  'options.adapters.grant': 'Grant access',
  'options.adapters.remove': 'Remove',
  'options.adapters.remove-label': 'Remove {name}',
  'options.adapters.grant-label': 'Grant access for {name}',
  'options.adapters.removed': '{name} was removed.',
  'options.adapters.granted': '{name} is now active.',
  'options.adapters.grant-denied': 'Access was not granted, so {name} stays inactive.',

  'options.import.title': 'Import adapters',
  'options.import.text': 'Adapter JSON: one adapter or an array of adapters',
  'options.import.file': 'Or load a JSON file',
  'options.import.button': 'Import',
  'options.import.loaded': 'The file is loaded below. Check it, then click Import.',
  'options.import.file-failed': 'Could not read the file: {detail}',
  'options.import.empty': 'Paste adapter JSON or choose a file first.',
  'options.import.json': 'This is not valid JSON: unexpected {found} at line {line}, column {column}.',
  'options.import.json-end': 'This is not valid JSON: it ends too early, at line {line}, column {column}.',
  'options.import.invalid': 'Nothing was imported. Fix these problems first:',
  'options.import.built-in-id': 'the id "{id}" belongs to a built-in adapter; choose another id',
  'options.import.repeated-id': 'the id "{id}" appears more than once in this import',
  'options.import.done': {
    one: 'Imported {count} adapter; it is active.',
    other: 'Imported {count} adapters; they are active.',
  },
  'options.import.inactive': {
    one: 'Imported {count} adapter. It stays inactive until you grant access to its pages.',
    other: 'Imported {count} adapters. They stay inactive until you grant access to their pages.',
  },

  // A host adapter's problems as sentences (lib/extension/options/import-issues.ts), after "path: ".
  'options.issue.unknown-key': 'seatguard knows no setting "{key}" here. Remove it, or check its spelling.',
  'options.issue.unknown-key-like':
    'seatguard knows no setting "{key}" here. Did you mean "{known}"? Names are case-sensitive.',
  'options.issue.missing': 'This setting is missing.',
  'options.issue.needs-one-of': 'This needs one of these settings: {keys}.',
  'options.issue.one-of': 'Use one of these values: {values}.',
  'options.issue.text': 'This must be text in double quotes.',
  'options.issue.number': 'This must be a number.',
  'options.issue.list': 'This must be a list in square brackets.',
  'options.issue.object': 'This must be an object in curly braces, with settings inside.',
  'options.issue.empty': 'This must not be empty.',
  'options.issue.too-few': {
    one: 'This list needs at least {count} entry.',
    other: 'This list needs at least {count} entries.',
  },
  'options.issue.too-long': {
    one: 'This is too long: at most {count} character.',
    other: 'This is too long: at most {count} characters.',
  },
  'options.issue.at-least': 'Use a number of at least {min}.',
  'options.issue.above': 'Use a number above {min}.',
  'options.issue.at-most': 'Use a number of at most {max}.',
  'options.issue.adapter-id':
    'Use an id like "acme-admin": lowercase letters, digits and hyphens, starting with a letter or digit.',
  'options.issue.match-pattern':
    'Use a match pattern like "https://admin.example.com/*": http or https, a host, then a path.',
  'options.issue.tenant-pattern': 'Use a regular expression with a group named tenant: (?<tenant>…).',
  'options.issue.id-pattern': 'Use a regular expression with a group named id: (?<id>…).',
  'options.issue.data-attribute': 'Use the name of a data attribute, such as "data-user-id".',
  'options.issue.field-name':
    'Use the name of a form field: letters, digits and _ . - [ ], at most 80 characters.',
  'options.issue.url': 'Use an address that starts with http:// or https://.',
  'options.issue.selector': 'The browser does not accept "{selector}" as a CSS selector.',
  'options.issue.invalid': 'This value is not valid here.',

  'options.export.title': 'Export adapters',
  'options.export.download': 'Download JSON',
  'options.export.copy': 'Copy to clipboard',
  'options.export.nothing': 'There are no adapters of your own to export yet.',
  'options.export.downloaded': 'Saved as {file} in your downloads.',
  'options.export.copied': 'Your adapters are on the clipboard.',
  'options.export.copy-failed': 'Could not copy to the clipboard: {detail}',

  'options.settings.title': 'Settings',
  'options.field.warn-at': 'Warning threshold (%)',
  'options.field.warn-at-hint':
    'Warn when a pool reaches this share of its limit. Leave it empty to use each vendor’s own threshold.',
  'options.error.warn-at': 'Enter a percentage from 1 to 100, or leave the field empty.',
  'options.field.lang': 'Language',
  'options.lang.auto': 'Automatic (browser language)',
  'options.settings.saved': 'Settings saved.',
  'options.agent.title': 'Support agent lookup',
  'options.agent.intro':
    'For support agents: the Seat API address and an agent token, with which the toolbar popup finds any tenant by id or name. The token stays inside seatguard.',
  'options.agent.saved': 'Saved. The popup now searches with this connection.',
  'options.agent.removed': 'The agent connection was removed.',
  'options.agent.remove': 'Remove',
  'options.agent.tested': 'Connected: the agent token may search tenants.',
  'options.agent.forbidden':
    'The token is valid but is not an agent token (403): it may not search tenants. Use an agent token.',

  'popup.title': 'seatguard: tenant lookup',
  'popup.menu': 'Check seats for “{selection}”',
  'popup.search.label': 'Tenant id or name',
  'popup.search.hint': 'Type to search. Up and down arrows choose, Enter opens, Escape closes the list.',
  'popup.search.results': 'Matching tenants',
  'popup.search.searching': 'Searching…',
  'popup.search.found': { one: '{count} tenant found.', other: '{count} tenants found.' },
  'popup.search.none': 'No tenant matches “{q}”.',
  'popup.error.unconfigured':
    'No agent connection is set up. Add the Seat API address and your agent token in seatguard’s options.',
  'popup.error.unauthorized':
    'The Seat API refused the agent token (401). Check the agent token in seatguard’s options.',
  'popup.error.forbidden':
    'This token may not search tenants (403): it is not an agent token. Set an agent token in seatguard’s options.',
  'popup.error.no-answer': 'The seatguard background did not answer. Close the popup and open it again.',
  'popup.open-options': 'Open options',
  'popup.copy': 'Copy summary',
  'popup.export': 'Export billed users (CSV)',
  'popup.admin': 'Open admin page',
  'popup.copied': 'The summary is on the clipboard.',
  'popup.copy-failed': 'Could not copy to the clipboard: {detail}',
  'popup.exported': 'Saved as {file} in your downloads.',
  'popup.export-failed': 'Could not export the billed users: {detail}',
  'popup.summary.tenant': '{name} ({tenant})',
  'popup.summary.pool': '{pool}: {used}/{limit}, {level}',
  'popup.summary.pool-unlimited': '{pool}: {used}, no limit, {level}',
  'popup.summary.as-of': 'Data as of {date}',
  'popup.csv.vendor-count': {
    one: '{pool}: the vendor counts {count} seat; the rows below come from the lists only.',
    other: '{pool}: the vendor counts {count} seats; the rows below come from the lists only.',
  },

  // The panel in the extension: the guard's notes, and errors whose advice points to seatguard's options.
  'panel.raise-link': 'Raise the limit',

  'note.guard-failed-open':
    'seatguard could not check this form (no current seat data), so it was submitted unchecked.',
  'note.guard-failed-closed':
    'seatguard could not check this form (no current seat data), so it was not submitted. Refresh the seat data and submit it again.',
  'note.guard-error':
    'seatguard ran into an error while checking this form, so it was not checked against the seat limit.',
  'note.storage-failed':
    "seatguard could not keep the seat data in the browser's storage for its next start. The numbers shown are current; after a restart they are fetched again.",
  'error.unauthorized': "The Seat API refused the token (401). Check the token in seatguard's options.",
  'error.forbidden':
    "This token may not read this organisation in the Seat API (403). Enter a token for this organisation in seatguard's options.",
  'error.not-found':
    "The Seat API does not know this organisation (404). Check the API address and the organisation in seatguard's options.",
  'error.unconfigured':
    "seatguard is not set up for this site yet. Open seatguard's options to add the Seat API address and a token.",
  'error.unknown-tenant':
    "seatguard cannot tell which organisation this page belongs to. Check the organisation in seatguard's options.",
  'error.bad-adapter':
    'seatguard does not understand how this page is built (host adapter). Update seatguard or report it to its maintainers.',
  'error.too-large':
    'The Seat API sent more seat data than seatguard accepts, so no numbers are shown. seatguard asks again in 10 minutes, or at once on Refresh. Ask the vendor to check their Seat API.',

  // Reasons only the guard gives: removals and set-purchased (the widget's what-if only adds seats).
  'reason.next-invoice': '{pool}: the change takes effect on the next invoice, {date}, never retroactively.',
  // Where the host's adapter gives no words of its vendor: seatguard's neutral ones ({unit}: seats).
  'raise.block': 'Ask the vendor to raise the limit.',
  'raise.purchase': 'Buy extra {unit} to raise the limit.',
  'raise.warn': 'Going over the limit is allowed, but the extra {unit} are billed.',
  'raise.none': 'No limit applies here.',

  // How to free a seat, per count kind, in the terms of the vendor whose model it is (licensing.md A–E).
  'free.logins': 'Unlink the user from the employee, then delete the user.',
  'free.active-employees': 'Set the employee to inactive.',
  'free.module':
    'Move the user to a profile with no modules: they can still log in but use no module. To stop their login too, also set Gäller t o m to a date in the past.',
  'free.teams': 'Archive the team: archived teams are not billed.',
  'free.active-members':
    'Archive teams that are no longer needed: from the next month, members in no other active team are no longer billed.',
  'free.role': 'Remove the user’s admin or manager rights; the account itself stays.',
  // 002: the button removes members in no active team, who are not billed: no saving, only lost access.
  // 001: a past valid-until alone frees nothing; only a profile with no modules does.
  'next.expired-logins':
    'Their login has already ended, yet they still hold licences: move them to a profile with no modules to free those.',
  'next.inactive-members':
    'Remove them only if they no longer need access: the “Remove inactive workspace members” button removes them all at once. It saves nothing.',

  'title.below-usage': 'Below what is in use',
  'title.frees': 'This makes room',
  'title.lowers': 'This lowers the bill',
  // No {unit}: "Or free a user" reads as letting a person go where the vendor counts users (000).
  'dialog.or-free': 'Or make room',
  'dialog.holders': 'In {pool} now, least recently active first: {names}.',
  'dialog.confirm-cost': 'Confirm {amount} more {per}',

  'reason.no-seat-change': 'This changes no seat count.',
  'reason.frees-seats': '{pool}: this frees {count} {unit}.',
  'reason.below-usage':
    '{pool}: lowering it to {purchased} is not possible with {used} in use; remove users or their logins first.',

  // The popup's CSV: why each row takes its seat, and the billed seats no row shows.
  'csv.why.login': 'Can log in; no employee linked',
  'csv.why.login-employee': 'Can log in; linked to employee {employee}',
  'csv.why.active-employee': 'Active employee',
  'csv.why.module': 'Profile {profile} grants the {module} module',
  'csv.why.team': 'Active team (not archived)',
  'csv.why.active-team': 'Member of active team {teams}',
  'csv.why.role': 'Holds the role {roles}',
  'popup.csv.unused': '{pool}: {count} purchased {unit} billed but not in use, so without a row.',
  // The launcher the injected panel rests in, and its close button.
  'launcher.seats': 'Seats',
  'launcher.close': 'Close the seat panel',
} satisfies Record<string, Message>;

export type ExtensionKey = keyof typeof extensionEn;

/** Every other language: a missing or extra key is a type error. */
export type ExtensionCatalogue = Readonly<Record<ExtensionKey, ExtensionMessage>>;
