/**
 * Saves text as a file through a temporary link to an object URL: nothing is uploaded. The name is kept to
 * letters, digits, `.`, `-` and `_` (a scenario id typed by a trainer becomes a safe file name).
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'download';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
