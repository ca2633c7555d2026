import { computed, type ReadonlySignal } from '@preact/signals';
import type { AgentFormState, OptionsState, UnsavedForm } from '../../view/options';

/**
 * The forms whose edits leaving or reloading the page would lose, in page order: what the page lists at the
 * top and what makes the entrypoint ask the browser to confirm leaving (beforeunload).
 */
export function unsavedForms(
  model: OptionsState,
  agent?: AgentFormState,
): ReadonlySignal<readonly UnsavedForm[]> {
  return computed(() => [
    ...model.connections.value
      .filter((row) => row.dirty.value)
      .map((row): UnsavedForm => ({ kind: 'connection', name: row.adapter.name })),
    ...(agent?.dirty.value ? [{ kind: 'agent' } as const] : []),
    ...(model.adapters.dirty.value ? [{ kind: 'import' } as const] : []),
    ...(model.settings.dirty.value ? [{ kind: 'settings' } as const] : []),
  ]);
}
