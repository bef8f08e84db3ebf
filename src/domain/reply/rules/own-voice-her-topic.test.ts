// "The issue you mentioned" (您提到的…, 你講嘅…) names her topic; it does not retell her story, so what the trainee then
// takes on in the same clause is in the trainee's own voice (own-voice.ts, scen15p: blind t15-23).
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

describe('"the X you mentioned" before the trainee takes it on', () => {
  it('keeps the ownership (zh-Hans, yue)', () => {
    expect(classifyReply('您提到的保安问题由我亲自跟进，本周五前给您答复。').acts).toContain('take_ownership');
    expect(classifyReply('你講嘅保安問題由我親自跟進，星期五前覆你。').acts).toContain('take_ownership');
  });

  it('is still a retelling when what she said is reported, not named', () => {
    expect(classifyReply('您提到经理说会由他亲自跟进，对吗？').acts).not.toContain('take_ownership');
  });
});
