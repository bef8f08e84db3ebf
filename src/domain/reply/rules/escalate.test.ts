// Cases in zh-Hant, zh-Hans and en for the rule in escalate.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('escalate', () => {
  it("finds it in 我請經理過來跟您談。", () => expectFound('escalate', "我請經理過來跟您談。", "請經理"));
  it("finds it in 我请主管过来,他可以马上做决定。", () => expectFound('escalate', "我请主管过来,他可以马上做决定。", "请主管"));
  it("finds it in Let me get my supervisor, she can authorise this.", () => expectFound('escalate', "Let me get my supervisor, she can authorise this.", "get my supervisor"));
  it("does not fire on 你自己去找經理吧。", () => expectNotFound('escalate', "你自己去找經理吧。"));
  it("does not fire on You'll need to call the manager yourself.", () => expectNotFound('escalate', "You'll need to call the manager yourself."));
  it('finds it in 賠償我沒有權限,我馬上向主管申請。', () => expectFound('escalate', '賠償我沒有權限,我馬上向主管申請。', '向主管申請'));
  it('finds it in 我请我们总干事过来跟您当面说明。', () => expectFound('escalate', '我请我们总干事过来跟您当面说明。', '总干事'));
  it("finds it in I'm handing this to our customer relations manager.", () => expectFound('escalate', "I'm handing this to our customer relations manager.", 'manager'));
  it('finds it with any authority noun and fetching verb: 我叫我哋護士長嚟同你傾下', () => expectFound('escalate', '我叫我哋護士長嚟同你傾下', '護士長'));
  it('finds it when the manager was named before: …my supervisor does, so I will go and get her right now.', () =>
    expectFound('escalate', "I can't approve it, but my supervisor can, so I'm going to walk over and get her right now."));
  it('does not fire on a futile manager: 找經理也沒用,經理來了也是這麼說', () => expectNotFound('escalate', '找經理也沒用,經理來了也是這麼說'));
  it('does not fire on a retold promise: 上次經理話會打俾你,係咪?', () => expectNotFound('escalate', '上次經理話會打俾你,係咪?'));
  it("does not fire on a manager who won't help: My manager won't tell you anything different.", () => expectNotFound('escalate', "My manager won't tell you anything different."));
  // scen15v (probe p15v-03): the supervisor named as the one who decides, then the trainee taking it to her now
  // ("I'm putting it to her today"), as 正在帮您提交给主管审批 and 而家幫你交俾主管批 are.
  it("finds it in …needs my supervisor's approval; I'm putting it to her today.", () =>
    expectFound('escalate', "Anything beyond that, like a hotel or a taxi, needs my supervisor's approval; I'm putting it to her today.", 'putting it to her'));
  it('finds it in 正在帮您提交给主管审批。', () => expectFound('escalate', '正在帮您提交给主管审批。'));
  it('finds it in 而家幫你交咗俾主管批。', () => expectFound('escalate', '而家幫你交咗俾主管批。'));
  it("does not fire on My manager is away, so I'm putting it to the team instead.", () => expectNotFound('escalate', "My manager is away, so I'm putting it to the team instead."));
});

// lex31 (blind27 u052 u189, blind28 u123 u129, blind30 u200 — three writers): the senior named and then calling her, the
// matter sent up to a lead or 'upward', the manager asked — in three languages; beside a put-off with no time, 'upward' is
// the brush-off (blind24 s069, harm25 h098).
describe('escalate: the senior who will call, and the matter sent upward (lex31)', () => {
  it('finds it in 店長而家喺倉,佢一出嚟我叫佢即刻打俾你。', () => expectFound('escalate', '店長而家喺倉,佢一出嚟我叫佢即刻打俾你。'));
  it('finds it in 主管正在开会,等她开完我请她打给您。', () => expectFound('escalate', '主管正在开会,等她开完我请她打给您。'));
  it("finds it in The duty manager's with another guest, but he'll call you as soon as he's free.", () =>
    expectFound('escalate', "The duty manager's with another guest, but he'll call you as soon as he's free."));
  it("finds it in I've flagged it to my shift lead and she'll call you before five.", () => expectFound('escalate', "I've flagged it to my shift lead and she'll call you before five."));
  it('finds it in 我幫你向上頭反映,睇下可唔可以通融。', () => expectFound('escalate', '我幫你向上頭反映,睇下可唔可以通融。'));
  it('does not fire on 我會向上面反映,不過幾時有回覆就講唔準。', () => expectNotFound('escalate', '我會向上面反映,不過幾時有回覆就講唔準。'));
  it("does not fire on My manager won't be in until Monday.", () => expectNotFound('escalate', "My manager won't be in until Monday."));
  it('does not fire on 你自己打去問問你哋主管啦。', () => expectNotFound('escalate', '你自己打去問問你哋主管啦。'));
});
