import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../../lib/extension/shared/download';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('downloadText', () => {
  it.each([
    ['json', 'seatguard-adapters.json', 'application/json', '[]\n'],
    ['csv', 'seats.csv', 'text/csv;charset=utf-8', '\uFEFF[]\n'],
  ] as const)(
    '%s: clicks a download link to a blob, then revokes its URL',
    async (kind, name, type, body) => {
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
      downloadText(doc, name, '[]\n', kind);
      expect(calls).toEqual(['create', `click blob:fake ${name}`, 'revoke blob:fake']);
      expect(blob?.type).toBe(type);
      expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(new TextEncoder().encode(body));
    },
  );
});
