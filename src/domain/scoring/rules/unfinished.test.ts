import { describe, expect, it } from 'vitest';
import { runDrill } from '../../drill/run-drill.ts';
import { createReader } from '../../reading/read-reply.ts';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { rule } from './unfinished.ts';

// Real replies through the real reader and customer: the reason must match what the customer was waiting for.
const cake = shipped('chat-late-birthday-cake');
const read = createReader(cake);
const hello = "Hi Mrs Yeung, I'm Yan, the duty supervisor. I'm so sorry your cake hasn't arrived, on your daughter's birthday. I'd be worried too.";
const ask = 'What time does the party start, and what did you order?';
const allergy = 'Is there anything special about the cake I should know, like allergies?';
const fix = "I'm sending an identical nut-free mango cake from our Tai Koo branch with a dedicated driver, with you by 4:30 today. I'll handle it personally.";
const reasons = (replies: string[]) => {
  const run = runDrill(cake, replies, { read, locale: 'en' });
  return rule.evaluate({ scenario: cake, sim: run.sim, turns: run.sim.turns, outcome: run.outcome, locale: 'en', diagnosis: null });
};

describe('unfinished: why a drill is incomplete', () => {
  it('says no solution was accepted when the replies stop while the story is still being told', () => {
    expect(reasons([hello, ask]).map((e) => e.message.key)).toEqual(['scorecards.rules.unfinished.noSolution']);
  });

  it('says the offer was still pending when it lacked a time', () => {
    expect(reasons([hello, ask, allergy, 'We can send a new cake with a dedicated driver.']).map((e) => e.message.key)).toEqual(['scorecards.rules.unfinished.offerPending']);
  });

  it('names the objection still open once the fix was accepted', () => {
    const [item] = reasons([hello, ask, allergy, fix]);
    expect(item?.message).toEqual({ key: 'scorecards.rules.unfinished.objectionOpen', params: { objection: cake.objections.find((o) => o.id === 'compensation')!.label.en } });
  });

  it('says the conversation was never closed when all was agreed and the customer calm', () => {
    const amends = 'I will also refund the delivery fee and give you a HK$100 voucher.';
    expect(reasons([hello, ask, allergy, fix, amends]).map((e) => e.message.key)).toEqual(['scorecards.rules.unfinished.notClosed']);
  });

  it('gives no reason, and never points, for a drill that ended', () => {
    const run = runDrill(cake, [hello, ask, allergy, fix, 'I will also refund the delivery fee and give you a HK$100 voucher.', 'Is that all right with you?'], { read, locale: 'en' });
    expect(run.outcome).toBe('resolved');
    expect(rule.evaluate({ scenario: cake, sim: run.sim, turns: run.sim.turns, outcome: run.outcome, locale: 'en', diagnosis: null })).toEqual([]);
    expect(reasons([hello, ask]).every((e) => e.points === 0)).toBe(true);
  });
});
