// The organisation file's name and header, in a module of its own: the app asks for the file on every
// first visit, and its schema (zod) loads only when the file says more than the shipped one
// (src/app/org/org-config.ts; first-visit JS budget, tests/e2e/library.test.ts).
/** Served beside index.html; `npx defuse config` writes it. */
export const CONFIG_FILE = 'defuse.config.json';
export const CONFIG_FORMAT = 'defuse-config';
export const CONFIG_VERSION = 1;

/** The shipped file exactly (`{ "format": "defuse-config", "version": 1 }`): practice on this device, nothing to check. */
export function isShippedPracticeFile(text: string): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const keys = Object.keys(doc).sort();
  const head = doc as Record<string, unknown>;
  return keys.length === 2 && keys[0] === 'format' && keys[1] === 'version' && head.format === CONFIG_FORMAT && head.version === CONFIG_VERSION;
}
