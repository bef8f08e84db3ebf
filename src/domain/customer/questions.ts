// Questions get answers (問, docs/training-model.md#step-gather): asked about a fact, the customer tells
// that fact — fully once calm enough, curtly while still too hot (敵意曲線); "go on" lets them volunteer
// the story; asked again about something already told, they say so; with nothing left to tell, they say
// that; asked what they want (step 5), they say what they want.
import { isBareToken } from './hollow-remark.ts';
import { remark, wantsSays } from './remarks.ts';
import { isHarmful, type MoveId } from '../reply/moves.ts';
import { harmsHer } from './harm.ts';
import { normalize } from '../reply/text/normalize.ts';
import { firstMention, orderByTopic } from '../scenario/fact-topics.ts';
import type { Fact, LocalizedText } from '../scenario/scenario.types.ts';
import { ANSWERED_RELIEF, ASKED_AGAIN_ANGER, CURT_ANGER, WANTS_ASKED_RELIEF } from './hostility-rules.ts';
import { QUESTION_MOVES } from './move-groups.ts';
import { endsInQuestion, sentenceAround } from './sentence-around.ts';
import { asksToConfirm, confirms, READ_BACK_DETAILS } from './read-back.ts';
import { asksHerToChooseWhen, choosesSooner } from './time-choice.ts';
import { change, has, hostilityNow, signal, type TurnDraft } from './turn-draft.ts';

