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

// blind t13-11–13: the chat customer's opening message is her story ("cake due by 3, nearly 4, party at 5"). An
// apology that gave it back, or an account of what went wrong, on an earlier reply means the next reply's plan is
// not made blind; a bare apology before the plan still is.
describe('an offer after her opening was read back or her case explained', () => {
  const cake = shipped('chat-late-birthday-cake');
  const chat = (replies: string[]) => runDrill(cake, replies, { read: createReader(cake), locale: 'zh-Hant', seed: baseSeed(cake) });
  const plan = '太古分店而家即刻準備一個一模一樣嘅，專車送上門，四點半前到。';

  it('weighs a plan after an apology that named her party (read back from her opening)', () => {
    const run = chat(['楊太你好，我係值班主任 Mandy。三點五都未收到蛋糕，五點就開生日會，真係好對唔住！', plan]);
    expect(run.sim.turns[1]?.signals).not.toContain('solution-uninformed');
    expect(run.sim.offer?.remedy).toBe('rush');
  });

  it('weighs a plan after the trainee told her what happened (explain)', () => {
    const run = chat(['楊太你好，我係值班主任 Mandy，真係好對唔住！', '啱啱查咗，原來架送貨車喺路上塞咗，冇人通知你，係我哋做得唔好。', plan]);
    expect(run.sim.turns[1]?.analysis.acts).toContain('explain');
    expect(run.sim.turns[2]?.signals).not.toContain('solution-uninformed');
    expect(run.sim.offer?.remedy).toBe('rush');
  });

  it('does not weigh a plan after a bare apology (too soon: nothing of hers heard yet)', () => {
    const run = chat(['楊太你好，我係值班主任 Mandy，真係好對唔住！', plan]);
    expect(run.sim.turns[1]?.signals).not.toContain('solution-accepted');
    expect(run.sim.offer).toBeNull();
  });
});

// scen15o (blind t16-11, t15-11): the plan told as what a colleague can or will do ("A dedicated driver can have it at
// your door by 4:30. OK to send?", 司機即刻出發) names someone in particular to do it, as "we" does; what a colleague
// did (the driver was late) offers nothing.
describe('an offer told as what a colleague will or can do', () => {
  const cake = shipped('chat-late-birthday-cake');
  const chat = (replies: string[], locale: 'en' | 'zh-Hant' = 'en') => runDrill(cake, replies, { read: createReader(cake), locale, seed: baseSeed(cake) });
  const sorry = "Hi Mrs Yeung, I'm Amy, the duty supervisor. So sorry, your cake is late and the party's at 5.";

  it('is weighed and accepted when it names her remedy and a time in time', () => {
    const run = chat([sorry, 'Our Tai Koo branch has the identical cake. A dedicated driver can have it at your door by 4:30. OK to send?']);
    expect(run.sim.offer).toMatchObject({ remedy: 'rush', status: 'accepted' });
  });

  it('is weighed in Cantonese too: 專車司機即刻出發', () => {
    const run = chat(['楊太你好，我係值班主任 Joey。蛋糕遲咗，仲要趕五點生日會，真係好對唔住。', '太古分店有一模一樣嘅，專車司機即刻出發，四點半前到。'], 'zh-Hant');
    expect(run.sim.offer?.remedy).toBe('rush');
  });

  it('is no offer when it tells what the driver did', () => {
    const run = chat([sorry, 'The driver was stuck in traffic with the Tai Koo branch order until 4:30.']);
    expect(run.sim.offer).toBeNull();
  });
});
