import '../../fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookUp } from '../../../../../lib/extension/background/agent/menu';

const pending = async () => (await fakeBrowser.storage.session.get('pendingLookup')).pendingLookup;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('“Check seats for …”: handing the selection to the popup', () => {
  it('leaves the trimmed selection for the popup, then opens it', async () => {
    const open = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await lookUp('  Gemeente\n Velden ');
    expect(open).toHaveBeenCalled();
    expect(await pending()).toBe('Gemeente Velden');
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the popup page in a tab with ?q= where the browser will not open the popup', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no active browser window'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await lookUp('Norrby & co');
    expect(create).toHaveBeenCalledWith({
      url: `${fakeBrowser.runtime.getURL('/popup.html')}?q=Norrby%20%26%20co`,
    });
    expect(await pending()).toBeUndefined();
  });

  it('does nothing for a blank selection', async () => {
    const open = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await lookUp(' \n ');
    expect(open).not.toHaveBeenCalled();
    expect(await pending()).toBeUndefined();
  });
});