export function questions(draft: TurnDraft): void {
  const { reading, scenario, sim } = draft;
  const acts = new Set(reading.acts);
  // "Does that work for you?" (ask_preference) asks about the plan, not the story: it reveals nothing.
  const factMoves = new Set(reading.acts.filter((m) => !isHarmful(m) && !(m === 'ask_closed' && acts.has('ask_preference'))));
  // A bare 「好」, 嗯 or "ok" on its own (hollow-remark.ts) acknowledges, but it does not invite her story: told her whole story
  // in answer to "ok", she would be answering a "go on, tell me" that was not said (scen15ff, play-through). She asks for
  // substance instead (lines.ts).
  if (isBareToken(draft.text)) factMoves.delete('acknowledge');
  const asking = QUESTION_MOVES.some((m) => factMoves.has(m));
  wants(draft);
  if (draft.parroted) {
    draft.factDecisions.push({ kind: 'parroted' });
    return;
  }

  // Asked to confirm her story read back ("…Is that right?", 即係…啱唔啱？): she says yes first (read-back.ts), and is neither
  // asked again nor told "that's everything I know" — nothing was asked of her but a yes.
  const confirming = !harmsHer(reading) && asksToConfirm(reading, draft.text);
  if (confirming) {
    draft.says.push({ source: 'confirm', lines: [confirms(scenario)], early: true });
  }
  // Asked to choose when ("this afternoon or tomorrow morning?"), she chooses first (time-choice.ts), then pushes on.
  const choosing = !confirming && !harmsHer(reading) && asksHerToChooseWhen(reading, draft.text);
  if (choosing) draft.says.push({ source: 'confirm', lines: [choosesSooner(scenario)], early: true });

  // Asked again about a fact already told (and about nothing new): "I told you: Tuesday and Friday." Only
  // a question about that fact counts: "I've found your purchase record — is tomorrow morning OK?" asks
  // about the time, not the purchase. One closed question naming two or more things she told reads them back, whether or
  // not the reader heard it as a paraphrase (「即係你浴室天花漏咗成個禮拜，打咗兩次電話都冇人嚟？」, play-through): it states
  // her facts, it does not ask about them.
  const questioned = questionText(draft);
  const told = scenario.facts.filter((f) => sim.factsKnown.includes(f.id) && firstMention(f, questioned) !== null);
  const untold = reading.details.facts.filter((id) => !sim.factsKnown.includes(id));
  const readBack = acts.has('paraphrase') || confirming || readsBackInOneQuestion(draft);
  if (asking && told.length > 0 && untold.length === 0 && !readBack) {
    const fact = told[0] as Fact;
    draft.factDecisions.push({ kind: 'again', fact: fact.id });
    signal(draft, 'asked-again');
    change(draft, 'asked-again', ASKED_AGAIN_ANGER);
    draft.says.push({ source: `again/${fact.id}`, lines: fact.again ? [fact.again] : remark(scenario, 'alreadyTold') });
    return;
  }

  const invited = factMoves.has('acknowledge');
  // A question naming a fact's topic asks about that fact, open or closed: "And has anyone been able to reach the flat
  // upstairs, 12B?" asks about 12B though that fact comes out to an open question (scen15ii, play-through).
  const askedByName = (f: Fact) => asking && firstMention(f, questioned) !== null;
  const asked = (f: Fact) => f.revealedBy.some((m) => m !== 'acknowledge' && factMoves.has(m)) || askedByName(f);
  const unknown = scenario.facts.filter((f) => !sim.factsKnown.includes(f.id));
  // A question about something in particular brings out the fact with that topic first; otherwise, and
  // when only invited to go on, the story comes in the scenario's order.
  const candidates = orderByTopic(unknown.filter((f) => invited || f.revealedBy.some((m) => factMoves.has(m)) || askedByName(f)), draft.text, asked);
  const fact = candidates[0];
  const hostility = hostilityNow(draft);
  if (fact && hostility <= fact.maxHostility && reading.forbidden.length === 0) {
    draft.factsRevealed.push(fact.id);
    // A reply that both asks openly and confirms (paraphrase/closed question) can bring out a second fact.
    const second = candidates[1];
    const askedTwice = [...factMoves].filter((m) => QUESTION_MOVES.includes(m) || m === 'paraphrase').length >= 2;
    if (second && askedTwice && hostility <= second.maxHostility) draft.factsRevealed.push(second.id);
    const byTopic = fact !== unknown.filter((f) => invited || f.revealedBy.some((m) => factMoves.has(m)))[0];
    // What she would ask, the trainee's own plan has already answered: a fact brought out while the reply's plan tells its
    // topic ("如果係樓上出問題，我負責同業主聯絡", "I'll contact the owner myself") comes without its closing question ("你哋應該有佢
    // 電話㗎？", "You must have his number, surely?") — she tells what she knows and does not ask for what was just said —
    // unless the reply asks about it (blind t29-06).
    const planned = planText(draft);
    const answeredByPlan = (f: Fact) => firstMention(f, planned) !== null && firstMention(f, questioned) === null;
    draft.factDecisions.push({ kind: 'revealed', fact: fact.id, why: byTopic ? 'topic' : 'order', hostility, maxHostility: fact.maxHostility });
    if (draft.factsRevealed.length > 1 && second) draft.factDecisions.push({ kind: 'revealed', fact: second.id, why: 'second', hostility, maxHostility: second.maxHostility });
    for (const id of draft.factsRevealed) {
      const told = scenario.facts.find((f) => f.id === id)!;
      if (!answeredByPlan(told) || !asksAtTheEnd(told.says)) {
        draft.says.push({ source: `fact/${id}`, lines: [told.says] });
        continue;
      }
      draft.factDecisions.push({ kind: 'question-answered-by-plan', fact: id });
      const rest = withoutClosingQuestion(told.says);
      if (rest) draft.says.push({ source: `fact/${id}`, lines: [rest] });
    }
    change(draft, 'question-answered', -ANSWERED_RELIEF * (draft.weights.relief.answered ?? 1));
    signal(draft, 'question-answered');
    draft.progress = true;
  } else if (fact && asking) {
    draft.factDecisions.push({ kind: 'curt', fact: fact.id, hostility, maxHostility: fact.maxHostility, forbidden: reading.forbidden.length > 0 });
    // A fair question about something in particular, at the wrong moment, gets a curt answer; a question
    // about nothing in particular while they are still hot also irritates.
    if (!reading.details.facts.includes(fact.id)) change(draft, 'question-curt', CURT_ANGER);
    signal(draft, 'question-curt');
    draft.says.push({ source: `curt/${fact.id}`, lines: [fact.curt] });
  } else if (!fact && asking && unknown.length === 0 && !acts.has('ask_preference') && !confirming && !choosing && asksForMore(draft)) {
    draft.factDecisions.push({ kind: 'nothing-left' });
    signal(draft, 'nothing-more');
    draft.says.push({ source: 'remark/nothingMore', lines: remark(scenario, 'nothingMore') });
  } else if (fact) draft.factDecisions.push({ kind: 'held-back', fact: fact.id, hostility, maxHostility: fact.maxHostility, forbidden: reading.forbidden.length > 0 });
  else draft.factDecisions.push({ kind: 'not-asked' });
  if (asking) answeredBeforeSorry(draft);
}

