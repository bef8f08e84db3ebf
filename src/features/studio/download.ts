/** Saves text as a file through a temporary object URL (export never uploads anything). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'scenario.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
