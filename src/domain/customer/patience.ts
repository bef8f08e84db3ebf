// Warm words with nothing behind them wear thin (docs/training-model.md#customer-model). Once the feeling
// has been acknowledged, a hollow reply — no fact brought out, no time and no remedy named, no objection
// answered, no one brought in, or a parroted one — uses up the customer's patience; at the persona's limit
// they give up and leave or escalate. Keyword salad, a parroted apology and warm words alone end here,
// however polite.
import { hollowRemark } from './hollow-remark.ts';
import { endsInQuestion, sentenceAround } from './sentence-around.ts';
import { herTimes, timeWording } from './her-times.ts';
import { forestalls } from './objections.ts';
import { has, signal, change, type TurnDraft } from './turn-draft.ts';

const COMMITTING = ['propose_solution', 'commit_followup', 'take_ownership'] as const;
const FIRST_FEELING = ['apologize', 'empathize'] as const;

/**
 * The reply brought something concrete: a fact out (while the story is still being told), a remedy or a
 * commitment with a time, a follow-up, an answered objection, someone with authority, a quiet place. Once the customer
 * has said what they want, or told everything, more questions are not progress: they expect an offer.
 */
export function substantive(draft: TurnDraft): boolean {
  const { details } = draft.reading;
  const committing = COMMITTING.some((m) => has(draft, m));
  const storyTold = draft.sim.factsKnown.length >= draft.scenario.facts.length || draft.sim.turns.some((t) => t.signals.includes('wants-said'));
  return (
    !draft.parroted &&
    ((draft.factsRevealed.length > 0 && !storyTold) ||
      (details.remedies.length > 0 && committing) ||
      (details.times.length > 0 && committing) ||
      // A follow-up is read only with a time (reply/rules/commit-followup.ts), and some times are when the thing she waits
      // for happens ("as soon as he's on his way", 司机出发后: scen15s) rather than a clock time the reading can place.
      has(draft, 'commit_followup') ||
      informsTime(draft) ||
      draft.after.offer !== draft.sim.offer ||
      draft.signals.includes('objection-answered') ||
      forestalls(draft) ||
      draft.signals.includes('solution-accepted') ||
      draft.signals.includes('understood') ||
      has(draft, 'escalate') ||
      explainsFirst(draft) ||
      viewAskedOnPlan(draft) ||
      (has(draft, 'move_private') && draft.scenario.setting === 'face_to_face'))
  );
}

/**
 * Her view asked for the first time on a plan already on the table ("Does that way of handling it work for you, or would
 * you like anything done differently?", 想唔想換個做法？) gives her the say (step 4, docs/training-model.md#step-ask-their-view):
 * not a hollow reply (blind t27-01). Asked again, or before anything is offered, it is talk.
 */
const viewAskedOnPlan = (draft: TurnDraft): boolean =>
  has(draft, 'ask_preference') && (draft.sim.moveCounts.ask_preference ?? 0) === 0 && draft.sim.offer !== null && draft.sim.offer !== undefined;

/**
 * The first explanation of the drill — why the answer is no, or what happened (六解釋, docs/training-model.md#eight-words) — answers the
 * "why?" she is owed: not a hollow reply. Explained again, it is talk.
 */
const explainsFirst = (draft: TurnDraft): boolean => has(draft, 'explain') && (draft.sim.moveCounts.explain ?? 0) === 0;

/** Moves whose words carry times that inform nothing: questions, and echoes of the customer's own story. */
const NOT_INFORMING: readonly string[] = ['ask_open', 'ask_closed', 'ask_preference', 'paraphrase', 'apologize', 'empathize', 'acknowledge'];
/**
 * Moves that make their whole sentence a question or a read-back: "To make sure I have it right: the lift
 * has been out since 6 pm yesterday and he has an appointment tomorrow morning" tells her nothing new
 * about when, though the times sit well after the words the move was read from. So does an explanation of what
 * happened (scen15z, blind t25-22: 我跟您說明一下：陳醫師三點的時候被叫去處理急診…): its time is when it happened.
 */
const NOT_INFORMING_SENTENCE: readonly string[] = ['ask_open', 'ask_closed', 'ask_preference', 'paraphrase', 'explain'];

