// Cases in zh-Hant, zh-Hans and en for the rule in ask-open.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('ask_open', () => {
  it("finds it in 當時是怎麼回應您的?", () => expectFound('ask_open', "當時是怎麼回應您的?", "怎麼回應"));
  it("finds it in 您能描述一下漏水的位置吗?", () => expectFound('ask_open', "您能描述一下漏水的位置吗?", "描述"));
  it("finds it in What did the engineer say when he came?", () => expectFound('ask_open', "What did the engineer say when he came?", "What did"));
  it("does not fire on 您為什麼不早點說呢?", () => expectNotFound('ask_open', "您為什麼不早點說呢?"));
  it("does not fire on 有什么可以帮您?", () => expectNotFound('ask_open', "有什么可以帮您?"));
  it("does not fire on Why didn't you read the notice?", () => expectNotFound('ask_open', "Why didn't you read the notice?"));
  it('finds it in Cantonese 之後發生咗啲咩事?', () => expectFound('ask_open', '之後發生咗啲咩事?'));
  it('finds it in 今朝你用嗰陣係咩情況?', () => expectFound('ask_open', '今朝你用嗰陣係咩情況?'));
});
