// Vite plugin: the shipped lexicon files (src/domain/reply/data/lexicon) document every entry with
// examples, counterexamples, a source and a note. The tests and the CLI read those; the app only needs
// each entry's id, language, role and pattern, so the rest stays out of the bundle.
import type { Plugin } from 'vite';

const LEXICON_FILE = /[\\/]src[\\/]domain[\\/]reply[\\/]data[\\/]lexicon[\\/](moves|cues)[\\/][^\\/]+\.json$/;
const KEEP = ['id', 'lang', 'role', 'pattern'] as const;

export function stripLexiconDocs(): Plugin {
  return {
    name: 'defuse-strip-lexicon-docs',
    enforce: 'pre',
    // The tests (Vitest runs in mode "test") check the examples, so they must see them.
    apply: (_config, env) => env.mode !== 'test',
    transform(code, id) {
      if (!LEXICON_FILE.test(id)) return null;
      const doc = JSON.parse(code) as { entries: Record<string, unknown>[] } & Record<string, unknown>;
      const entries = doc.entries.map((e) => Object.fromEntries(KEEP.filter((k) => e[k] !== undefined).map((k) => [k, e[k]])));
      // Still JSON: Vite's own JSON plugin turns it into a module after this.
      return { code: JSON.stringify({ ...doc, entries }), map: null };
    },
  };
}
