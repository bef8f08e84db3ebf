// Vite plugin: `scenarios/<id>.json?card` is a scenario file cut down to what a library card shows (title,
// setting, the persona's name, personality and starting hostility, the most replies, the pass mark). The
// library loads every card on the first visit; a persona's aliases, variants and motives stay with the
// scenario itself, which loads with its drill.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PREFIX = '\0scenario-card:';
const SUFFIX = '.json?card';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of a scenario document a card reads (anything malformed is passed on for the card to refuse). */
export function cardOf(doc: unknown): Json {
  if (!isObject(doc)) return {};
  const persona = isObject(doc.persona) ? { name: doc.persona.name, personality: doc.persona.personality, startHostility: doc.persona.startHostility } : doc.persona;
  // The card shows the most replies; the outcome at the limit is the drill's business.
  const turnLimit = isObject(doc.turnLimit) ? doc.turnLimit.turns : doc.turnLimit;
  return { title: doc.title, setting: doc.setting, persona, turnLimit, passMark: doc.passMark };
}

export function scenarioCard(): Plugin {
  return {
    name: 'defuse-scenario-card',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -'?card'.length), importer, { skipSelf: true });
      return resolved ? `${PREFIX}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      this.addWatchFile(file);
      // JSON text: Vite's JSON plugin turns it into a module with named exports, as for any JSON file.
      return JSON.stringify(cardOf(JSON.parse(readFileSync(file, 'utf8'))));
    },
  };
}
