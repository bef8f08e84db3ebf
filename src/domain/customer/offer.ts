// A remedy offered is weighed on what was actually said (docs/training-model.md#customer-model; 定,
// docs/training-model.md#decide): which remedy (the scenario's wants.remedies), by when (the customer's
// deadline), and who will do it. The customer accepts, pushes back ("Tomorrow? I need water today."),
// refuses, or asks for what is missing ("When?", "Who's coming?"). A solution offered before the feeling
// was acknowledged "rarely works" (docs/training-model.md#step-vent); one offered while still too hot, or before anything about
// the problem is known, is not yet heard.
import { remark } from './remarks.ts';
import { hollowRemark } from './hollow-remark.ts';
import { informsTime } from './patience.ts';
import { endsInQuestion, sentenceAround } from './sentence-around.ts';
import { isHarmful } from '../reply/moves.ts';
import { hasOwner } from '../reading/owners.ts';
import { compareWhen, soonestTime } from '../reading/times.ts';
import { hasTopics } from '../scenario/fact-topics.ts';
import { FEELING_OR_ECHO, openingFacts } from './understanding.ts';
import type { Reading } from '../reading/reading.types.ts';
import type { Offer, Scenario, Signal } from '../scenario/scenario.types.ts';
import { LATE_OFFER_ANGER, PREMATURE_SOLUTION_ANGER, REFUSED_REMEDY_ANGER, SOLUTION_RELIEF, VAGUE_PROMISE_ANGER } from './hostility-rules.ts';
import { change, has, hostilityNow, knownFacts, signal, type TurnDraft } from './turn-draft.ts';
import { onlyAFallback } from './fallback.ts';
import { QUESTION_MOVES } from './move-groups.ts';

/**
 * Signals of a remedy the customer actually weighed (named, after the feeling was acknowledged, with
 * something known): accepted, or answered with what is missing. "I'll follow up" alone is not one.
 */
export const OFFER_WEIGHED: readonly Signal[] = ['solution-accepted', 'solution-partial', 'solution-refused', 'solution-late', 'solution-no-time', 'solution-no-owner'];

/** Of the remedies a reply names, the one the customer likes best (accept, then partial, then reject). */
function bestRemedy(remedies: Scenario['wants']['remedies'], named: readonly string[]): string | null {
  for (const verdict of ['accept', 'partial', 'reject'] as const) {
    const hit = named.find((id) => remedies.some((r) => r.id === id && r.verdict === verdict));
    if (hit) return hit;
  }
  return null;
}

/** The reply names someone in particular to act, or takes it on / brings in someone with authority. */
export const namesOwner = (draft: TurnDraft): boolean =>
  hasOwner(draft.reading.details.owners) || has(draft, 'take_ownership') || has(draft, 'escalate');

