import { browser } from 'wxt/browser';
import { mountPage } from '../../components/extension-page';
import { PopupPage } from '../../components/popup/PopupPage';
import { popupStyles } from '../../components/popup/styles';
import { styles } from '../../components/styles';
import { createPopupModel } from '../../lib/extension/popup/model';
import { firstLookup } from '../../lib/extension/popup/start';
import { takePendingLookup } from '../../lib/extension/shared/agent-lookup';
import { AGENT_PORT } from '../../lib/extension/shared/agent-protocol';
import { readCustomAdapters, readSettings } from '../../lib/extension/shared/config';
import { downloadText } from '../../lib/extension/shared/download';
import { builtInAdapters } from '../../lib/hosts';

const model = createPopupModel({
  connect: () => browser.runtime.connect({ name: AGENT_PORT }),
  copy: (text) => navigator.clipboard.writeText(text),
  download: (name, text) => downloadText(document, name, text, 'csv'),
  openTab: (url) => browser.tabs.create({ url }).then(() => undefined),
  openOptions: () => void browser.runtime.openOptionsPage(),
  browserLang: navigator.language,
});

mountPage(document, {
  css: [styles, popupStyles],
  lang: model.lang,
  title: 'popup.title',
  view: <PopupPage model={model} />,
  dispose: model.dispose,
});

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
