// Size limits on what people type and import, stated once: the schema (and so public/scenario.schema.json),
// the reply box, the CLI and the README all use these. Without them a 60,000-character topic or a 1 MB
// reply costs seconds to minutes and gigabytes; with them every input is bounded.

/** Longest reply a trainee may send, in characters (the reply box counts down to it). */
export const MAX_REPLY_LENGTH = 2000;
/** Longest visible text in a scenario: a customer line, briefing, label. */
export const MAX_TEXT_LENGTH = 2000;
/** Longest topic word or phrase. */
export const MAX_TOPIC_LENGTH = 40;
/** Most topic words per locale. */
export const MAX_TOPICS = 60;
/** Most conversation states in one scenario. */
export const MAX_STATES = 200;
/** Most facts, reactions, objections and lexicon entries in one scenario. */
export const MAX_FACTS = 50;
export const MAX_REACTIONS = 500;
export const MAX_LEXICON_ENTRIES = 500;

// Characters that show nothing by themselves: spaces of every kind, format and control characters
// (zero-width space and joiners, BOM, bidi marks), combining marks, Hangul fillers, the blank braille cell.
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{Cc}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** True if the text shows at least one character. */
export const hasVisibleText = (text: string): boolean => text.replace(INVISIBLE, '').length > 0;
