import { Window } from 'happy-dom';
import { vi } from 'vitest';
import { createOptionsModel, type OptionsModel } from '../../../../lib/extension/options/model';
import type { PermissionSet } from '../../../../lib/extension/options/permission-origins';
import { connectionsItem, customAdaptersItem, settingsItem } from '../../../../lib/extension/shared/config';
import type { PageRequest } from '../../../../lib/extension/shared/protocol';
import { selectorCheck } from '../../../../lib/extension/shared/selector-check';
import { builtInAdapters } from '../../../../lib/hosts';

export const items = { connections: connectionsItem, settings: settingsItem, adapters: customAdaptersItem };

/** browser.permissions with a set of granted origins and permissions, and whether a request is accepted. */
export function fakePermissions(granted: string[] = ['http://127.0.0.1/*', 'http://localhost/*']) {
  const held = new Set(granted);
  const has = (set: PermissionSet) =>
    [...(set.origins ?? []), ...(set.permissions ?? [])].every((p) => held.has(p));
  const fake = {
    allow: true,
    held,
    contains: vi.fn(async (set: PermissionSet) => has(set)),
    request: vi.fn(async (set: PermissionSet) => {
      if (!fake.allow) return false;
      for (const p of [...(set.origins ?? []), ...(set.permissions ?? [])]) held.add(p);
      return true;
    }),
  };
  return fake;
}

export interface Setup {
  answer?: (request: PageRequest) => unknown;
  permissions?: ReturnType<typeof fakePermissions>;
  browserLang?: string;
  copy?: (text: string) => Promise<void>;
}

const models: OptionsModel[] = [];

/** A loaded options model over the fake browser's storage, with fake messaging and permissions. */
export async function setup(options: Setup = {}) {
  const permissions = options.permissions ?? fakePermissions();
  const sendMessage = vi.fn(async (request: PageRequest) => options.answer?.(request));
  const download = vi.fn<(name: string, text: string) => void>();
  const copy = vi.fn(options.copy ?? (async () => undefined));
  const model = createOptionsModel({
    items,
    sendMessage,
    permissions,
    browserLang: options.browserLang ?? 'en-GB',
    download,
    copy,
    builtIns: builtInAdapters,
    // happy-dom's selector parser for the page's; the e2e test drives Chromium's own.
    isSelector: selectorCheck(new Window().document as unknown as Document),
  });
  models.push(model);
  await model.loaded;
  return { model, permissions, sendMessage, download, copy };
}

export function disposeModels(): void {
  for (const model of models.splice(0)) model.dispose();
}

export function row(model: OptionsModel, id: string) {
  const found = model.connections.value.find((r) => r.adapter.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

/** A valid customer adapter, as an admin would paste it. */
export function acme(overrides: Record<string, unknown> = {}) {
  return {
    id: 'acme-admin',
    name: 'Acme Admin',
    matches: ['https://admin.acme.example/*'],
    tenant: { fixed: 'acme-demo' },
    api: { baseUrl: 'https://seats.acme.example/api/' },
    ...overrides,
  };
}
