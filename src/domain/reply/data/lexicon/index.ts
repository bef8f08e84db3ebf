// Every shipped lexicon file, imported once (the app strips examples and notes at build time).
import type { CueFile, MoveFile } from '../../lexicon/lexicon-entry.ts';
import acknowledgeMove from './moves/acknowledge.json' with { type: 'json' };
import apologizeMove from './moves/apologize.json' with { type: 'json' };
import argueMove from './moves/argue.json' with { type: 'json' };
import askClosedMove from './moves/ask-closed.json' with { type: 'json' };
import askOpenMove from './moves/ask-open.json' with { type: 'json' };
import askPreferenceMove from './moves/ask-preference.json' with { type: 'json' };
import blameColleagueMove from './moves/blame-colleague.json' with { type: 'json' };
import blameCustomerMove from './moves/blame-customer.json' with { type: 'json' };
import citePolicyMove from './moves/cite-policy.json' with { type: 'json' };
import commitFollowupMove from './moves/commit-followup.json' with { type: 'json' };
import deflectMove from './moves/deflect.json' with { type: 'json' };
import dismissEmotionMove from './moves/dismiss-emotion.json' with { type: 'json' };
import empathizeMove from './moves/empathize.json' with { type: 'json' };
import escalateMove from './moves/escalate.json' with { type: 'json' };
import explainMove from './moves/explain.json' with { type: 'json' };
import greetMove from './moves/greet.json' with { type: 'json' };
import lectureMove from './moves/lecture.json' with { type: 'json' };
import movePrivateMove from './moves/move-private.json' with { type: 'json' };
import overpromiseMove from './moves/overpromise.json' with { type: 'json' };
import paraphraseMove from './moves/paraphrase.json' with { type: 'json' };
import prematureLiabilityMove from './moves/premature-liability.json' with { type: 'json' };
import proposeSolutionMove from './moves/propose-solution.json' with { type: 'json' };
import refuseMove from './moves/refuse.json' with { type: 'json' };
import rushMove from './moves/rush.json' with { type: 'json' };
import takeOwnershipMove from './moves/take-ownership.json' with { type: 'json' };
import thankMove from './moves/thank.json' with { type: 'json' };
import vagueMove from './moves/vague.json' with { type: 'json' };
import auxStartCue from './cues/aux-start.json' with { type: 'json' };
import butCue from './cues/but.json' with { type: 'json' };
import closedTagCue from './cues/closed-tag.json' with { type: 'json' };
import commitmentCue from './cues/commitment.json' with { type: 'json' };
import concessionCue from './cues/concession.json' with { type: 'json' };
import confirmTagCue from './cues/confirm-tag.json' with { type: 'json' };
import exonerationCue from './cues/exoneration.json' with { type: 'json' };
import greetHelloCue from './cues/greet-hello.json' with { type: 'json' };
import greetIdentityCue from './cues/greet-identity.json' with { type: 'json' };
import greetOfferCue from './cues/greet-offer.json' with { type: 'json' };
import indefiniteCue from './cues/indefinite.json' with { type: 'json' };
import negationCue from './cues/negation.json' with { type: 'json' };
import offerCue from './cues/offer.json' with { type: 'json' };
import outcomeDoubtCue from './cues/outcome-doubt.json' with { type: 'json' };
import openQuestionCue from './cues/open-question.json' with { type: 'json' };
import reportedCue from './cues/reported.json' with { type: 'json' };
import restartCue from './cues/restart.json' with { type: 'json' };
import rhetoricalCue from './cues/rhetorical.json' with { type: 'json' };
import sarcasmCue from './cues/sarcasm.json' with { type: 'json' };
import situationCue from './cues/situation.json' with { type: 'json' };
import timeCue from './cues/time.json' with { type: 'json' };

export const MOVE_FILES = [
  acknowledgeMove,
  apologizeMove,
  argueMove,
  askClosedMove,
  askOpenMove,
  askPreferenceMove,
  blameColleagueMove,
  blameCustomerMove,
  citePolicyMove,
  commitFollowupMove,
  deflectMove,
  dismissEmotionMove,
  empathizeMove,
  escalateMove,
  explainMove,
  greetMove,
  lectureMove,
  movePrivateMove,
  overpromiseMove,
  paraphraseMove,
  prematureLiabilityMove,
  proposeSolutionMove,
  refuseMove,
  rushMove,
  takeOwnershipMove,
  thankMove,
  vagueMove,
] as readonly unknown[] as readonly MoveFile[];

export const CUE_FILES = [
  auxStartCue,
  butCue,
  closedTagCue,
  commitmentCue,
  concessionCue,
  confirmTagCue,
  exonerationCue,
  greetHelloCue,
  greetIdentityCue,
  greetOfferCue,
  indefiniteCue,
  negationCue,
  offerCue,
  outcomeDoubtCue,
  openQuestionCue,
  reportedCue,
  restartCue,
  rhetoricalCue,
  sarcasmCue,
  situationCue,
  timeCue,
] as readonly unknown[] as readonly CueFile[];
