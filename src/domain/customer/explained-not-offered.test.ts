// scen15n (blind t14-18). Telling her what happened is not offering her anything: the remedy's words in an account
// ("先进去的是王医生的病人") name her story, its time is when it happened and its 我 is the one explaining (offer.ts,
// offersImplicitly). And a statement naming one of her remedies with a time tells her what will happen: it is
// weighed, never met as a reply that ignored her (feelings.ts).
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';

const clinic = shipped('clinic-reception-wait');
const play = (replies: string[], locale: 'zh-Hans' | 'zh-Hant' | 'en') => runDrill(clinic, replies, { read: createReader(clinic), locale, seed: baseSeed(clinic) });
const sorry = '林奶奶，您好，我是前台的小王。让您等了两个小时都没人跟您说一声，实在对不起。';
const asked = '您是约了两点半看陈医生，对吧？有什么不舒服的都可以告诉我。';

describe('an account of what happened', () => {
  it('is no offer of the remedy its words name (王医生 in the story is not "see Dr Wang instead")', () => {
    const run = play([sorry, asked, '我跟您解释一下：陈医生三点被叫去处理一位急诊病人，这段时间先进去的是王医生的病人和打疫苗的，真不是把您忘了。'], 'zh-Hans');
    expect(run.sim.turns[2]?.analysis.acts).toContain('explain');
    expect(run.sim.turns[2]?.signals).not.toContain('solution-accepted');
    expect(run.sim.offer).toBeNull();
  });

  it('still leaves an offer read by its own words to be weighed (Dr Wang offered now)', () => {
    const run = play([sorry, asked, '我跟您解释一下：陈医生被叫去处理急诊了。我现在就安排王医生五分钟后先给您看，好吗？'], 'zh-Hans');
    expect(run.sim.offer?.remedy).toBe('other-doctor');
  });
});

describe('a statement of what will happen, with its time', () => {
  it('is weighed and not met as ignoring her, even when no move is read in it', () => {
    const explained = '我跟您解释一下：陈医生三点被叫去处理一位急诊病人，真不是把您忘了。';
    const run = play([sorry, asked, explained, '陈医生大约十分钟后回来，回来第一个就给您看。'], 'zh-Hans');
    expect(run.sim.turns[3]?.signals).not.toContain('ignored');
    expect(run.sim.offer?.remedy).toBe('see-now');
  });

  it('a reply with none of her remedies and no move is still ignoring her', () => {
    const run = play([sorry, asked, '今天天气还可以。'], 'zh-Hans');
    expect(run.sim.turns[2]?.signals).toContain('ignored');
  });
});
