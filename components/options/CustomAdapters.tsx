import { useRef } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import type { AdaptersState } from '../../lib/view/options';
import { CustomAdapterItem } from './CustomAdapterItem';
import { NoticeLine } from './NoticeLine';

/** The customer's own adapters, each removable; inactive ones offer to grant access. */
export function CustomAdapters({ adapters, lang }: { adapters: AdaptersState; lang: Lang }) {
  const items = adapters.custom.value;
  const heading = useRef<HTMLHeadingElement>(null);
  // The clicked button goes away with its item or state; keep keyboard focus in this list.
  const refocus = () => heading.current?.focus();
  return (
    <div class="sg-group">
      <h3 ref={heading} class="sg-group-title" tabIndex={-1}>
        {t('options.adapters.custom', {}, lang)}
      </h3>
      {items.length === 0 ? (
        <p class="sg-hint">{t('options.adapters.none', {}, lang)}</p>
      ) : (
        <ul class="sg-adapter-list">
          {items.map((item) => (
            <CustomAdapterItem
              key={item.adapter.id}
              item={item}
              lang={lang}
              onRemove={(id) => void adapters.remove(id).then(refocus)}
              onGrant={(id) => void adapters.grant(id).then(refocus)}
            />
          ))}
        </ul>
      )}
      <NoticeLine notice={adapters.notice.value} lang={lang} />
    </div>
  );
}
