/** Offers text as a file download through a temporary object URL, revoked once the click has started it. */
export function downloadText(doc: Document, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click resolves the URL synchronously in Chromium, so it is not needed any longer.
  URL.revokeObjectURL(url);
}
