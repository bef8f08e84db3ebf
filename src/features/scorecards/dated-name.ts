/** `defuse-attempts-2026-01-31` style names. */
export const datedName = (stem: string, ext: string, now = new Date()) => `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
