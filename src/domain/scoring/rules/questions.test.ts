import { describe, expect, it } from 'vitest';
import type { MoveId } from '../../reply/moves.ts';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { inputFor, pointsOf } from '../test-support/score-plays.ts';
import { CURT_POINTS, FACTS_POINTS, OPEN_POINTS, rule, UNUSED_FACTS_SHARE } from './questions.ts';

describe('questions', () => {
  it('rewards open questions and the facts they uncover once the customer is calm', () => {
    const calm = pointsOf(rule, [['apologize', 'empathize'], ['ask_open'], { offer: ['propose_solution'] }]);
    expect(calm).toBe(OPEN_POINTS[0] + FACTS_POINTS / 4);
  });
  it('gives half for facts drawn out when nothing was ever offered on them (keyword salad asking "anything else?")', () => {
    const unused = rule.evaluate(inputFor([['apologize', 'empathize'], ['ask_open']]));
    expect(unused.reduce((s, e) => s + e.points, 0)).toBe(OPEN_POINTS[0] + Math.round((FACTS_POINTS / 4) * UNUSED_FACTS_SHARE));
    // What to do with them: offer something concrete, shown by angry-resident's own model answer that offers one.
    const suggestion = unused.find((e) => e.message.key === 'scorecards.rules.factsUnused')?.suggestion;
    expect(suggestion?.key).toBe('scorecards.suggestions.example.proposeSolution');
    expect(Object.values(shipped('angry-resident').modelAnswers).flat().map((a) => a.en)).toContain(suggestion?.params['example']);
  });
  it('costs a little when questions are fired at a customer still venting', () => {
    expect(pointsOf(rule, [['ask_open']])).toBe(OPEN_POINTS[0] + CURT_POINTS);
  });
  it('lists the facts never uncovered, with the scenario label in the drill locale', () => {
    const missed = rule.evaluate(inputFor([], { locale: 'zh-Hant' })).filter((e) => e.message.key === 'scorecards.rules.factMissed');
    expect(missed).toHaveLength(4);
    expect(missed[0]?.message.params.fact).toContain('上週一');
  });
  it('in a chat, a question with choices or a confirming one earns the first open question\'s points when none was asked (scen15w)', () => {
    const chat = shipped('chat-late-birthday-cake');
    const plays = [['apologize', 'empathize'], ['ask_closed', 'paraphrase'], ['ask_preference']] as const;
    const items = rule.evaluate(inputFor(plays.map((p) => [...p]), { scenario: chat }));
    const chatQuestion = items.find((e) => e.message.key === 'scorecards.rules.chatQuestion');
    expect(chatQuestion?.points).toBe(OPEN_POINTS[0]);
    expect(chatQuestion?.turn).toBe(2);
    expect(items.some((e) => e.message.key === 'scorecards.rules.noOpenQuestion')).toBe(false);
    // Face to face, the same closed questions leave the open question missing; in a chat an open one scores as open.
    const counter = rule.evaluate(inputFor(plays.map((p) => [...p])));
    expect(counter.some((e) => e.message.key === 'scorecards.rules.chatQuestion')).toBe(false);
    expect(counter.some((e) => e.message.key === 'scorecards.rules.noOpenQuestion')).toBe(true);
    const open = rule.evaluate(inputFor([['apologize'], ['ask_open'], ['ask_closed']], { scenario: chat }));
    expect(open.filter((e) => e.message.key === 'scorecards.rules.openQuestion')).toHaveLength(1);
    expect(open.some((e) => e.message.key === 'scorecards.rules.chatQuestion')).toBe(false);
  });
  it('says how the understanding was confirmed: a closed question "with a question", a restatement without one by saying it back', () => {
    const key = (plays: MoveId[][]) => rule.evaluate(inputFor(plays)).find((e) => e.message.key.startsWith('scorecards.rules.confirmed'))?.message.key;
    expect(key([['apologize'], ['paraphrase']])).toBe('scorecards.rules.confirmedRestated');
    expect(key([['apologize'], ['paraphrase', 'ask_closed']])).toBe('scorecards.rules.confirmed');
    expect(key([['apologize'], ['ask_closed']])).toBe('scorecards.rules.confirmed');
  });
});
