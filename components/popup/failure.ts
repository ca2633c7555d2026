import { type Lang, type MessageKey, t } from '../../lib/i18n';
import { extensionWords } from '../../lib/view/extension-words';

// Failures that need words for agents; the rest read as the panel's Seat API errors.
const AGENT_FAILURES: Readonly<Record<string, MessageKey>> = {
  unconfigured: 'popup.error.unconfigured',
  unauthorized: 'popup.error.unauthorized',
  forbidden: 'popup.error.forbidden',
  'no-answer': 'popup.error.no-answer',
};

/** What went wrong with a search, and what to do about it. */
export function failureText(code: string, lang: Lang): string {
  const key = AGENT_FAILURES[code];
  return key ? t(key, {}, lang) : extensionWords.error(code, lang);
}

/** Failures fixed in the options, where the agent connection is set. */
export function needsOptions(code: string | null): boolean {
  return code === 'unconfigured' || code === 'unauthorized' || code === 'forbidden';
}
