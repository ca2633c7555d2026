import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { FieldErrors, Notice, SettingsState } from '../../view/options';
import type { Settings } from '../shared/config';
import { thrownText } from '../shared/thrown';
import type { StoredItem } from './deps';
import { oneAtATime } from './one-at-a-time';

const PERCENT = /^\d{1,3}(?:[.,]\d{1,2})?$/;

/** `0.85` → `"85"`: the stored 0–1 share as the percent the admin typed. */
export function percentText(warnAt: number | undefined): string {
  return warnAt === undefined ? '' : String(Math.round(warnAt * 10_000) / 100);
}

/** `"85"` → 0.85, `""` → undefined (each vendor's own), anything outside 1–100 → null. */
export function parsePercent(text: string): number | undefined | null {
  const trimmed = text.trim().replace('%', '').trim();
  if (trimmed === '') return undefined;
  if (!PERCENT.test(trimmed)) return null;
  const percent = Number(trimmed.replace(',', '.'));
  return percent >= 1 && percent <= 100 ? Math.round(percent * 100) / 10_000 : null;
}

/** The settings form: warning threshold and language, saved together into `settingsItem`. */
export function createSettingsForm(item: StoredItem, saved: ReadonlySignal<Settings>) {
  const warnPercent = signal(percentText(saved.value.warnAt));
  const lang = signal(saved.value.lang);
  const errors = signal<FieldErrors<'warnPercent'>>({});
  const notice = signal<Notice | null>(null);
  const turn = oneAtATime();
  const dirty = computed(() => {
    const warnAt = parsePercent(warnPercent.value);
    return warnAt !== saved.value.warnAt || lang.value !== saved.value.lang;
  });

  /** Puts the saved values into the form, e.g. once loaded. */
  function reset(): void {
    warnPercent.value = percentText(saved.value.warnAt);
    lang.value = saved.value.lang;
  }

  async function save(): Promise<boolean> {
    const warnAt = parsePercent(warnPercent.value);
    errors.value = warnAt === null ? { warnPercent: 'options.error.warn-at' } : {};
    notice.value = null;
    if (warnAt === null) return false;
    return turn.run(async () => {
      try {
        const value: Settings = { lang: lang.value, ...(warnAt !== undefined && { warnAt }) };
        await item.setValue(value);
        notice.value = { tone: 'ok', key: 'options.settings.saved' };
        return true;
      } catch (error) {
        notice.value = { tone: 'error', key: 'options.save.failed', params: { detail: thrownText(error) } };
        return false;
      }
    });
  }

  const state: SettingsState = {
    warnPercent,
    lang,
    errors,
    notice,
    busy: turn.busy,
    dirty,
    save,
  };
  return { state, reset };
}
