// 問 ask (docs/training-model.md#step-gather): open questions for the story, closed and confirming questions to
// pin it down; ask *enough* to learn the whole story instead of concluding yourself. Questions fired at a
// customer who is still venting get curt answers and cost a little.
import { factsUncovered } from '../drill-ending.ts';
import { evidence, spanOf, weighedOffer } from '../evidence.ts';
import { suggestWithExample } from '../scenario-example.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';

export const OPEN_POINTS: [number, number] = [25, 10];
export const CONFIRM_POINTS = 15;
/** Share of the dimension earned by uncovering the scenario's facts. */
export const FACTS_POINTS = 60;
/**
 * The story drawn out and then nothing offered on it: the questions gathered facts the replies never used
 * (asking is step 3 *to* solve, docs/training-model.md#step-gather), so the facts earn half — keyword salad's "anything
 * else?" draws the whole story from a patient customer and would otherwise score like a real interview.
 */
export const UNUSED_FACTS_SHARE = 0.5;
export const CURT_POINTS = -5;
/**
 * In a chat (the written channel, setting `chat`), messages are short and the customer is in a hurry: a question with
 * choices or a closed one that confirms ("Your order's the 2 lb mango cake for 1–3 pm, right?", "Driver to ring you, or
 * come up?", 您看这样行吗？还是…) is how the channel asks — the decks' step 3 names questions with choices and questions
 * aimed at an outcome beside open ones (docs/training-model.md#step-gather) — and an open "tell me what happened" invites
 * the wall of text the channel avoids. Such a question earns the first open question's points when none was asked.
 */
export const CHAT_QUESTION_MOVES = ['ask_preference', 'ask_closed'] as const;

export const rule: ScoringRule = {
  id: 'questions',
  dimension: 'ask',
  evaluate: ({ turns, scenario, locale }) => {
    const suggest = (key: Parameters<typeof suggestWithExample>[2]) => suggestWithExample(scenario, locale, key);
    const items: EvidenceItem[] = [];
    const open = turns.filter((t) => t.analysis.acts.includes('ask_open'));
    open.slice(0, 2).forEach((turn, i) => {
      items.push(evidence('questions', 'ask', OPEN_POINTS[i] ?? 0, { key: 'openQuestion' }, { turn, span: spanOf(turn, 'ask_open') }));
    });
    // The first reply asking one, with the move it asked by (a reply with both is credited for the choice).
    const chatQuestion =
      open.length === 0 && scenario.setting === 'chat'
        ? turns.flatMap((turn) => CHAT_QUESTION_MOVES.filter((m) => turn.analysis.acts.includes(m)).map((move) => ({ turn, move })))[0]
        : undefined;
    if (chatQuestion) {
      items.push(evidence('questions', 'ask', OPEN_POINTS[0], { key: 'chatQuestion' }, { turn: chatQuestion.turn, span: spanOf(chatQuestion.turn, chatQuestion.move, CHAT_QUESTION_MOVES) }));
    } else if (open.length === 0) items.push(evidence('questions', 'ask', 0, { key: 'noOpenQuestion' }, { suggestion: suggest('askOpen') }));
    const confirm = turns.find((t) => t.analysis.acts.includes('ask_closed') || t.analysis.acts.includes('paraphrase'));
    if (confirm) {
      const move = confirm.analysis.acts.includes('ask_closed') ? 'ask_closed' : 'paraphrase';
      // Said as it happened: a closed question confirms with a question, a restatement by saying it back (no question in it).
      items.push(evidence('questions', 'ask', CONFIRM_POINTS, { key: move === 'ask_closed' ? 'confirmed' : 'confirmedRestated' }, { turn: confirm, span: spanOf(confirm, move) }));
    }
    // The same count the drill's sidebar shows (drill-ending.ts).
    const { found: known, total } = factsUncovered(scenario, turns);
    const used = turns.some(weighedOffer);
    items.push(
      evidence('questions', 'ask', Math.round((FACTS_POINTS * known.size * (used ? 1 : UNUSED_FACTS_SHARE)) / total), { key: used || known.size === 0 ? 'factsUncovered' : 'factsUnused', params: { found: known.size, total } }, used || known.size === 0 ? {} : { suggestion: suggest('proposeSolution') }),
    );
    for (const fact of scenario.facts.filter((f) => !known.has(f.id))) {
      items.push(evidence('questions', 'ask', 0, { key: 'factMissed', params: { fact: fact.label[locale] } }, { suggestion: { key: 'askMore' } }));
    }
    for (const turn of turns.filter((t) => t.signals.includes('question-curt'))) {
      items.push(evidence('questions', 'ask', CURT_POINTS, { key: 'askedTooEarly' }, { turn, suggestion: { key: 'feelingsFirst' } }));
    }
    return items;
  },
};
