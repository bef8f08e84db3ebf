import { describe, expect, it } from 'vitest';
import type { MoveId } from '../../reply/moves.ts';
import { GOOD_PLAYS, shipped } from '../../scenario/test-support/shipped.ts';
import { readingOf } from '../../scenario/test-support/keyword-classifier.ts';
import { inputFor, pointsOf } from '../test-support/score-plays.ts';
import { ORDER_POINTS, rule, STEPS } from './six-steps.ts';

describe('six-steps', () => {
  it('gives 100 for every step, in order', () => {
    expect(pointsOf(rule, GOOD_PLAYS)).toBe(100);
  });
  it('gives each step its weight, and takes points for each step taken too early', () => {
    // Questions come before the apology: out of order.
    const plays = [['ask_open'], ['apologize']] as const;
    const weights = ['apology', 'questions'].map((id) => STEPS.find((s) => s.id === id)!.weight);
    expect(pointsOf(rule, plays.map((p) => [...p]))).toBe(weights.reduce((a, b) => a + b) + ORDER_POINTS);
  });

  it('hears her details read back in a closed question to confirm as the paraphrase step, as listening does (blind t5-32)', () => {
    const facts = shipped('angry-resident').facts.map((f) => f.id).slice(0, 2);
    const paraphrase = STEPS.find((s) => s.id === 'paraphrase')!;
    const step = (text: string) => rule.evaluate(inputFor([{ text, analysis: readingOf(['ask_closed'], { facts }) }])).find((e) => e.message.params.step === 'paraphrase')?.points;
    expect(step('係咪兩磅無果仁芒果蛋糕 送太古城？')).toBe(paraphrase.weight);
    // Two questions about two details ask; they read nothing back.
    expect(step('Is the ceiling still leaking? Did the repairman come?')).toBe(0);
  });

  it('counts the solution step only for a remedy the customer could weigh, not a premature or empty offer', () => {
    const solution = STEPS.find((s) => s.id === 'solution')!;
    const items = rule.evaluate(inputFor([['propose_solution'], ['apologize']]));
    expect(items.find((e) => e.message.params.step === 'solution')?.points).toBe(0);
    expect(solution.weight).toBeGreaterThan(0);
  });

  it("a calm suggestion-giver met with thanks was shown she was heard (the empathy step), an angry customer was not", () => {
    const step = (scenario?: ReturnType<typeof shipped>) =>
      rule.evaluate(inputFor([['thank', 'ask_open']], scenario ? { scenario } : {})).find((e) => e.message.params.step === 'empathy')?.points;
    expect(step(shipped('lobby-suggestion'))).toBe(STEPS.find((s) => s.id === 'empathy')!.weight);
    expect(step()).toBe(0);
  });

  it('a calm suggestion-giver thanked first had the opening step (一謝 before 二謙) — an angry customer thanked did not, and thanks said later opens nothing (blind t9-26/28)', () => {
    const opening = STEPS.find((s) => s.id === 'apology')!;
    const step = (plays: MoveId[][], scenario?: ReturnType<typeof shipped>) =>
      rule.evaluate(inputFor(plays, scenario ? { scenario } : {})).find((e) => e.message.params.step === 'apology')?.points;
    expect(step([['thank', 'acknowledge']], shipped('lobby-suggestion'))).toBe(opening.weight);
    expect(step([['thank', 'acknowledge']])).toBe(0);
    expect(step([['ask_open'], ['thank']], shipped('lobby-suggestion'))).toBe(0);
  });
});
