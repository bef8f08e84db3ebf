// Every scoring rule, one per file. A trainer's "why did I lose 5 points?" maps to one of these files.
import type { ScoringRule } from '../scorecard.types.ts';
import { rule as decideSolution } from './decide-solution.ts';
import { rule as diagnosis } from './diagnosis.ts';
import { rule as feelingsFirst } from './feelings-first.ts';
import { rule as forbiddenPhrase } from './forbidden-phrase.ts';
import { rule as harmfulMove } from './harmful-move.ts';
import { rule as listening } from './listening.ts';
import { rule as motivesAddressed } from './motives-addressed.ts';
import { rule as observeEmotion } from './observe-emotion.ts';
import { rule as phoneGreeting } from './phone-greeting.ts';
import { rule as questions } from './questions.ts';
import { rule as sixSteps } from './six-steps.ts';
import { rule as substance } from './substance.ts';
import { rule as unfinished } from './unfinished.ts';
import { rule as writtenEtiquette } from './written-etiquette.ts';

export const RULES: readonly ScoringRule[] = [
  forbiddenPhrase, harmfulMove, listening, observeEmotion, questions, diagnosis, motivesAddressed, decideSolution,
  feelingsFirst, sixSteps, phoneGreeting, substance, writtenEtiquette, unfinished,
];
