// A state as the studio shows it to a person: scenario states have no title in the format (docs/scenario-format.md:
// an id and a trainer-facing description), so the end states and the common conversation states (the wizard's, and
// those the shipped scenarios share) are named through the locale files, and any other author id is humanised
// (opening-up → "opening up") as a last resort. The id itself stays the value of a picker and its tooltip.
import type { TFunction } from 'i18next';
import { END_STATE_IDS } from '../../../domain/scenario/scenario.schema.ts';

/** Conversation state ids named in the locale files (studio.states). */
export const KNOWN_STATE_IDS = [
  'venting', 'listening', 'exploring', 'telling', 'explaining', 'heard', 'planning', 'solving', 'negotiating', 'reassured', 'settling', 'closing',
  // Every other state of the shipped scenarios, so a copy of one reads in words in every language (play-through 4).
  'affronted', 'agreeing', 'arranging', 'bargaining', 'checking', 'confirming', 'deciding', 'detailing', 'details', 'fed-up', 'fury', 'greeting',
  'grumbling', 'hearing-no', 'hurt', 'impatient', 'informing', 'next-steps', 'on-stage', 'opening-up', 'options', 'outburst', 'scene', 'suggestion',
  'talking', 'understanding', 'weighing',
] as const;

const isEnd = (id: string): id is (typeof END_STATE_IDS)[number] => (END_STATE_IDS as readonly string[]).includes(id);
const isKnown = (id: string): id is (typeof KNOWN_STATE_IDS)[number] => (KNOWN_STATE_IDS as readonly string[]).includes(id);

/** An author's id read as words: `walked_out` → `walked out`, `opening-up` → `opening up`. */
export const humanizeId = (id: string) => id.replace(/[_-]+/g, ' ').trim() || id;

/** The state's name in the UI language. */
export function stateName(id: string, t: TFunction): string {
  if (isEnd(id)) return t(`studio.outcomes.${id}`);
  if (isKnown(id)) return t(`studio.states.${id}`);
  return humanizeId(id);
}

/**
 * The shipped scenarios' reaction ids, named in the locale files (studio.graph.reactions). The format gives a
 * reaction no label, so an author's own id is read as words; the id itself stays beside the name or as its tooltip.
 */
export const KNOWN_REACTION_IDS = [
  'lectured', 'forbidden-words', 'solution-before-listening', 'solution-too-soon', 'solution-uninformed', 'done', 'blamed', 'told-to-calm-down',
  'followup-without-plan', 'weighing-it', 'story-told', 'fobbed-off', 'plan-accepted', 'feels-heard', 'wants-a-name', 'too-good-to-be-true',
  'flares-up', 'passed-along', 'runaround', 'brushed-off', 'still-on-show', 'wants-to-hear-back', 'hid-behind-policy', 'accepted', 'settled',
  'someone-listens', 'wants-a-time', 'heard-at-last', 'boils-over-again',
  'sent-elsewhere', 'taken-seriously', 'patience-gone', 'wants-the-time', 'told-to-keep-quiet', 'passed-on', 'remedy-accepted',
  'remedy-on-the-table', 'starts-telling', 'taken-aside', 'back-on-stage', 'colleague-blamed', 'empty-promise', 'apology-heard',
  'hurt-again', 'asks-for-director', 'told-to-wait', 'talks-time', 'wants-the-reason', 'noticed', 'leaves-quietly', 'still-ignored',
  'withdraws', 'who-calls-me', 'another-department', 'vague-again', 'guarantee-doubted', 'loses-faith', 'wants-a-date', 'bare-rule',
  'gave-in', 'arrangement-accepted', 'alternative-raised', 'asks-if-must', 'feels-targeted-again', 'gives-up-quietly', 'not-our-business',
  'rules-and-no', 'promised-the-moon', 'too-quick', 'what-happens-next', 'feels-welcome', 'understood', 'disheartened',
  'hid-behind-the-contract', 'choice-made', 'not-our-department', 'by-the-book', 'offer-falls-short', 'case-clear', 'loses-patience',
  'wants-it-in-writing', 'moved-aside', 'multitasking', 'wants-backing',
] as const;
const isKnownReaction = (id: string): id is (typeof KNOWN_REACTION_IDS)[number] => (KNOWN_REACTION_IDS as readonly string[]).includes(id);

/** A reaction's name in the UI language: a shared reaction's name, else its id read as words. */
export function reactionName(id: string, t: TFunction): string {
  return isKnownReaction(id) ? t(`studio.graph.reactions.${id}`) : humanizeId(id);
}
