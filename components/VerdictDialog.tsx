import type { PoolHolders } from '../lib/guard/decision';
import { formatMoney, type Lang, t } from '../lib/i18n';
import type { Verdict } from '../lib/rules';
import { extensionWords, freeText } from '../lib/view/extension-words';
import type { LinkFor } from '../lib/view/href';
import { reasonText, verdictTitle } from '../lib/view/text';
import { purchaseTotal, raiseOfVerdict, recurringRaise, verdictCase } from '../lib/view/verdict';
import { seatWord, type Voice } from '../lib/view/voice';
import type { PanelWords } from '../lib/view/words';
import { CostLines } from './CostLines';
import { Modal } from './Modal';
import { RaiseHint } from './RaiseHint';
import { NAMES, WithNames } from './WithNames';

export interface VerdictDialogProps {
  verdict: Verdict;
  /** Pool id → label. */
  labels: Readonly<Record<string, string>>;
  lang: Lang;
  onContinue: () => void;
  /** Cancel, Escape, or "Back to the form"; the caller restores focus to the submitter. */
  onCancel: () => void;
  raise?: { href?: string };
  /** The host's words: its vendor's term for a seat, register and way to raise a limit. */
  words?: PanelWords;
  /** Pool id → count kind, for the vendor's way to free a seat. */
  kinds?: Readonly<Record<string, string>>;
  /** Who holds the seats of a pool the change is stopped or charged at (lib/guard holdersFor). */
  holders?: readonly PoolHolders[] | undefined;
  /** Where the admin acts on a named user on the host; opens in a new tab, so the form keeps its values. */
  link?: LinkFor | undefined;
}

function primaryLabel(verdict: Verdict, lang: Lang): string {
  if (verdict.outcome === 'confirm') {
    const total = purchaseTotal(verdict);
    if (total === null) return t('dialog.confirm', {}, lang);
    return t('dialog.confirm-total', { amount: formatMoney(total.amount, total.currency, lang) }, lang);
  }
  const raise = recurringRaise(verdict);
  if (raise === null) return t('dialog.continue', {}, lang);
  const amount = formatMoney(raise.amount, raise.currency, lang);
  return t('dialog.confirm-cost', { amount, per: t(`per.${raise.per}`, {}, lang) }, lang);
}

function titleOf(verdict: Verdict, lang: Lang, voice: Voice): string {
  const kind = verdictCase(verdict);
  if (kind === 'below-usage' || kind === 'frees' || kind === 'lowers') return t(`title.${kind}`, {}, lang);
  return verdictTitle(verdict, lang, voice);
}

interface WaysOutProps {
  holders: readonly PoolHolders[];
  labels: Readonly<Record<string, string>>;
  kinds: Readonly<Record<string, string>>;
  lang: Lang;
  voice: Voice;
  link: LinkFor | undefined;
}

/** Instead of buying or being stopped: the vendor's way to free a seat, and who holds the pool's seats now. */
function WaysOut({ holders, labels, kinds, lang, voice, link }: WaysOutProps) {
  return (
    <>
      {holders.map(({ pool, count, items }) => {
        const how = freeText(kinds[pool] ?? '', lang, voice);
        const what = kinds[pool] === 'teams' ? 'team' : 'user';
        return (
          <div class="sg-ways-out" part="ways-out" key={pool}>
            <h3 class="sg-subtitle">{t('dialog.or-free', { unit: seatWord(1, lang, voice) }, lang)}</h3>
            {how && <p class="sg-message">{how}</p>}
            {items.length > 0 && (
              <p class="sg-message sg-holders">
                <WithNames
                  text={t('dialog.holders', { pool: labels[pool] ?? pool, names: NAMES }, lang)}
                  items={items}
                  count={count}
                  lang={lang}
                  what={what}
                  link={what === 'user' ? link : undefined}
                  newTab
                />
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}

/**
 * The guard's question before a form changes seats: say what it frees, warn, show what it adds to the bill,
 * confirm a purchase, or block; with the vendor's way to raise the limit or free a seat, in its own words.
 */
export function VerdictDialog(props: VerdictDialogProps) {
  const {
    verdict,
    labels,
    lang,
    onContinue,
    onCancel,
    raise,
    words = extensionWords,
    kinds = {},
    link,
  } = props;
  const { outcome } = verdict;
  const voice = words.voice(lang);
  const enforce = raiseOfVerdict(verdict);
  const raiseWords = enforce && words.raise(enforce, lang);
  const safe = t(outcome === 'block' ? 'dialog.back' : 'dialog.cancel', {}, lang);
  const primary = primaryLabel(verdict, lang);
  const actions = (
    <>
      <button type="button" class="sg-btn" part="button cancel" autofocus onClick={() => onCancel()}>
        {safe}
      </button>
      {outcome !== 'block' && (
        <button
          type="button"
          class="sg-btn sg-btn--primary"
          part="button continue"
          onClick={() => onContinue()}
        >
          {primary}
        </button>
      )}
    </>
  );
  return (
    <Modal
      title={titleOf(verdict, lang, voice)}
      lang={lang}
      tone={outcome}
      onCancel={onCancel}
      actions={actions}
    >
      <ul class="sg-list sg-reasons">
        {verdict.reasons.map((reason, i) => (
          <li key={`${reason.code}:${reason.pool ?? i}`}>
            {reasonText(reason, labels[reason.pool ?? ''] ?? reason.pool ?? '', lang, words, voice)}
          </li>
        ))}
      </ul>
      <CostLines costs={verdict.costs} labels={labels} lang={lang} voice={voice} />
      {raiseWords && <RaiseHint words={raiseWords} href={raise?.href} />}
      {props.holders && props.holders.length > 0 && (
        <WaysOut
          holders={props.holders}
          labels={labels}
          kinds={kinds}
          lang={lang}
          voice={voice}
          link={link}
        />
      )}
    </Modal>
  );
}
