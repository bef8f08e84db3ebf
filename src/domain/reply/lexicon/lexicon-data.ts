// Gathers one language's patterns from the shipped lexicon files (data/lexicon/{moves,cues}/*.json),
// in file order, with their entry ids, for the compiler.
import { CUE_FILES, MOVE_FILES } from '../data/lexicon/index.ts';
import { MOVE_IDS } from '../moves.ts';
import type { LexiconEntry, LexSource } from './lexicon-entry.ts';
import type { CueId, Language, LexiconData, MovePatterns } from './lexicon.types.ts';

const sources = (entries: readonly LexiconEntry[], language: Language, role: 'match' | 'except' = 'match'): LexSource[] =>
  entries.filter((e) => e.lang === language && (e.role ?? 'match') === role).map((e) => ({ pattern: e.pattern, id: e.id }));

const GREET_PARTS = { greet_hello: 'hello', greet_identity: 'identity', greet_offer: 'offer' } as const;

export function lexiconData(language: Language): LexiconData {
  const moves = Object.fromEntries(MOVE_IDS.map((m) => [m, { match: [], except: [] }])) as unknown as Record<(typeof MOVE_IDS)[number], MovePatterns>;
  for (const file of MOVE_FILES) moves[file.move] = { match: sources(file.entries, language), except: sources(file.entries, language, 'except') };
  const data: LexiconData = { cues: {}, greet: { hello: [], identity: [], offer: [] }, moves };
  for (const file of CUE_FILES) {
    const part = GREET_PARTS[file.cue as keyof typeof GREET_PARTS];
    if (part) data.greet[part] = sources(file.entries, language);
    else data.cues[file.cue as CueId] = sources(file.entries, language);
  }
  return data;
}
