import { browser } from 'wxt/browser';
import { mountPage } from '../../components/extension-page';
import { OptionsPage } from '../../components/options/OptionsPage';
import { optionsStyles } from '../../components/options/styles';
import { styles } from '../../components/styles';
import { createAgentForm } from '../../lib/extension/options/agent';
import { createOptionsModel } from '../../lib/extension/options/model';
import { unsavedForms } from '../../lib/extension/options/unsaved';
import { agentItem } from '../../lib/extension/shared/agent-config';
import { AGENT_PORT } from '../../lib/extension/shared/agent-protocol';
import { connectionsItem, customAdaptersItem, settingsItem } from '../../lib/extension/shared/config';
import { downloadText } from '../../lib/extension/shared/download';
import { selectorCheck } from '../../lib/extension/shared/selector-check';
import { builtInAdapters } from '../../lib/hosts';

const model = createOptionsModel({
  items: { connections: connectionsItem, settings: settingsItem, adapters: customAdaptersItem },
  sendMessage: (request) => browser.runtime.sendMessage(request),
  permissions: browser.permissions,
  browserLang: navigator.language,
  download: (name, text) => downloadText(document, name, text),
  copy: (text) => navigator.clipboard.writeText(text),
  builtIns: builtInAdapters,
  isSelector: selectorCheck(document),
});

const agent = createAgentForm({
  item: agentItem,
  permissions: browser.permissions,
  connect: () => browser.runtime.connect({ name: AGENT_PORT }),
});

const unsaved = unsavedForms(model, agent.state);
// Leaving or reloading with edits not saved: the browser asks first (the page lists them too).
window.addEventListener('beforeunload', (event) => {
  if (unsaved.peek().length > 0) event.preventDefault();
});

mountPage(document, {
  css: [styles, optionsStyles],
  lang: model.lang,
  title: 'options.title',
  view: <OptionsPage model={model} agent={agent.state} unsaved={unsaved} />,
  dispose: model.dispose,
});
