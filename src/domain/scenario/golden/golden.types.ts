import type { Outcome } from '../scenario.types.ts';

/** Trainee replies of one golden transcript; zh-Hans is derived from zh-Hant with OpenCC in the test. */
export interface GoldenReplies {
  /** Traditional Chinese replies. */
  'zh-Hant': string[];
  /** English replies. */
  en: string[];
}

/** What a golden transcript must produce, as ranges (hold with any reasonable classifier). */
export interface GoldenExpectation {
  /** Allowed outcomes. */
  outcomes: Outcome[];
  /** Inclusive overall score range. */
  score: [number, number];
  /** Inclusive range of the reply number on which the drill ended (end states only). */
  endTurn?: [number, number];
  /** Inclusive emotionFirst range. */
  emotionFirst?: [number, number];
}

/** The three kinds every scenario ships: good, bad and facts-first (the good replies, reordered). */
export interface GoldenSet {
  /** Scenario id. */
  scenario: string;
  /** Replies by kind. */
  replies: { good: GoldenReplies; bad: GoldenReplies; factsFirst: GoldenReplies };
}
