import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/options/OptionsPage';
import { optionsStyles } from '../../components/options/styles';
import { adoptStyles } from '../../components/page-styles';
import { styles } from '../../components/styles';
import { agentItem } from '../../lib/extension/agent-config';
import { createAgentForm } from '../../lib/extension/agent-options';
import { AGENT_PORT } from '../../lib/extension/agent-protocol';
import { connectionsItem, customAdaptersItem, settingsItem } from '../../lib/extension/config';
import { downloadText } from '../../lib/extension/download';
import { createOptionsModel } from '../../lib/extension/options-model';
import { builtInAdapters } from '../../lib/hosts';
import { t } from '../../lib/i18n';

const model = createOptionsModel({
  items: { connections: connectionsItem, settings: settingsItem, adapters: customAdaptersItem },
  sendMessage: (request) => browser.runtime.sendMessage(request),
  permissions: browser.permissions,
  browserLang: navigator.language,
  download: (name, text) => downloadText(document, name, text),
  copy: (text) => navigator.clipboard.writeText(text),
  builtIns: builtInAdapters,
});

const agent = createAgentForm({
  item: agentItem,
  permissions: browser.permissions,
  connect: () => browser.runtime.connect({ name: AGENT_PORT }),
});

adoptStyles(document, styles, optionsStyles);

const root = document.getElementById('app') as HTMLElement;
const stopTitle = effect(() => {
  document.documentElement.lang = model.lang.value;
  document.title = t('options.title', {}, model.lang.value);
});
render(<OptionsPage model={model} agent={agent.state} />, root);

addEventListener(
  'pagehide',
  () => {
    stopTitle();
    model.dispose();
    render(null, root);
  },
  { once: true },
);
