// In a reply typed without punctuation, a retelling (即係話…, "you were told…") must not swallow what the
// trainee then says in their own voice: a confirming tag or "let me…" ends it. Before the restart cue, the
// apology, the ownership and the timed promise below were all read as part of the customer's story.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

describe('a run-on reply: the trainee takes the floor again after a retelling', () => {
  it('Cantonese: 即係話…係咪真係好抱歉 keeps the apology after the confirming tag', () => {
    const acts = classifyReply('嗯嗯我喺度聽緊你慢慢講唔使急即係話你琴晚九點叫嘅外賣到十點半先到仲要凍晒係咪真係好抱歉').acts;
    expect(acts).toEqual(expect.arrayContaining(['paraphrase', 'apologize']));
  });

  it('Mandarin: 您是说…对吗真的很抱歉 keeps the apology after the confirming tag', () => {
    expect(classifyReply('您是说电梯从周一停到现在一直没人来修对吗真的很抱歉').acts).toContain('apologize');
  });

  it('English: "you were told… let me take this over" credits the ownership and the timed call-back', () => {
    const acts = classifyReply('you were told twice the part was ordered and nothing happened let me take this over myself and ill call you tomorrow before 11').acts;
    expect(acts).toEqual(expect.arrayContaining(['take_ownership', 'commit_followup']));
  });

  it('still treats a retold promise as retold when nobody takes the floor again', () => {
    expect(classifyReply('you were told the engineer would call you tomorrow before 11 and nobody did').acts).not.toContain('commit_followup');
    expect(classifyReply('即係話佢哋話會跟進到底但係冇人覆你').acts).not.toContain('take_ownership');
  });

  it('does not end a retelling at a speaker\'s own "let me": "he said let me check" stays retold', () => {
    expect(classifyReply('the agent said let me check and I will call you tomorrow and never did').acts).not.toContain('commit_followup');
  });

  // Issue 12 (blind8 families): the trainee takes the floor back after a colleague's word or a restatement.
  it("Cantonese: 店長話唔換得…但我會… credits the trainee's own offer", () => {
    expect(classifyReply('店長頭先話過咗七日唔換得 但我睇返你張單 我會幫你換過件新嘅').acts).toContain('propose_solution');
  });
  it('Mandarin: 即是說…對吧我現在安排… credits the remedy after the tag', () => {
    expect(classifyReply('也就是說冷氣裝好第二天就開始滴水對吧我現在安排師傅明天上午過去').acts).toEqual(expect.arrayContaining(['paraphrase', 'propose_solution']));
  });
  it('Cantonese: …啱唔啱如果係嘅話我幫你… credits the conditional remedy after the tag', () => {
    expect(classifyReply('你講嘅係琴日送錯咗嘅兩箱水啱唔啱如果係嘅話我幫你安排今日換過').acts).toContain('propose_solution');
  });
  it("English: 'they told you X, but I am…' credits the trainee's own remedy", () => {
    expect(classifyReply('the branch told you it could not be done but I am arranging the refund for you today').acts).toContain('propose_solution');
  });
  it('still treats a colleague\'s promise as retold when the trainee does not take the floor', () => {
    expect(classifyReply('同事頭先話會幫你換過件新嘅 但係到而家都冇人理你').acts).not.toContain('propose_solution');
  });
});

