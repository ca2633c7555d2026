import type { Message } from '../message';

/** What the seat panel shows, in the extension and the <seat-usage> widget; `{pool}` is a pool's label. */
export const panelEn = {
  // Over and near the limit alike: {level} is the level the panel then shows, so the two always agree.
  'reason.level': '{pool}: {after} of {limit} after this change, {level}.',
  'reason.needs-purchase': '{pool}: the limit is reached, so this needs {count} extra {unit}.',
  'reason.adds-cost': '{pool}: this adds {count} billed {unit}.',

  'suggestion.unused-seats': {
    one: '{pool}: {count} purchased {unit} is not in use. Dropping it saves {saving} from {date}.',
    other: '{pool}: {count} purchased {unit} are not in use. Dropping them saves {saving} from {date}.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}: {count} purchased {unit} is not in use. It can be dropped from the next invoice.',
    other: '{pool}: {count} purchased {unit} are not in use. They can be dropped from the next invoice.',
  },
  'suggestion.inactive-members': {
    one: '{pool}: {count} member is in no active team, so is not billed: {names}.',
    other: '{pool}: {count} members are in no active team, so are not billed: {names}.',
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} user whose login has expired still holds a {unit}: {names}.',
    other: '{pool}: {count} users whose login has expired still hold {unit}: {names}.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} active team has no members but is billed: {names}. Archiving it saves {saving} from {date}.',
    other:
      '{pool}: {count} active teams have no members but are billed: {names}. Archiving them saves {saving} from {date}.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}: {count} active team has no members: {names}.',
    other: '{pool}: {count} active teams have no members: {names}.',
  },
  'suggestion.more': '+{count} more',

  'level.ok': 'OK',
  'level.near': 'Near the limit',
  'level.full': 'Full',
  'level.over': 'Over the limit',

  'kind.logins': 'users',
  'kind.active-employees': 'active employees',
  'kind.teams': 'teams',
  'kind.active-members': 'active members',

  'per.month': 'per month',
  'per.year': 'per year',
  'unit.seat': { one: 'seat', other: 'seats' },
  'price.each': '{price} per {unit}',

  // The dialog's title by the question it asks (lib/view/verdict.ts); near and over read as the level.
  'title.limit': 'The limit is reached',
  'title.full': 'After this, the limit is reached',
  'title.purchase': 'Confirm the purchase of {count} extra {unit}',
  'title.cost': 'This raises the bill',
  'title.allow': 'Within the limit',

  'usage.of': '{used} of {limit} {unit}',
  'usage.split': '{included} included + {count} purchased',
  'usage.unlimited': 'Number of {unit}: {used}, no limit',

  'pool.summary': '{pool}: {usage}. Level: {level}.',
  'pool.billed': 'Billed: {count} {unit}',
  'pool.included-price': 'Included in the licence, not billed separately; an extra {unit} costs {price}.',
  // Room, not "free": a vendor's word for a seat may be a person ("No users free" reads as people).
  'pool.free': 'Room for {count} more {unit}',
  'pool.none-free': 'No room for more {unit}',
  'pool.over-by': '{count} {unit} over the limit',

  'cost.now': '{amount} now, {from} – {to}; then {price}',
  'cost.more': '{amount} more {per}, from {from}',
  'cost.less': '{amount} less {per}, from {from}',

  'panel.title': 'Seats – {name}',
  'panel.level': 'Seat level: {level}',
  'panel.age': 'updated {age}',
  'panel.just-now': 'updated just now',
  'panel.stale': 'Out of date',
  'panel.refresh': 'Refresh',
  'panel.loading': 'Loading seat data…',
  'panel.suggestions': 'Suggestions',

  'error.rate-limited': 'The Seat API is limiting requests (429). Wait a minute, then refresh.',
  'error.timeout': 'The Seat API did not answer in time. Refresh to try again.',
  'error.network': 'Could not reach the Seat API. Check your connection, then refresh.',
  'error.invalid-response':
    'The Seat API sent data that seatguard cannot read, so no numbers are shown. Ask the vendor to check their Seat API.',
  'error.server-error':
    'The Seat API had a server error. Refresh later; if it keeps failing, contact the vendor.',
  'error.other': 'Seat data could not be loaded ({code}). Refresh to try again.',

  'error.widget-token':
    "The Seat API refused this page's token (401). Reload the page, or tell the portal's administrator.",
  'error.widget-setup': "This seat widget is set up incorrectly. Tell the portal's administrator.",
  'whatif.title': 'What if you add more?',
  'whatif.add': '{pool}: how many more',
  'whatif.note': 'Only a preview: nothing is changed.',
} satisfies Record<string, Message>;

export type PanelKey = keyof typeof panelEn;

/** Every other language: a missing or extra key is a type error. */
export type PanelCatalogue = Readonly<Record<PanelKey, Message>>;
