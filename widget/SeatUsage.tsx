import { SeatPanel } from '../components/SeatPanel';
import type { WidgetState } from './state';
import { WhatIf } from './WhatIf';

export interface SeatUsageProps {
  state: WidgetState;
  onRefresh: () => void;
}

/** The panel in the page flow, a setup problem in the developer's words, and the optional what-if control. */
export function SeatUsage({ state, onRefresh }: SeatUsageProps) {
  const { report } = state.view.value;
  const prepared = state.prepared.value;
  const detail = state.detail.value;
  const showWhatIf = state.whatIf.value && !state.collapsed.value && report && prepared;
  return (
    <div class="sg-widget">
      <SeatPanel
        view={state.view}
        lang={state.lang}
        now={state.now}
        variant={state.variant.value}
        collapsed={state.collapsed}
        // A set-up problem (its detail below) comes back from every refresh: no button that cannot help.
        onRefresh={detail ? undefined : onRefresh}
        label={state.label.value}
      />
      {detail && (
        <p class="sg-root sg-card sg-detail" part="detail" lang="en">
          {detail}
        </p>
      )}
      {showWhatIf && <WhatIf report={report} prepared={prepared} lang={state.lang.value} />}
    </div>
  );
}
