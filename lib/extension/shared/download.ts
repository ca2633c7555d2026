/** A file to offer: JSON as it is, CSV with a byte order mark so spreadsheets read labels (Ärende) as UTF-8. */
const KINDS = {
  json: { type: 'application/json', prefix: '' },
  csv: { type: 'text/csv;charset=utf-8', prefix: '\uFEFF' },
} as const;

/** Offers text as a file download through a temporary object URL, revoked once the click has started it. */
export function downloadText(
  doc: Document,
  name: string,
  text: string,
  kind: keyof typeof KINDS = 'json',
): void {
  const { type, prefix } = KINDS[kind];
  const url = URL.createObjectURL(new Blob([prefix, text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click resolves the URL synchronously in Chromium, so it is not needed any longer.
  URL.revokeObjectURL(url);
}
