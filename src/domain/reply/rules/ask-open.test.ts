// Cases in zh-Hant, zh-Hans and en for the rule in ask-open.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('ask_open', () => {
  it("finds it in 當時是怎麼回應您的?", () => expectFound('ask_open', "當時是怎麼回應您的?", "怎麼回應"));
  it("finds it in 您能描述一下漏水的位置吗?", () => expectFound('ask_open', "您能描述一下漏水的位置吗?", "描述"));
  it("finds it in What did the engineer say when he came?", () => expectFound('ask_open', "What did the engineer say when he came?", "What did"));
  // scen15u: the trainee about to tell her something, typed with no punctuation, asks her nothing.
  it('does not fire on 我先跟您说一下 (a chat with no punctuation)', () => expectNotFound('ask_open', '我先跟您说一下'));
  it('does not fire on 我先同你講下 (Cantonese)', () => expectNotFound('ask_open', '我先同你講下'));
  it("does not fire on let me tell you first where things stand", () => expectNotFound('ask_open', 'let me tell you first where things stand'));
  it('still finds 您能跟我说一下当时的情况吗？', () => expectFound('ask_open', '您能跟我说一下当时的情况吗？'));
  it("does not fire on 您為什麼不早點說呢?", () => expectNotFound('ask_open', "您為什麼不早點說呢?"));
  it("does not fire on 有什么可以帮您?", () => expectNotFound('ask_open', "有什么可以帮您?"));
  it("does not fire on Why didn't you read the notice?", () => expectNotFound('ask_open', "Why didn't you read the notice?"));
  it('finds it in Cantonese 之後發生咗啲咩事?', () => expectFound('ask_open', '之後發生咗啲咩事?'));
  it('finds it in 今朝你用嗰陣係咩情況?', () => expectFound('ask_open', '今朝你用嗰陣係咩情況?'));
  it('finds it in mainland 咋/啥: 快递员送件时是咋跟您沟通的?', () => expectFound('ask_open', '快递员送件时是咋跟您沟通的?'));
  it('finds it in 菜端上来的时候是个啥状态 (no question mark)', () => expectFound('ask_open', '菜端上来的时候是个啥状态'));
  it('finds it in Cantonese 邊 + classifier: 張單入面邊幾項你覺得有問題?', () => expectFound('ask_open', '張單入面邊幾項你覺得有問題?'));
  it('finds it in a closing request: 中间都经历了哪些事,您给我讲讲', () => expectFound('ask_open', '从下单到现在,中间都经历了哪些事,您给我讲讲'));
  it('does not fire on 我哪知道怎么回事', () => expectNotFound('ask_open', '您问我怎么回事,我哪知道怎么回事'));
  it('does not fire on 這有什麼好問的?', () => expectNotFound('ask_open', '這有什麼好問的?'));
  it('does not fire on an embedded question 請問當時的同事有跟您說他叫什麼名字嗎?', () => expectNotFound('ask_open', '請問當時接電話的同事有跟您說他叫什麼名字嗎?'));
  // scen15s (blind t19-36): "Can I ask how…" asks as openly as "May I ask how…".
  it('finds it in Can I ask how you use the pram day to day?', () => expectFound('ask_open', 'Can I ask how you use the pram and the shoe cabinet day to day?', 'how'));
  it('finds it in 想問下你，架嬰兒車平時點用？', () => expectFound('ask_open', '想問下你，架嬰兒車平時點用？'));
  it('finds it in 可以问一下您平时婴儿车是怎么用的吗？', () => expectFound('ask_open', '可以问一下您平时婴儿车是怎么用的吗？'));
  it('does not fire on Can I ask you to wait here a moment?', () => expectNotFound('ask_open', 'Can I ask you to wait here a moment?'));

  // lex24 (issue 12): a wh-question wrapped in "can I ask…" or "can (you) share with me…" asks for the story, as
  // 可唔可以話我知… and 能不能告訴我… do; "can I ask you to hold?" asks yes or no.
  it('finds it in Can I ask which stop you got off at?', () => expectFound('ask_open', 'Can I ask which stop you got off at?'));
  it('finds it in can share with me what the pharmacist told you?', () => expectFound('ask_open', 'can share with me what the pharmacist told you?'));
  it('finds it in 可唔可以話我知你喺邊間分店買?', () => expectFound('ask_open', '可唔可以話我知你喺邊間分店買?'));
  it('finds it in 能不能告诉我您是在哪个站下的车?', () => expectFound('ask_open', '能不能告诉我您是在哪个站下的车?'));
  it('does not fire on Can I ask you to hold for a minute?', () => expectNotFound('ask_open', 'Can I ask you to hold for a minute?'));
});