// What a colleague will or can do, said as the plan (A dedicated driver can have it at your door by 4:30, 師傅會喺三點前上嚟,
// 司机马上出发): someone in particular to do it, as 我 or 我們 are — not what a colleague did (the driver was late).
// scen15s (blind t19-17, t19-23): the plan told as an estimate (陳醫師大概再十分鐘就回來, "Dr Chen should be back in ten
// minutes", 师傅预计三点到) or for every one of them (两名员工都会…, 兩位同事都會…, "both will…") is still what they will do.
const WILL_ACT =
  /^\s*(both |all |each )?(will|can|could|would|shall|'ll|is going to|are going to|is able to|are able to|will be able to|should be|is expected|are expected|expects to|is due)\b|^\s*(都|也|亦)?(會|会|可以|將|将|能|馬上|马上|即刻|立即|就會|就会|即時|即时|稍後|稍后|今日|今天|而家|现在|現在|大概|大約|大约|預計|预计|估計|估计|應該會|应该会)/i;
function staffWillAct(draft: TurnDraft): boolean {
  return draft.reading.details.owners.some((o) => (o.who === 'staff' || o.who === 'manager') && WILL_ACT.test(draft.text.slice(o.end, o.end + 16)));
}

/**
 * A reply that names one of the customer's remedies, a time and who will do it, and takes it on, offers
 * it — whatever the classifier made of the wording ("第一,我自己打俾維修師傅,今日下晝四點前上嚟…"; a colleague who will or
 * can do it: "A dedicated driver can have it at your door by 4:30. OK to send?", blind t16-11); so does
 * one that names a remedy and takes it on in person without a time ("醫師一回來第一個就幫您看,我會親自跟他講").
 * A restatement or a question about the problem does not; nor does telling her what happened (explain: "我跟您解释一下：
 * 陈医生三点被叫去…先进去的是王医生的病人", blind t14-18) — the remedy's words there name her story, the time is when it
 * happened and the 我 is the one explaining; an offer in the same reply is read as one by its own words.
 */
// A question with choices: read as one (ask_preference), or a question whose options are joined by or / 还是 / 定係 / 或者
// ("Would you like to wait ten minutes and go in first when Dr Chen is back, or come back tomorrow?").
const CHOICE_ASKED = /(\bor\b|还是|還是|定係|定系|或者|抑或)[^.!?。！？]*[?？]/i;
const putsAChoice = (draft: TurnDraft): boolean => draft.reading.acts.includes('ask_preference') || CHOICE_ASKED.test(draft.text);

const offersImplicitly = (draft: TurnDraft): boolean => {
  const { details, acts } = draft.reading;
  return (
    details.remedies.length > 0 &&
    // A time and someone to do it; or the trainee taking the remedy on in person (the customer asks when); or a choice
    // put to her (scen15x: "Would you like a new cake rushed over by 4:30, or your money back?", 您要再等十分鐘…還是改明天？):
    // each option of a question with choices is on offer, and she weighs the best of them (bestRemedy), as a believable
    // customer picks what she wants from a choice that holds it rather than answering the one she does not want.
    ((details.times.length > 0 && (acts.includes('take_ownership') || details.owners.some((o) => o.who === 'self' || o.who === 'team') || staffWillAct(draft))) ||
      acts.includes('take_ownership') ||
      putsAChoice(draft)) &&
    !acts.includes('paraphrase') &&
    !acts.includes('explain') &&
    !acts.includes('ask_open') &&
    // "Would you come with me to the private room so we can sit down?" invites her to talk, not a remedy.
    !acts.includes('move_private')
  );
};

/**
 * A reply that tells the customer when her case moves on — "Dr Chen should be back in about ten minutes,
 * and you'll be the first she sees", 陳醫師大概再十分鐘就回來 — in a statement, within her deadline, with
 * nothing harmful in it and nothing proposed, answers her open "how long?": it is weighed as an offer
 * of what happens next, whether or not the words name one of her remedies.
 */
const informsInTime = (draft: TurnDraft): boolean => {
  const deadline = draft.scenario.wants.deadline;
  // A proposal is weighed as one ("I'll sort it out right away" names nothing: what will be done?).
  if (!deadline || has(draft, 'propose_solution') || draft.reading.acts.some(isHarmful) || !informsTime(draft)) return false;
  const when = soonestTime(remedyTimes(draft, draft.reading.details.times));
  return when !== null && compareWhen(when, deadline.by) <= 0;
};

// Between a time and the call-back it belongs to: no clause break ("我今天下午四点前给您回电话", "I'll call you back by 4 pm
// today"); a comma, "and" or 然后 starts another clause ("A plumber will be up by 3 pm, and I'll call you at 5").
const CLAUSE_BREAK = /[，,；;。.!?！？、]|\band\b|\bthen\b|然后|然後|之後|之后/i;
const CALL_BACK_REACH = 24;

/**
 * scen15dd (play-through report b): the time of a call-back is when she will be called, not when her remedy happens.
 * "I'll call you back by 4 pm today", said after "a plumber the day after tomorrow", was heard as the plumber today
 * ("Right. If someone can come today, good."); said with nothing on the table it was weighed as an offer of what
 * happens next. A time in the same clause as a commit_followup, in a reply that only promises the call-back (names none
 * of her remedies, proposes and takes on nothing), is the call-back's own: it does not move the time of the offer on the table, nor inform her when her case moves on.
 */
function remedyTimes(draft: TurnDraft, times: Reading['details']['times']): Reading['details']['times'] {
  const { text, reading } = draft;
  // A reply that also proposes or takes something on ("Either way I'll look after it… I'll call you tonight", blind t8-26)
  // says more than a call-back: its times are weighed as before.
  if (reading.details.remedies.length > 0 || (['propose_solution', 'take_ownership', 'escalate'] as const).some((m) => has(draft, m))) return times;
  const calls = reading.evidence.filter((e) => e.move === 'commit_followup');
  const ofCall = (t: Reading['details']['times'][number]): boolean =>
    calls.some((e) => {
      const between = t.end <= e.start ? text.slice(t.end, e.start) : e.end <= t.start ? text.slice(e.end, t.start) : '';
      return between.length <= CALL_BACK_REACH && !CLAUSE_BREAK.test(between);
    });
  return times.filter((t) => !ofCall(t));
}

/** The reply's times outside its questions: a sentence ending in a question mark or holding a question move. */
function statedTimes(draft: TurnDraft): Reading['details']['times'] {
  const { text, reading } = draft;
  const asks = reading.evidence.filter((e) => QUESTION_MOVES.includes(e.move)).map((e) => e.start);
  return reading.details.times.filter((t) => {
    const { from, to } = sentenceAround(text, t.start, t.end);
    return !endsInQuestion(text, to) && !asks.some((a) => a >= from && a < to);
  });
}

/**
 * Facts she put in her opening words that this reply names back ("your 82-year-old father on the 17th
 * floor… with a hospital appointment tomorrow morning"): the trainee has read what she wrote, so a plan on
 * it is not made blind — the email customer's own letter is what there is to know before the first reply.
 */
function readBackFromOpening(draft: TurnDraft): string[] {
  const told = openingFacts(draft.scenario);
  // …in this reply, or already in an apology, empathy or restatement before it (blind t13-11, t13-12: "So sorry — 3:50
  // and no cake, with the party at 5", then the cake offered on the next reply): she has been read.
  const echoed = draft.sim.turns.filter((t) => FEELING_OR_ECHO.some((m) => t.analysis.acts.includes(m))).flatMap((t) => t.analysis.details.facts);
  return [...draft.reading.details.facts, ...echoed].filter((id) => told.includes(id));
}

/**
 * The trainee has told her what happened to her case (explain: 刚查了：原来的配送车在路上耽搁了, "Here's what happened:
 * Dr Chen was called to an emergency"), on this reply or before it: they have looked into it, and a plan after that
 * is not made blind (blind t13-13).
 */
const explainedHerCase = (draft: TurnDraft): boolean => has(draft, 'explain') || (draft.sim.moveCounts.explain ?? 0) > 0;

/**
 * scen15z (blind t25-01): offered "waive the fee and cancel today, or a priority repair with the month's fee refunded —
 * which do you prefer?", a believable customer answers the question: she takes one and says which (an accepted remedy's
 * `says`), and "we'll do as you chose" then follows something she chose. The remedy she takes is the first of her wants
 * among the options she would accept; null unless the reply puts a choice naming two or more of them.
 */
// Options joined by or / 或者 / 还是 / 定係 in one sentence, and a question after them (…；或者師傅聽朝上門，我再退返你嘅月費。你想點？).
const OPTIONS_THEN_ASKED = /(\bor\b|还是|還是|定係|定系|或者|抑或)[^?？]*[?？]/i;
function choiceTaken(draft: TurnDraft): Scenario['wants']['remedies'][number] | null {
  if (!putsAChoice(draft) && !OPTIONS_THEN_ASKED.test(draft.text)) return null;
  const named = new Set(draft.reading.details.remedies);
  const options = draft.scenario.wants.remedies.filter((r) => r.verdict === 'accept' && named.has(r.id));
  return options.length >= 2 ? (options[0] ?? null) : null;
}

export function offer(draft: TurnDraft): void {
  const { reading, scenario, sim } = draft;
  // An alternative offered "if that's too late" leaves the sooner offer on the table to be weighed (fallback.ts).
  if (onlyAFallback(draft)) return;
  const informs = !draft.parroted && informsInTime(draft);
  const proposes = (has(draft, 'propose_solution') || offersImplicitly(draft) || informs) && !draft.parroted;
  const pending = sim.offer?.status === 'pending' ? sim.offer : null;
  // A time named in a question ("And when you arrived tonight, what did our staff say?") is not one for the
  // remedy on the table: it neither completes the offer nor puts it off.
  const stated = proposes ? reading.details.times : statedTimes(draft);
  // A call-back's time may complete an offer that had none ("I'll arrange it myself and call you tomorrow before 4 pm
  // with the time": she knows when she will hear), but never replaces the time already on the table (remedyTimes).
  const time = soonestTime(sim.offer?.when ? remedyTimes(draft, stated) : stated);
  const owner = namesOwner(draft);
  if (!proposes && !(pending && (time !== null || owner))) return;

  if (proposes) {
    if (!draft.after.feelingsAcknowledged) {
      change(draft, 'solution-rejected', PREMATURE_SOLUTION_ANGER);
      signal(draft, 'solution-rejected');
      return;
    }
    // Too hot to hear a solution yet — unless the trainee has shown they understood the problem: then a
    // concrete offer is the way down from the middle band (warm words alone no longer calm), and only a
    // customer still in the high band cannot hear it.
    const hot = hostilityNow(draft);
    if (hot > scenario.thresholds.acceptSolution && !(draft.after.understood && hot < scenario.thresholds.high)) {
      signal(draft, 'solution-too-hot');
      return;
    }
    // She has said what she wants ("I just want to know how long… I have to get home to let my grandson
    // in"): an offer on that is not made blind, whether or not her words counted as a fact.
    const wantsSaid = draft.signals.includes('wants-said') || sim.turns.some((t) => t.signals.includes('wants-said'));
    if (knownFacts(draft).length === 0 && readBackFromOpening(draft).length === 0 && !wantsSaid && !explainedHerCase(draft)) {
      signal(draft, 'solution-uninformed');
      return;
    }
  }

  const previous = sim.offer;
  // An accepted solution stands: repeating it, adding the follow-up or something more does not reopen it
  // (more — a voucher, a goodwill gesture — answers an objection instead, objections.ts).
  if (previous?.status === 'accepted') return;
  // A remedy still on the table counts with the ones this reply names: "the stair-climber" (no time yet),
  // then "and the engineer today by 3" keeps the better offer and completes it, rather than trading it for
  // a lesser one and hearing "what about my father?" about what was already arranged.
  const onTable = previous?.status === 'pending' && previous.remedy !== null ? [previous.remedy] : [];
  // Put a choice of two or more remedies she would take, she picks the one she came for (the first of them in her wants,
  // not the first the trainee happened to name) and says so (`chosen`).
  const chosen = choiceTaken(draft);
  const remedyId = chosen?.id ?? bestRemedy(scenario.wants.remedies, [...reading.details.remedies, ...onTable]) ?? previous?.remedy ?? null;
  const same = previous !== null && previous.remedy === remedyId;
  const when = time ?? (same ? previous.when : null);
  const owned = owner || (same && previous.owner);
  const remedy = scenario.wants.remedies.find((r) => r.id === remedyId);
  const next = (status: Offer['status']): void => {
    const moved = !same || when !== previous?.when || owned !== previous?.owner || status !== previous?.status;
    if (moved) draft.progress = true;
    draft.after = { ...draft.after, offer: { remedy: remedyId, when, owner: owned, status }, understood: true };
    // Asked her view in the same reply that offers ("我帮您等十分钟，还是改明早？"), she answers the offer —
    // accepts, pushes back, asks when or who — and does not also restate what she wants (questions.ts).
    draft.says = draft.says.filter((s) => s.source !== 'wants');
    if (!sim.understood) signal(draft, 'understood');
  };

  if (remedy?.verdict === 'reject') {
    next('refused');
    change(draft, 'solution-refused', REFUSED_REMEDY_ANGER);
    signal(draft, 'solution-refused');
    draft.says.push({ source: `remedy/${remedy.id}`, lines: remedy.says ?? remark(scenario, 'noSubstance') });
    return;
  }
  if (remedy?.verdict === 'partial') {
    next('pending');
    signal(draft, 'solution-partial');
    draft.says.push({ source: `remedy/${remedy.id}`, lines: remedy.says ?? remark(scenario, 'noSubstance') });
    return;
  }
  // "I'll follow up right away" offers nothing in particular: what will actually be done?
  // It is not an offer: nothing is put on the table.
  if (remedyId === null && !informs && scenario.wants.remedies.some((r) => hasTopics(r))) {
    change(draft, 'solution-unspecified', VAGUE_PROMISE_ANGER);
    signal(draft, 'solution-unspecified');
    // "I'll sort it out by three and call you back" said no nice words: she asks what will be done (hollow-remark.ts).
    draft.says.push(hollowRemark(draft));
    return;
  }
  const deadline = scenario.wants.deadline;
  if (when !== null && deadline && compareWhen(when, deadline.by) > 0) {
    next('pending');
    change(draft, 'solution-late', LATE_OFFER_ANGER);
    signal(draft, 'solution-late');
    draft.says.push({ source: 'offer/late', lines: deadline.pushback });
    return;
  }
  if (when === null) {
    next('pending');
    change(draft, 'solution-no-time', VAGUE_PROMISE_ANGER);
    signal(draft, 'solution-no-time');
    draft.says.push({ source: 'remark/askWhen', lines: remark(scenario, 'askWhen') });
    return;
  }
  if (!owned) {
    next('pending');
    change(draft, 'solution-no-owner', VAGUE_PROMISE_ANGER);
    signal(draft, 'solution-no-owner');
    draft.says.push({ source: 'remark/askWho', lines: remark(scenario, 'askWho') });
    return;
  }
  const relief = sim.solutionAccepted ? SOLUTION_RELIEF / 4 : SOLUTION_RELIEF;
  next('accepted');
  if (chosen?.says) draft.says.push({ source: `remedy/${chosen.id}/chosen`, lines: chosen.says });
  change(draft, 'solution-accepted', -relief * (draft.weights.relief.solution ?? 1));
  signal(draft, 'solution-accepted');
  draft.after = { ...draft.after, solutionAccepted: true };
}
