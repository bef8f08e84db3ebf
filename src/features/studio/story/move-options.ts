// The moves as a studio picker offers them: the move's name in the UI language as the visible text, its id (what the
// JSON holds) as the option's value and tooltip — never "apologize — 道歉", an English id beside a Chinese name.
import type { TFunction } from 'i18next';
import { MOVE_IDS, type MoveId } from '../../../domain/reply/moves.ts';

/** [value, text shown, tooltip] per move, in the vocabulary's order. */
export type MoveOption = readonly [MoveId, string, string];

export const moveOptions = (t: TFunction): MoveOption[] => MOVE_IDS.map((m) => [m, t(`drill.moves.${m}`), m] as const);
