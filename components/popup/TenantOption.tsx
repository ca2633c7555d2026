import type { TenantSummary } from '../../lib/api/schemas';
import { formatNumber, type Lang } from '../../lib/i18n';
import { LevelBadge } from '../LevelBadge';

export interface TenantOptionProps {
  id: string;
  tenant: TenantSummary;
  selected: boolean;
  lang: Lang;
  onPick: () => void;
}

/** "Admins 2/2 · Managers 2/3": each pool at a glance. */
function poolsText(tenant: TenantSummary, lang: Lang): string {
  return tenant.pools
    .map(({ label, used, limit }) =>
      limit === null
        ? `${label} ${formatNumber(used, lang)}`
        : `${label} ${formatNumber(used, lang)}/${formatNumber(limit, lang)}`,
    )
    .join(' · ');
}

/** One match in the listbox: name, id, level and pools; picked with a click or from the search box's keys. */
export function TenantOption({ id, tenant, selected, lang, onPick }: TenantOptionProps) {
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the combobox input, which picks with Enter (ARIA APG combobox).
    <div
      id={id}
      role="option"
      // Reachable by script only: the combobox input keeps the focus and names this option as active.
      tabIndex={-1}
      aria-selected={selected}
      class="sg-option"
      data-tenant={tenant.id}
      // Keeps the focus in the search box, so the list does not close before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      <span class="sg-option-head">
        <span class="sg-option-name">{tenant.name}</span>
        <LevelBadge level={tenant.level} lang={lang} />
      </span>
      <span class="sg-option-meta">
        <span class="sg-code">{tenant.id}</span> · {poolsText(tenant, lang)}
      </span>
    </div>
  );
}
