// Cases in zh-Hant, zh-Hans and en for the rule in take-ownership.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('take_ownership', () => {
  it("finds it in 這件事由我跟進到底。", () => expectFound('take_ownership', "這件事由我跟進到底。", "由我跟進"));
  it("finds it in 您放心,交给我,我负责到底。", () => expectFound('take_ownership', "您放心,交给我,我负责到底。", "交给我"));
  it("finds it in Leave it with me, I'll see this through personally.", () => expectFound('take_ownership', "Leave it with me, I'll see this through personally.", "Leave it with me"));
  it("does not fire on 這不歸我管。", () => expectNotFound('take_ownership', "這不歸我管。"));
  it("does not fire on That's not my job.", () => expectNotFound('take_ownership', "That's not my job."));
  it('finds it in 我嚟幫你跟,唔會叫你再等其他同事', () => expectFound('take_ownership', '我嚟幫你跟,唔會叫你再等其他同事'));
  it('finds it in 工程部那邊我來聯繫,您不用自己打', () => expectFound('take_ownership', '工程部那邊我來聯繫,您不用自己打'));
  it("finds it in Rather than send you over to billing, I'll get it fixed from here myself.", () => expectFound('take_ownership', "Rather than send you over to billing, I'll get it fixed from here myself."));
  it('does not fire on an echo: 我跟進?我手上還有一堆事呢', () => expectNotFound('take_ownership', '我跟進?我手上還有一堆事呢'));
  it('does not fire on a retold promise: 佢話佢會跟到底,點知之後冇晒音訊?', () => expectNotFound('take_ownership', '佢話佢會跟到底,點知之後冇晒音訊?'));
  it("does not fire on I'll take it personally if you keep shouting.", () => expectNotFound('take_ownership', "I'll take it personally if you keep shouting."));
  it('does not fire on a bare follow-up that stays vague: 我會跟進,有消息再通知你', () => expectNotFound('take_ownership', '我會跟進,有消息再通知你'));
  it('does not fire on impatience: 我都知道了啦,你唔使再講多次', () => expectNotFound('take_ownership', '我都知道了啦,你唔使再講多次'));
});
