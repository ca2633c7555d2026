import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { adoptStyles } from '../../components/page-styles';
import { PopupPage } from '../../components/popup/PopupPage';
import { popupStyles } from '../../components/popup/styles';
import { styles } from '../../components/styles';
import { takePendingLookup } from '../../lib/extension/agent-lookup';
import { AGENT_PORT } from '../../lib/extension/agent-protocol';
import { readCustomAdapters, readSettings } from '../../lib/extension/config';
import { downloadCsv } from '../../lib/extension/popup-download';
import { createPopupModel } from '../../lib/extension/popup-model';
import { firstLookup } from '../../lib/extension/popup-start';
import { builtInAdapters } from '../../lib/hosts';
import { t } from '../../lib/i18n';

const model = createPopupModel({
  connect: () => browser.runtime.connect({ name: AGENT_PORT }),
  copy: (text) => navigator.clipboard.writeText(text),
  download: (name, text) => downloadCsv(document, name, text),
  openTab: (url) => browser.tabs.create({ url }).then(() => undefined),
  openOptions: () => void browser.runtime.openOptionsPage(),
  browserLang: navigator.language,
});

adoptStyles(document, styles, popupStyles);

const root = document.getElementById('app') as HTMLElement;
const stopTitle = effect(() => {
  document.documentElement.lang = model.lang.value;
  document.title = t('popup.title', {}, model.lang.value);
});
render(<PopupPage model={model} />, root);

/** The tab the popup was opened over: with host permission for it, the browser tells its URL. */
async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

void readSettings()
  .then((settings) => model.setLang(settings.lang))
  .then(() =>
    firstLookup({
      query: new URLSearchParams(location.search).get('q'),
      pending: takePendingLookup,
      tabUrl: activeTabUrl,
      adapters: async () => [...(await readCustomAdapters()), ...builtInAdapters],
    }),
  )
  .then((first) => model.begin(first))
  .catch(() => undefined);

addEventListener(
  'pagehide',
  () => {
    stopTitle();
    model.dispose();
    render(null, root);
  },
  { once: true },
);
