// Cases in zh-Hant, zh-Hans and en for the rule in vague.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('vague', () => {
  it("finds it in 嗯,我不太清楚。", () => expectFound('vague', "嗯,我不太清楚。", "我不太清楚"));
  it("finds it in 改天再联系你吧。", () => expectFound('vague', "改天再联系你吧。", "改天再联系"));
  it("finds it in I don't know, we'll see.", () => expectFound('vague', "I don't know, we'll see.", "know"));
  it("does not fire on 我不太清楚,但我可以馬上幫您查。", () => expectNotFound('vague', "我不太清楚,但我可以馬上幫您查。"));
  it("does not fire on I'm not sure, but I can find out for you right now.", () => expectNotFound('vague', "I'm not sure, but I can find out for you right now."));
});

// lex31 (blind23 s072, harm25 h103): after 'noted' (已经记录了, 記低咗, "we've noted it") a clause with its subject dropped
// that puts the answer off (会尽快答复, 遲啲有消息再通知你) is the trainee's own, and vague; a retelling topic
// (您反映的情况…) does not quote it either. What an agent told her, in quotation marks, stays hers.
describe('vague after noted, or after a retold topic (lex31)', () => {
  it('finds it in 您反映的情況我們已經登記了,會盡快回覆您。', () => expectFound('vague', '您反映的情況我們已經登記了,會盡快回覆您。'));
  it('finds it in 你反映嘅情況我哋記低咗,遲啲有消息再通知你。', () => expectFound('vague', '你反映嘅情況我哋記低咗,遲啲有消息再通知你。'));
  it('finds it in 这个情况我已经记录了,后续会尽快给您答复。', () => expectFound('vague', '这个情况我已经记录了,后续会尽快给您答复。'));
  it('finds it in The issue you raised, we have noted it, someone will get back to you at some point.', () =>
    expectFound('vague', 'The issue you raised, we have noted it, someone will get back to you at some point.'));
  it('does not fire on what the agent told her, quoted: 你是說那個客服說「改天再通知你」,然後就沒下文了', () =>
    expectNotFound('vague', '你是說那個客服說「改天再通知你」,然後就沒下文了'));
  it('does not fire on her story retold: The problem you mentioned was that nobody would get back to you at some point', () =>
    expectNotFound('vague', 'The problem you mentioned was that nobody would get back to you at some point'));
  it('does not fire on a timed callback after noted: 你講嘅問題我哋記低咗,我今日五點前打返畀你。', () =>
    expectNotFound('vague', '你講嘅問題我哋記低咗,我今日五點前打返畀你。'));
});
