import { computed, signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgentSection } from '../../../components/options/AgentSection';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { t } from '../../../lib/i18n';
import type { AgentFormState, FieldErrors, Notice } from '../../../lib/view/options';
import { flush, mount, one, text, unmountAll } from '../mount';
import { button, field, optionsState, settle } from './fixtures';

afterEach(unmountAll);

function agentState(stored = false) {
  const errors = signal<FieldErrors<'baseUrl' | 'token'>>({});
  return {
    baseUrl: signal(stored ? 'http://127.0.0.1:5178/' : ''),
    token: signal(stored ? 'agent' : ''),
    stored: signal(stored),
    errors,
    notice: signal<Notice | null>(null),
    busy: computed(() => false),
    dirty: signal(false),
    save: vi.fn(async () => {
      errors.value = { token: 'options.error.token' };
      return false;
    }),
    test: vi.fn(async () => true),
    remove: vi.fn(async () => true),
  } satisfies AgentFormState;
}

describe('AgentSection', () => {
  it('is a titled section with the base URL and a hidden token', () => {
    const root = mount(<AgentSection agent={agentState(true)} lang="en" />);
    expect(text(one(root, 'h2'))).toBe(t('options.agent.title'));
    expect(field(root, t('options.field.base-url')).value).toBe('http://127.0.0.1:5178/');
    expect(field(root, t('options.field.token')).type).toBe('password');
    expect(button(root, t('options.agent.remove'))).toBeTruthy();
  });

  it('saves on Enter and lands on the first field to fix', async () => {
    const agent = agentState();
    const root = mount(<AgentSection agent={agent} lang="en" />);
    flush(() => one(root, 'form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await settle();
    flush(() => undefined);
    expect(agent.save).toHaveBeenCalled();
    expect(document.activeElement).toBe(field(root, t('options.field.token')));
    expect(() => button(root, t('options.agent.remove'))).toThrow();
  });

  it('tests and announces the result', () => {
    const agent = agentState(true);
    const root = mount(<AgentSection agent={agent} lang="en" />);
    flush(() => button(root, t('options.test')).click());
    expect(agent.test).toHaveBeenCalled();
    flush(() => {
      agent.notice.value = { tone: 'ok', key: 'options.agent.tested' };
    });
    expect(text(one(root, '[role="status"]'))).toBe(t('options.agent.tested'));
  });

  it('sits on the options page after the host connections when given', () => {
    const root = mount(<OptionsPage model={optionsState()} agent={agentState()} />);
    const titles = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(titles.indexOf(t('options.agent.title'))).toBe(titles.indexOf(t('options.connections.title')) + 1);
  });
});
