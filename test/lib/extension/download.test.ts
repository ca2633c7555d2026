import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../lib/extension/download';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('downloadText', () => {
  it('clicks a download link to a JSON blob, then revokes its URL', async () => {
    const calls: string[] = [];
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      calls.push('create');
      return 'blob:fake';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
      calls.push(`revoke ${url}`);
    });
    const link = { href: '', download: '', click: () => calls.push(`click ${link.href} ${link.download}`) };
    const doc = { createElement: () => link } as unknown as Document;
    downloadText(doc, 'seatguard-adapters.json', '[]\n');
    expect(calls).toEqual(['create', 'click blob:fake seatguard-adapters.json', 'revoke blob:fake']);
    expect(blob?.type).toBe('application/json');
    expect(await blob?.text()).toBe('[]\n');
  });
});
