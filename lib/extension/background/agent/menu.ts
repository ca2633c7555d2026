import { browser } from 'wxt/browser';
import { resolveLang, t } from '../../../i18n';
import { lookupOf, pendingLookupItem } from '../../shared/agent-lookup';
import { readSettings } from '../../shared/config';

export const LOOKUP_MENU = 'seatguard:lookup';

/** "Check seats for '%s'" in the options' language or the browser's; Chrome puts the selection at %s. */
async function menuTitle(): Promise<string> {
  const { lang } = await readSettings();
  return t('popup.menu', { selection: '%s' }, lang === 'auto' ? resolveLang([navigator.language]) : lang);
}

async function createMenu(): Promise<void> {
  // Menus outlive a service worker restart but not an update; start from none so the id is free.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOKUP_MENU, title: await menuTitle(), contexts: ['selection'] });
}

/** Hands the selection to the popup; where the browser will not open it, the popup page opens in a tab. */
export async function lookUp(selection: unknown): Promise<void> {
  const text = lookupOf(selection);
  if (!text) return;
  await pendingLookupItem.setValue(text);
  try {
    await browser.action.openPopup();
  } catch {
    await pendingLookupItem.removeValue();
    await browser.tabs.create({
      url: `${browser.runtime.getURL('/popup.html')}?q=${encodeURIComponent(text)}`,
    });
  }
}

/** Registers "Check seats for '…'" on selected text, and keeps its title in the chosen language. */
export function startLookupMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu().catch(() => undefined));
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === LOOKUP_MENU) void lookUp(info.selectionText).catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('settings' in changes)) return;
    void menuTitle()
      .then((title) => browser.contextMenus.update(LOOKUP_MENU, { title }))
      .catch(() => undefined);
  });
}
