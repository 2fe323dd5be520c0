/**
 * Offers text to the user as a file. Call it from an event handler only:
 * it touches the document, which render code must not.
 */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns; free it once it has.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
