/**
 * Hands bytes (or a text, as UTF-8) to the browser as a downloaded file. The object URL stays in the page (no request
 * leaves it) and is released once the browser has taken the file.
 */
export function downloadBytes(bytes: Uint8Array<ArrayBuffer> | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
