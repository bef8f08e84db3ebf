import type { Reading } from '../reading/reading.types.ts';
import type { Locale } from '../reply/reply.types.ts';
import type { Diagnosis } from '../scoring/scorecard.types.ts';
import type { Difficulty } from '../scenario/playable.ts';
import type { SimState } from '../scenario/scenario.types.ts';

/** How a drill is run: coached after every reply, examined at the end, or picking from options. */
export type DrillMode = 'practice' | 'exam' | 'guided';
export const DRILL_MODES: readonly DrillMode[] = ['practice', 'exam', 'guided'];

/** What identifies one attempt. */
export interface DrillMeta {
  attemptId: string;
  trainee: string;
  scenarioId: string;
  /** Content hash of the scenario played (scenario-version.ts). */
  scenarioVersion: string;
  /** The drill's language: what the customer speaks and the scorecard shows; fixed when the drill starts. */
  locale: Locale;
  mode: DrillMode;
  /** Seed of this play's variation: the customer's name, fact details, optional objections, line variants. */
  seed: number;
  /** How hard this play is (chosen on the briefing; standard for drills stored before difficulty existed). */
  difficulty?: Difficulty;
  /** When the conversation began (ISO 8601); the briefing's time until then. */
  startedAt: string;
}

/** One reply as sent. */
export interface DrillReply {
  /** The words exactly as typed (or as picked in guided mode). */
  text: string;
  /** When it was sent (ISO 8601). */
  at: string;
  /** The trainee opened the hint before sending it (costs points). */
  hintUsed?: boolean;
  /** Guided mode: the option picked, by its id `<state>/<index>`. */
  choice?: string;
  /** Written channels: seconds between the customer's message and this reply (the customer weighs it). */
  waited?: number;
}

/** Everything a drill holds: the machine's context, persisted whole with XState's snapshot API. */
export interface DrillContext {
  meta: DrillMeta;
  /** The simulated customer (src/domain/customer). */
  customer: SimState;
  replies: DrillReply[];
  /** The hint is open for the reply being written. */
  hintShown: boolean;
  /** How long the customer takes to answer the last reply, in ms (the UI's typing pause; 0 in tests). */
  answerDelay: number;
  /** The trainee's end-of-drill diagnosis, once given. */
  diagnosis: Diagnosis | null;
  /** The trainee ended the conversation before the customer did. */
  endedEarly: boolean;
  /** When the diagnosis was submitted and the attempt finished (ISO 8601). */
  endedAt: string | null;
}

/** Events, lowercase and dotted (docs/architecture.md#machines). */
export type DrillEvent =
  | { type: 'drill.start'; mode: DrillMode; locale: Locale; at: string; difficulty?: Difficulty }
  | { type: 'trainee.reply'; text: string; reading: Reading; at: string; delay?: number; choice?: string; waited?: number }
  | { type: 'hint.show' }
  | { type: 'drill.end' }
  | { type: 'diagnosis.submit'; diagnosis: Diagnosis | null; at: string };

/** Input when starting a drill actor. */
export interface DrillInput {
  meta: DrillMeta;
}
