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
