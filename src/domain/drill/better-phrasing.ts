// Practice feedback's "try instead" for a harmful move: the scenario's own model answer for the state the reply
// was made in, when one of them does what the harmful move failed to do; else the UI's generic phrasing for the move.
import { isHarmful, type HarmfulMove, type HelpfulMove } from '../reply/moves.ts';
import type { Locale, ReplyAnalysis } from '../reply/reply.types.ts';
import type { Scenario } from '../scenario/scenario.types.ts';

/**
 * The helpful moves that undo each harmful one (docs/training-model.md#wrong-behaviours): blaming the customer is
 * answered by owning it, dismissing the feeling by naming it, a flat refusal by an offer, rushing by a question.
 */
export const REMEDIES: Readonly<Record<HarmfulMove, readonly HelpfulMove[]>> = {
  blame_customer: ['take_ownership', 'apologize'],
  argue: ['acknowledge', 'empathize'],
  deflect: ['take_ownership', 'commit_followup'],
  dismiss_emotion: ['empathize', 'acknowledge'],
  cite_policy: ['propose_solution', 'ask_preference'],
  lecture: ['empathize', 'propose_solution'],
  vague: ['commit_followup', 'propose_solution'],
  refuse: ['propose_solution', 'ask_preference'],
  rush: ['ask_open', 'paraphrase', 'acknowledge'],
  premature_liability: ['ask_open', 'ask_closed'],
  overpromise: ['commit_followup'],
  blame_colleague: ['take_ownership', 'apologize'],
};

/** Reads a text (the drill's reader: the scenario's lexicon included). */
export type ReadText = (text: string, options: { locale: Locale }) => ReplyAnalysis;

/** Finds, for a state and a harmful move, the model answer that fits, or undefined. */
export type ModelAnswerFinder = (stateId: string, move: HarmfulMove, locale: Locale) => string | undefined;

/**
 * A finder over one scenario's model answers. An answer fits a harmful move when it reads as one of the move's
 * remedies and carries no harmful move or forbidden phrase of its own. Only the state's own answers are
 * considered: another state's answer would answer a different moment. Readings are kept, so a transcript
 * re-rendered on every keystroke reads each model answer once.
 */
export function modelAnswerFinder(scenario: Pick<Scenario, 'modelAnswers'>, read: ReadText): ModelAnswerFinder {
  const readings = new Map<string, ReplyAnalysis>();
  const readOnce = (text: string, locale: Locale) => {
    const key = `${locale}\u0000${text}`;
    let reading = readings.get(key);
    if (!reading) readings.set(key, (reading = read(text, { locale })));
    return reading;
  };
  return (stateId, move, locale) => {
    const remedies: readonly string[] = REMEDIES[move];
    for (const answer of scenario.modelAnswers[stateId] ?? []) {
      const text = answer[locale];
      if (!text) continue;
      const reading = readOnce(text, locale);
      if (reading.forbidden.length > 0 || reading.acts.some(isHarmful)) continue;
      if (reading.acts.some((act) => remedies.includes(act))) return text;
    }
    return undefined;
  };
}

/** One harmful move in a reply, with the better phrasing to show (model answer) or none (the UI's per-move phrasing). */
export interface HarmfulBetter {
  move: HarmfulMove;
  /** The scenario's model answer that fits, when one does. */
  modelAnswer?: string;
}

/**
 * The harmful moves of a reading that need their own "try instead": those a forbidden phrase in the same reply does
 * not already imply (the forbidden phrase's own better phrasing answers them), in the reading's order.
 */
export function harmfulBetters(analysis: ReplyAnalysis, stateId: string, locale: Locale, find: ModelAnswerFinder): HarmfulBetter[] {
  const implied = new Set(analysis.forbidden.map((f) => f.implies));
  return analysis.acts
    .filter(isHarmful)
    .filter((move) => !implied.has(move))
    .map((move) => {
      const modelAnswer = find(stateId, move, locale);
      return modelAnswer ? { move, modelAnswer } : { move };
    });
}
