// The customer hears an explanation given for her sake (六解釋, docs/training-model.md#eight-words): the kind no with its reason — "that
// landing is the fire escape you and your baby would use" — answers the want it refuses better than a bare
// refusal, and better than saying nothing; explained again it is talk. Keyword salad never carries it.
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import type { SimState } from '../scenario/scenario.types.ts';
import { playTurns, shipped, type Play } from '../scenario/test-support/shipped.ts';

const pram = shipped('stairwell-pram');
const heard: Play[] = [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']];
const last = (sim: SimState) => sim.turns.at(-1)!;

describe('the customer hears an explanation for her sake', () => {
  it('calms more at an explained no than at a bare refusal or at silence, and counts it as a step, not a stall', () => {
    const explained = playTurns(pram, [...heard, ['explain']]);
    const refused = playTurns(pram, [...heard, ['refuse']]);
    const nothing = playTurns(pram, [...heard, []]);
    expect(explained.hostility).toBeLessThan(refused.hostility);
    expect(explained.hostility).toBeLessThan(nothing.hostility);
    expect(last(explained).signals).not.toContain('ignored');
    expect(last(explained).signals).not.toContain('stalled');
  });

  it('hears a second explanation with nothing else as hollow talk', () => {
    const again = playTurns(pram, [...heard, ['explain'], ['explain']]);
    expect(last(again).signals).toContain('stalled');
  });

  it('never hears an explanation in keyword salad, in any language', () => {
    const read = createReader(pram);
    for (const salad of [
      '梁太太，非常抱歉，我完全理解您的感受，我们一定会跟进，安全第一，规定就是为了大家。',
      '梁太，對唔住，我明白，安全好重要，我哋一定會跟進。',
      'We sincerely apologise, we understand your safety concerns, we value you and will follow up on the rules.',
    ]) expect(read(salad).acts, salad).not.toContain('explain');
  });
});