/**
 * The reply tells the customer, in a statement, when something about her case will happen — "Dr Chen
 * should be back in about ten minutes", 陳醫師大概再十分鐘就回來, "it'll be ready by 4:30" — a time she
 * had not been told before, once she has been heard (on an earlier reply). Informing her (docs/training-model.md#eight-words,
 * 六解釋: explain in terms that serve the customer) answers her "how long?" as a commitment would: it is not a
 * hollow reply. A time asked about ("is 3 o'clock OK?"), echoed from her story ("ten people tonight"),
 * named in her own words before ("since 6 pm yesterday", her-times.ts), or anywhere in a sentence that
 * asks or reads her story back, informs nothing.
 */
export function informsTime(draft: TurnDraft): boolean {
  if (draft.parroted || !draft.sim.understood || draft.reading.forbidden.length > 0) return false;
  const { text } = draft;
  const questions = draft.reading.evidence.filter((e) => NOT_INFORMING.includes(e.move));
  const sentenceMoves = draft.reading.evidence.filter((e) => NOT_INFORMING_SENTENCE.includes(e.move));
  const told = new Set(draft.sim.turns.flatMap((t) => t.analysis.details.times.map((x) => x.when)));
  const hers = herTimes(draft.scenario, draft.sim, draft.reading.locale);
  return draft.reading.details.times.some((t) => {
    if (told.has(t.when) || hers.has(timeWording(text, t.start, t.end)) || questions.some((q) => t.start < q.end && q.start < t.end)) return false;
    const { from, to } = sentenceAround(text, t.start, t.end);
    return !endsInQuestion(text, to) && !sentenceMoves.some((m) => m.start < to && m.end > from);
  });
}

export function patience(draft: TurnDraft): void {
  const { sim } = draft;
  // Asked what they want, the customer says it: neither hollow nor a step forward on its own. Sorry for
  // the third time with nothing done is hollow, whatever else was asked.
  const sorryAgain = draft.signals.includes('apology-repeated');
  // A question about something in particular, answered curtly because the customer is still too hot, was a
  // fair question at the wrong moment: the curt answer is its cost, not a lost turn of patience.
  const untoldAsked = draft.signals.includes('question-curt') && draft.reading.details.facts.some((id) => !sim.factsKnown.includes(id));
  // Asked about something already told, the customer says so and is annoyed (questions.ts): a listening
  // slip that costs hostility, not the patience warm words with nothing behind them use up.
  const askedAgain = draft.signals.includes('asked-again');
  // The first apology or the first empathy of the drill is the feelings step itself (docs/training-model.md#six-steps: apologise, then
  // show you feel it), even after a listening "go on, I'm listening" marked the feeling acknowledged.
  const firstFeeling = FIRST_FEELING.some((m) => has(draft, m) && (sim.moveCounts[m] ?? 0) === 0);
  const neutral = (draft.signals.includes('wants-said') || untoldAsked || askedAgain || firstFeeling) && !sorryAgain;
  const engaged = sim.feelingsAcknowledged || draft.parroted;
  const stalls = substantive(draft) && !sorryAgain ? 0 : neutral || !engaged ? sim.stalls : sim.stalls + 1;
  draft.after = { ...draft.after, stalls };
  if (stalls <= sim.stalls || stalls === 0) return;
  signal(draft, 'stalled');
  // A hollow reply calms nothing, however warm its words: the relief its apology or empathy would have
  // brought is cancelled (keyword salad must not talk a customer down to zero).
  const net = draft.changes.reduce((t, c) => t + c.delta, 0);
  if (net < 0) change(draft, 'hollow', -net);
  if (stalls >= draft.weights.patience) {
    signal(draft, 'gave-up');
    return;
  }
  // Warm words again and nothing else: "Nice words. What are you actually going to do?" A bare 「好」 or "OK" said no
  // nice words: it is asked what will be done, not told off for words it never said (hollow-remark.ts).
  if (!draft.parroted && !draft.signals.includes('apology-repeated') && draft.says.length === 0) {
    change(draft, 'no-substance', 2);
    draft.says.push(hollowRemark(draft));
  }
}
