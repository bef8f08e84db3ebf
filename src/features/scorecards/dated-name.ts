/** Saves text as a file through a temporary link (no server involved). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `defuse-attempts-2026-01-31` style names. */
export const datedName = (stem: string, ext: string, now = new Date()) => `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
