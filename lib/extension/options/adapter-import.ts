import * as z from 'zod/mini';
import { HostAdapter } from '../../hosts';
import type { MessageKey, Params } from '../../i18n';
import type { ImportIssue } from '../../view/options';
import type { SelectorCheck } from '../shared/selector-check';
import { importIssues } from './import-issues';
import { jsonErrorIndex, lineColumn } from './json-position';
import { selectorIssues } from './selectors';

export type ImportResult =
  | { ok: true; adapters: HostAdapter[] }
  | { ok: false; key: MessageKey; params: Params; issues: ImportIssue[] };

const Adapters = z.array(HostAdapter);

/**
 * Parses pasted or loaded JSON (one adapter or an array) into adapters, or says exactly what is wrong and where:
 * unknown keys at any depth (the schema is strict), bad values, and selectors `isSelector` refuses.
 */
export function parseAdapterImport(
  text: string,
  builtInIds: ReadonlySet<string>,
  isSelector: SelectorCheck,
): ImportResult {
  if (text.trim() === '') return failure('options.import.empty');
  const json = parseJson(text);
  if (!json.ok) return failure(json.key, json.params);
  const isArray = Array.isArray(json.value);
  const list: unknown[] = isArray ? (json.value as unknown[]) : [json.value];
  if (list.length === 0) return failure('options.import.empty');
  const parsed = z.safeParse(Adapters, list);
  // Every problem at once: the selectors are read from the JSON, whatever else is wrong with it.
  const selectors = selectorIssues(list, isSelector, isArray);
  if (!parsed.success) {
    // A single adapter was wrapped in an array for parsing; its issues read without the `[0]`.
    const issues = importIssues(parsed.error.issues, list, Adapters, !isArray);
    return failure('options.import.invalid', {}, [...issues, ...selectors]);
  }
  const problems = [...selectors, ...idIssues(parsed.data, builtInIds, isArray)];
  return problems.length > 0
    ? failure('options.import.invalid', {}, problems)
    : { ok: true, adapters: parsed.data };
}

function failure(key: MessageKey, params: Params = {}, issues: ImportIssue[] = []): ImportResult {
  return { ok: false, key, params, issues };
}

/** Ids must not take over a built-in adapter, nor appear twice in one import. */
function idIssues(adapters: HostAdapter[], builtInIds: ReadonlySet<string>, isArray: boolean) {
  const seen = new Set<string>();
  return adapters.flatMap((adapter, index): ImportIssue[] => {
    const path = isArray ? `[${index}].id` : 'id';
    const params = { id: adapter.id };
    if (builtInIds.has(adapter.id)) return [{ path, key: 'options.import.built-in-id', params }];
    if (seen.has(adapter.id)) return [{ path, key: 'options.import.repeated-id', params }];
    seen.add(adapter.id);
    return [];
  });
}

type JsonResult = { ok: true; value: unknown } | { ok: false; key: MessageKey; params: Params };

function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, ...jsonError(text) };
  }
}

/** Where and why the text is not JSON: the unexpected character, or the end, by line and column. */
function jsonError(text: string): { key: MessageKey; params: Params } {
  const found = jsonErrorIndex(text);
  // The engine and the scanner disagree only on exotic input; the end is the honest answer then.
  const index = found < 0 ? text.length : found;
  const place = lineColumn(text, index);
  if (index >= text.length) return { key: 'options.import.json-end', params: place };
  return { key: 'options.import.json', params: { ...place, found: JSON.stringify(text.charAt(index)) } };
}
