import type { Locale, ReplyAnalysis } from '../../../domain/reply/reply.types.ts';
import type { LocalizedText, TurnRecord } from '../../../domain/scenario/scenario.types.ts';
import { renderLines } from '../../../domain/scoring/score-drill.ts';
import { harmfulBetters, type HarmfulBetter, type ModelAnswerFinder } from '../../../domain/drill/better-phrasing.ts';

/** One bubble in the transcript. */
export interface ChatLine {
  id: string;
  speaker: 'customer' | 'trainee';
  text: string;
  /** 1-based reply number (0 for the customer's opening). */
  turn: number;
  /** Trainee lines: the classifier's reading (practice feedback). */
  analysis?: ReplyAnalysis;
  /** Trainee lines in practice: a better phrasing for each harmful move a forbidden phrase does not already answer. */
  betters?: HarmfulBetter[];
  /** Trainee lines: hostility change this reply caused. */
  delta?: number;
  /** Trainee lines: the model answer was shown before this reply. */
  hintUsed?: boolean;
  /** When it was sent (ISO 8601), where known: chat shows it under the bubble. */
  at?: string;
}

/** When the conversation's messages were sent: the opening, then each reply (the answer follows it). */
export interface ChatTimes {
  opening: string;
  replies: readonly string[];
}

/** 1-based numbers of the replies sent after viewing the model answer. */
export function hintTurns(replies: readonly { hintUsed?: boolean }[]): Set<number> {
  return new Set(replies.flatMap((r, i) => (r.hintUsed ? [i + 1] : [])));
}

export function buildChatLines(opening: LocalizedText, turns: readonly TurnRecord[], locale: Locale, pending: string | null, hints: ReadonlySet<number>, times?: ChatTimes, find?: ModelAnswerFinder): ChatLine[] {
  // The customer answers a reply within seconds of it: the reply's time stands for both.
  const at = (turn: number) => (times ? { at: turn === 0 ? times.opening : times.replies[turn - 1] } : {});
  const lines: ChatLine[] = [{ id: 'c0', speaker: 'customer', text: opening[locale], turn: 0, ...at(0) }];
  for (const t of turns) {
    lines.push({ id: `t${t.turn}`, speaker: 'trainee', text: t.reply, turn: t.turn, analysis: t.analysis, ...(find ? { betters: harmfulBetters(t.analysis, t.stateBefore, locale, find) } : {}), delta: t.hostility - t.hostilityBefore, hintUsed: hints.has(t.turn), ...at(t.turn) });
    lines.push({ id: `c${t.turn}`, speaker: 'customer', text: renderLines(t.customer, locale), turn: t.turn, ...at(t.turn) });
  }
  if (pending !== null) lines.push({ id: `t${turns.length + 1}`, speaker: 'trainee', text: pending, turn: turns.length + 1, hintUsed: hints.has(turns.length + 1), ...at(turns.length + 1) });
  return lines;
}
