/**
 * Offers CSV text as a file download through a temporary object URL, revoked once the click started it.
 * The byte order mark makes spreadsheet programs read the labels (Ärende) as UTF-8.
 */
export function downloadCsv(doc: Document, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click resolves the URL synchronously in Chromium, so it is not needed any longer.
  URL.revokeObjectURL(url);
}
