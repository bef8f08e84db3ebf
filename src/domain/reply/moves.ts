/**
 * The fixed vocabulary of reply moves (docs/training-model.md#reply-moves). The CLI, scorecards and evaluation sets share
 * these ids; never rename one.
 */
export const HELPFUL_MOVES = [
  'greet',
  'thank',
  'apologize',
  'empathize',
  'acknowledge',
  'paraphrase',
  'ask_open',
  'ask_closed',
  'propose_solution',
  'ask_preference',
  'commit_followup',
  'take_ownership',
  'escalate',
  'move_private',
  'explain',
] as const;

export const HARMFUL_MOVES = [
  'blame_customer',
  'argue',
  'deflect',
  'dismiss_emotion',
  'cite_policy',
  'lecture',
  'vague',
  'refuse',
  'rush',
  'premature_liability',
  'overpromise',
  'blame_colleague',
] as const;

export type HelpfulMove = (typeof HELPFUL_MOVES)[number];
export type HarmfulMove = (typeof HARMFUL_MOVES)[number];
/** One of the 26 move ids (docs/training-model.md#reply-moves), and `explain` (六解釋, docs/training-model.md#eight-words; docs/training-model.md#helpful-moves). */
export type MoveId = HelpfulMove | HarmfulMove;

export const MOVE_IDS: readonly MoveId[] = [...HELPFUL_MOVES, ...HARMFUL_MOVES];

/**
 * The moves of the labelled sets' format (the 26 of docs/training-model.md#reply-moves). A move added since (`explain`) is read and
 * scored, but a set that never labels it cannot say whether a reply should carry it: `defuse eval` counts
 * it neither as a hit nor as a miss there.
 */
export const LABEL_MOVES: readonly MoveId[] = MOVE_IDS.filter((m) => m !== 'explain');

const harmful = new Set<string>(HARMFUL_MOVES);
export const isHarmful = (move: MoveId): move is HarmfulMove => harmful.has(move);
export const isMoveId = (value: string): value is MoveId => (MOVE_IDS as readonly string[]).includes(value);
