// An offer made after the customer has said what she wants is not made blind (offer.ts): she weighs it,
// rather than asking "Do you even know what I'm here for?", even when her words counted as no fact.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';

const clinic = shipped('clinic-reception-wait');
const play = (replies: string[]) => runDrill(clinic, replies, { read: createReader(clinic), locale: 'en', seed: baseSeed(clinic) });
const sorry = "Mrs Lin? I'm Amy from the front desk. I'm so sorry, you've been waiting a very long time and nobody came to tell you why.";
const offer = "You'll be the very first patient Dr Chen sees when she's back, and I'll come and get you myself.";

describe('an offer after she said what she wants', () => {
  it('is weighed, not called uninformed', () => {
    const run = play([sorry, 'Dr Chen should be back in about ten minutes. Do you have somewhere you need to be this evening, or someone waiting for you?', offer]);
    expect(run.sim.turns[1]?.signals).toContain('wants-said');
    expect(run.sim.turns[2]?.signals).not.toContain('solution-uninformed');
    expect(run.sim.offer).not.toBeNull();
  });

  it('made before anything about her is known is still uninformed', () => {
    // A bare apology: "you've been waiting a very long time and nobody came to tell you why" reads back her opening
    // (lex19: the situation retold by what did not come), which is knowing something about her.
    const run = play(["Mrs Lin? I'm Amy from the front desk. I'm so sorry.", offer]);
    expect(run.sim.turns[1]?.signals).not.toContain('solution-accepted');
    expect(run.sim.offer).toBeNull();
  });
});
