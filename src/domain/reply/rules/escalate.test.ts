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
});
