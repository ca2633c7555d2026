import type { Message } from '../message';

/** What the seat panel shows, in the extension and the <seat-usage> widget; `{pool}` is a pool's label. */
export const panelEn = {
  'reason.over-limit': 'This would take {pool} to {after} of {limit}: over the limit.',
  'reason.near-limit': 'This would take {pool} to {after} of {limit}: close to the limit.',
  'reason.needs-purchase': {
    one: '{pool} is full: you need to buy {count} extra seat.',
    other: '{pool} is full: you need to buy {count} extra seats.',
  },
  'reason.adds-cost': {
    one: 'This adds {count} billed seat to {pool}: {amount} more per {period}.',
    other: 'This adds {count} billed seats to {pool}: {amount} more per {period}.',
  },
  'reason.no-seat-change': 'This does not change any seat count.',

  'suggestion.unused-seats': {
    one: '{pool}: {count} purchased seat is unused. Dropping it saves {saving} from {date}.',
    other: '{pool}: {count} purchased seats are unused. Dropping them saves {saving} from {date}.',
  },
  'suggestion.inactive-members': {
    one: "{pool}: {count} member is in no active team and isn't billed: {names}. The “Remove inactive workspace members” button removes such members; they then lose access.",
    other:
      "{pool}: {count} members are in no active team and aren't billed: {names}. The “Remove inactive workspace members” button removes them; they then lose access.",
  },
  'suggestion.expired-logins': {
    one: '{pool}: {count} user whose login has expired still holds a licence: {names}. Move them to a profile with no modules to free it.',
    other:
      '{pool}: {count} users whose login has expired still hold licences: {names}. Move them to a profile with no modules to free them.',
  },
  'suggestion.empty-teams': {
    one: '{pool}: {count} active team has no members but is still billed: {names}. Archive it to save {saving}.',
    other:
      '{pool}: {count} active teams have no members but are still billed: {names}. Archive them to save {saving}.',
  },
  'suggestion.more': '+{count} more',

  'level.ok': 'OK',
  'level.near': 'Near limit',
  'level.full': 'Full',
  'level.over': 'Over limit',

  'kind.logins': 'users',
  'kind.active-employees': 'active employees',
  'kind.module': '{module} licences',
  'kind.teams': 'teams',
  'kind.active-members': 'active members',
  'kind.role': '{role} seats',

  'period.month': 'month',
  'period.year': 'year',
  'per.month': 'per month',
  'per.year': 'per year',

  'outcome.allow': 'Within the seat limit',
  'outcome.warn': 'Seat limit warning',
  'outcome.confirm': 'Confirm extra seat purchase',
  'outcome.block': 'Seat limit reached',

  'reason.adds-cost-unpriced': {
    one: 'This adds {count} billed seat to {pool}.',
    other: 'This adds {count} billed seats to {pool}.',
  },
  'suggestion.unused-seats-unpriced': {
    one: '{pool}: {count} purchased seat is unused. You can drop it from the next invoice.',
    other: '{pool}: {count} purchased seats are unused. You can drop them from the next invoice.',
  },
  'suggestion.empty-teams-unpriced': {
    one: '{pool}: {count} active team has no members: {names}. Archive it if it is no longer needed.',
    other:
      '{pool}: {count} active teams have no members: {names}. Archive them if they are no longer needed.',
  },

  'usage.of': '{used} of {limit} {unit}',
  'usage.split': '{included} included + {purchased} purchased',
  'usage.unlimited': '{unit} in use: {used}, no limit',
  'unit.seats': 'seats',

  'pool.summary': '{pool}: {usage}. Level: {level}.',
  'pool.billed': { one: 'Billed: {count} seat', other: 'Billed: {count} seats' },
  'pool.free': { one: '{count} seat free', other: '{count} seats free' },
  'pool.none-free': 'No seats free',
  'pool.over-by': { one: '{count} seat over the limit', other: '{count} seats over the limit' },

  'cost.term': {
    one: '{count} seat × {unit} = {amount} {per}, {from} – {to}',
    other: '{count} seats × {unit} = {amount} {per}, {from} – {to}',
  },
  'cost.recurring': {
    one: '{count} seat × {unit} = {amount} {per}, from {from}',
    other: '{count} seats × {unit} = {amount} {per}, from {from}',
  },
  'cost.prorated': 'prorated to contract end',

  'panel.title': 'Seats – {name}',
  'panel.level': 'Seat level: {level}',
  'panel.age': 'as of {age}',
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
