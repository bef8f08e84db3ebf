// The rule registry: one rule per move, one file per rule (docs/architecture.md#one-rule-per-file).
import type { Rule } from './rule.types.ts';
import { rule as greet } from './greet.ts';
import { rule as thank } from './thank.ts';
import { rule as apologize } from './apologize.ts';
import { rule as empathize } from './empathize.ts';
import { rule as acknowledge } from './acknowledge.ts';
import { rule as paraphrase } from './paraphrase.ts';
import { rule as askOpen } from './ask-open.ts';
import { rule as askClosed } from './ask-closed.ts';
import { rule as proposeSolution } from './propose-solution.ts';
import { rule as askPreference } from './ask-preference.ts';
import { rule as commitFollowup } from './commit-followup.ts';
import { rule as takeOwnership } from './take-ownership.ts';
import { rule as escalate } from './escalate.ts';
import { rule as movePrivate } from './move-private.ts';
import { rule as explain } from './explain.ts';
import { rule as blameCustomer } from './blame-customer.ts';
import { rule as argue } from './argue.ts';
import { rule as deflect } from './deflect.ts';
import { rule as dismissEmotion } from './dismiss-emotion.ts';
import { rule as citePolicy } from './cite-policy.ts';
import { rule as lecture } from './lecture.ts';
import { rule as vague } from './vague.ts';
import { rule as refuse } from './refuse.ts';
import { rule as rush } from './rush.ts';
import { rule as prematureLiability } from './premature-liability.ts';
import { rule as overpromise } from './overpromise.ts';
import { rule as blameColleague } from './blame-colleague.ts';

export const RULES: readonly Rule[] = [
  greet, thank, apologize, empathize, acknowledge, paraphrase, askOpen, askClosed, proposeSolution,
  askPreference, commitFollowup, takeOwnership, escalate, movePrivate, explain, blameCustomer, argue, deflect,
  dismissEmotion, citePolicy, lecture, vague, refuse, rush, prematureLiability, overpromise, blameColleague,
];
