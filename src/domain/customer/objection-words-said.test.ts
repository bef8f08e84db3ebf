// scen15hh (a new user's play-through): what the customer says about an objection answers only what she put into words.
// Water pump: 「好。我唔係要邊個冇咗份工，只係唔想下一個客都係咁。」 — her answer to hearing who answers for the runaround —
// came when she had never asked it (raised on a turn whose lines were full): nobody had offered to punish anyone. The cake
// chat: 「喂？我上一条消息问你的呢？」 after a bare 好 when her last message asked nothing.
import { describe, expect, it } from 'vitest';
import type { LocalizedText, SimState } from '../scenario/scenario.types.ts';
import { analysisOf } from '../scenario/test-support/keyword-classifier.ts';
import { playTurns, shipped, type Play } from '../scenario/test-support/shipped.ts';
import { remark } from './remarks.ts';
import { simulateTurn } from './simulate-turn.ts';

const heard: Play[] = [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']];
const keys = (lines: readonly LocalizedText[]) => new Set(lines.map((l) => l.en));
/** The state with the last turn's lines of `lines` taken out: raised, but never said (a turn says at most three lines). */
function unsaid(sim: SimState, lines: readonly LocalizedText[]): SimState {
  const last = sim.turns.at(-1)!;
  const drop = keys(lines);
  return { ...sim, turns: [...sim.turns.slice(0, -1), { ...last, customer: last.customer.filter((c) => !drop.has(c.en)) }] };
}
const said = (sim: SimState) => sim.turns.at(-1)!.customer.map((c) => c.en);

describe('an objection answered: her answer only to a question she put (water pump)', () => {
  const pump = shipped('water-pump-runaround');
  const runaround = pump.objections.find((o) => o.id === 'runaround-dealt-with')!;
  // The runaround open, everything else answered; asked in words on the last turn, or never.
  const open = (asked: boolean): SimState => {
    const base = unsaid(playTurns(pump, heard), runaround.says);
    const objections = Object.fromEntries(pump.objections.map((o) => [o.id, o.id === runaround.id ? 'open' : 'answered'] as const));
    const last = base.turns.at(-1)!;
    const customer = asked ? [...last.customer, runaround.says[0]!] : last.customer;
    return { ...base, objections, turns: [...base.turns.slice(0, -1), { ...last, customer }] };
  };

  it('asked, then answered by taking it on: she says her answer', () => {
    const next = simulateTurn(pump, open(true), 'I will take this on myself quartz', analysisOf('take_ownership'));
    expect(next.objections[runaround.id]).toBe('answered');
    expect(said(next).some((w) => keys(runaround.answered).has(w))).toBe(true);
  });

  it('raised but never said, then answered: it is settled without a reply to a question she never asked', () => {
    const next = simulateTurn(pump, open(false), 'I will take this on myself quartz', analysisOf('take_ownership'));
    expect(next.objections[runaround.id]).toBe('answered');
    for (const w of said(next)) expect(keys(runaround.answered).has(w)).toBe(false);
  });
});

describe('"what about what I asked in my last message?" only when her last message asked it (cake chat)', () => {
  const cake = shipped('chat-late-birthday-cake');
  const [plain, ...more] = remark(cake, 'unanswered');

  it('asked two messages ago, not in the last: a bare 好 draws at most the plain reminder', () => {
    const offered = playTurns(cake, [...heard, { offer: ['propose_solution'] }]);
    const open = cake.objections.find((o) => offered.objections[o.id] === 'open')!;
    expect(said(offered).some((w) => keys(open.says).has(w))).toBe(true);
    // Her next message says something else (the objection's words taken out of it), then the trainee writes 好.
    const thanked = simulateTurn(cake, offered, 'thanks amber', analysisOf('thank'));
    const quiet = unsaid(thanked, [...open.says, ...remark(cake, 'unanswered')]);
    const bare = simulateTurn(cake, quiet, '好', analysisOf('acknowledge'));
    for (const m of more) expect(said(bare)).not.toContain(m.en);
    expect(plain).toBeDefined();
  });
});