/**
 * A reply that says sorry again and asks about something of hers is asking: she answers the question, and "How many more
 * times are you going to say sorry?" (feelings.ts) is not said over it (scen15ii, play-through) — it is still counted.
 */
function answeredBeforeSorry(draft: TurnDraft): void {
  // Only a question: a 'go on, I'm listening' that brings out her story asks nothing, and sorry said again over it is hollow.
  if (!draft.says.some((s) => /^(fact|curt)\//u.test(s.source))) return;
  draft.says = draft.says.filter((s) => s.source !== 'remark/repeatedApology');
}

/**
 * Words that ask her to tell or add something — "Anything else I should know?", "What else happened?", 仲有冇其他要補充？,
 * 还有什么情况？ — in a reply's questions.
 */
const TELL_MORE = /know|tell|happen|add\b|mention|else.*(?:notice|see)|informat|detail|知|講|讲|說|说|發生|发生|補充|补充|情況|情况|細節|细节|資料|资料/u;

/**
 * Whether the reply's questions ask her for more of her story (scen15hh, blind t37-05). "That's everything I know" answers
 * only that: not "Does 3 o'clock suit you, or is there a better time today?", "would some buckets help?" or "Is there
 * anything else you'd like us to do?", which ask about what will be done — with a plan on the table, or a time or remedy named
 * in the question, a question is about the plan unless it asks her to tell or know something.
 */
function asksForMore(draft: TurnDraft): boolean {
  const questioned = draft.reading.evidence.filter((e) => QUESTION_MOVES.includes(e.move)).map((e) => draft.text.slice(e.start, e.end).toLowerCase()).join(' ');
  if (TELL_MORE.test(questioned)) return true;
  const { details } = draft.reading;
  return !offerInView(draft) && details.times.length === 0 && details.remedies.length === 0;
}

/** One question span of the reply names two or more facts she has already told: a read-back, not a question about them. */
function readsBackInOneQuestion(draft: TurnDraft): boolean {
  const { scenario, sim } = draft;
  return draft.reading.evidence
    .filter((e) => e.move === 'ask_closed')
    .some((e) => {
      const words = normalize(draft.text.slice(e.start, e.end)).text;
      return scenario.facts.filter((f) => sim.factsKnown.includes(f.id) && firstMention(f, words) !== null).length >= READ_BACK_DETAILS;
    });
}

/** A line that ends by asking, in any of its languages. */
const asksAtTheEnd = (says: LocalizedText): boolean => Object.values(says).some((t) => /[?？]\s*$/u.test(t));

/** The line without its closing question (each language's last sentence, when it asks); null when nothing else is left. */
function withoutClosingQuestion(says: LocalizedText): LocalizedText | null {
  const cut = (t: string): string => {
    const trimmed = t.trimEnd();
    if (!/[?？]$/u.test(trimmed)) return t;
    const ends = [...trimmed.slice(0, -1).matchAll(/[.!?。！？]/gu)].map((m) => (m.index ?? 0) + 1);
    return trimmed.slice(0, ends.length > 0 ? Math.max(...ends) : 0).trimEnd();
  };
  const rest = Object.fromEntries(Object.entries(says).map(([locale, t]) => [locale, cut(t)])) as LocalizedText;
  return Object.values(rest).some((t) => t === '') ? null : rest;
}

/** The moves by which a reply tells what the trainee will do (a remedy, taking it on, a follow-up, putting it higher). */
const PLAN_MOVES: readonly MoveId[] = ['propose_solution', 'take_ownership', 'commit_followup', 'escalate'];

/**
 * The clauses of the reply that tell its plan (holding a PLAN_MOVES span, in a sentence that does not ask), folded, for
 * matching a fact's topics: "如果係樓上出問題，我負責同業主聯絡安排維修。" tells the owner upstairs in its second clause;
 * "三點你方唔方便喺屋企？" asks, and a sentence's other clauses ("順便上樓上 12B 查水源") tell no plan of their own.
 */
function planText(draft: TurnDraft): string {
  const { text } = draft;
  const clauses = new Map<number, string>();
  for (const e of draft.reading.evidence.filter((x) => PLAN_MOVES.includes(x.move))) {
    const { to } = sentenceAround(text, e.start, e.end);
    if (endsInQuestion(text, to)) continue;
    const from = text.slice(0, e.start).search(/[^.!?。！？\n,，;；:：、]*$/u);
    const after = text.slice(e.end).search(/[.!?。！？\n,，;；:：、]/u);
    clauses.set(from, text.slice(from, after < 0 ? text.length : e.end + after));
  }
  return normalize([...clauses.values()].join('。')).text;
}

/** The words of the reply's questions, folded (normalize.ts), for matching a fact's topics. */
function questionText(draft: TurnDraft): string {
  const spans = draft.reading.evidence.filter((e) => QUESTION_MOVES.includes(e.move));
  return normalize(spans.map((e) => draft.text.slice(e.start, e.end)).join('。')).text;
}

/** Asked what they want (ask_preference, docs/training-model.md#step-ask-their-view): they say it; asked again, they say so. */
function wants(draft: TurnDraft): void {
  if (!has(draft, 'ask_preference') || draft.parroted) return;
  // Once a solution is accepted, "Does that work for you?" checks the plan: the customer does not restate
  // what they wanted ("I want someone here today…" after agreeing to exactly that).
  if (draft.sim.solutionAccepted) return;
  // Nor while a remedy is offered in this reply or on the table: "Does this arrangement suit your father?"
  // after a plan asks about that plan; she answers the offer (offer.ts: accepts, pushes back, asks when or
  // who) and never re-demands what was just offered to her. Being asked her view still calms, once.
  if (offerInView(draft)) {
    const askedBefore = draft.sim.turns.some((t) => t.changes.some((c) => c.cause === 'wants-asked'));
    if (!askedBefore) change(draft, 'wants-asked', -WANTS_ASKED_RELIEF);
    return;
  }
  const before = draft.sim.turns.some((t) => t.signals.includes('wants-said'));
  if (before) {
    draft.says.push({ source: 'remark/wantsAgain', lines: remark(draft.scenario, 'wantsAgain') });
    return;
  }
  signal(draft, 'wants-said');
  change(draft, 'wants-asked', -WANTS_ASKED_RELIEF);
  draft.says.push({ source: 'wants', lines: wantsSays(draft.scenario) });
  draft.progress = true;
}

/**
 * A remedy is proposed in this reply or still on the table from an earlier one. Options only named in the
 * question ("a refund or a technician, which would you prefer?") ask her what she wants: she says it.
 */
export const offerInView = (draft: TurnDraft): boolean =>
  has(draft, 'propose_solution') || (draft.sim.offer !== null && draft.sim.offer.status !== 'refused');
