// Model answers are shown on the scorecard as the better phrasing, so they must read as what a member of
// staff in that place would say (issue 15 item 5): in a Hong Kong setting the trainee types Cantonese, and
// so should the answer (唔該你等等, 我同你確認吓…係咪？), not written Chinese (請您稍候, 我跟您確認一下…對嗎？);
// Taiwan's clinic stays in Taiwan Mandarin. 您 is kept: polite written chat and email use it.
import { describe, expect, it } from 'vitest';
import { WRITTEN_SETTINGS } from './settings.ts';
import { shipped, SHIPPED_IDS } from './test-support/shipped.ts';

const TAIWAN = new Set(['clinic-reception-wait']);
/** Words only Cantonese uses (particles, pronouns, verbs, time words). */
const CANTONESE = /[嘅咗唔係喺哋嚟啲嗰咁冇俾吓㗎佢乜咩諗]|而家|即刻|個鐘|聽日|聽朝|今朝/;
/** Grammar words of written Chinese a Hong Kong speaker says otherwise (的→嘅, 是→係, 這→呢, 沒有→冇, 們→哋). */
const WRITTEN = /的(?!士)|是|這|沒有|們|甚麼|什麼|怎樣|怎麼/;

describe.each([...SHIPPED_IDS])('%s: model answers in the language of the place', (id) => {
  const scenario = shipped(id);
  const answers = Object.entries(scenario.modelAnswers).flatMap(([state, list]) => list.map((a, i) => ({ at: `${state}[${i}]`, text: a['zh-Hant'] })));

  it(TAIWAN.has(id) ? 'zh-Hant is Taiwan Mandarin, never Cantonese' : 'zh-Hant is spoken Hong Kong Cantonese, not written Chinese', () => {
    const wrong = answers.filter(({ text }) => (TAIWAN.has(id) ? CANTONESE.test(text) : !CANTONESE.test(text) || WRITTEN.test(text)));
    expect(wrong.map((a) => `${a.at}: ${a.text}`)).toEqual([]);
  });
});

// 你 or 您 to the customer (scen15q, recorded in scenarios/README.md): a model answer is shown as the better
// phrasing, so one scenario must not switch between them. zh-Hans always says 您. zh-Hant says 您 where the
// line is written (chat, email) or Taiwan Mandarin, and 你 in spoken Hong Kong Cantonese, where 您 is not
// said across a counter or on the phone.
const isWritten = (setting: string) => (WRITTEN_SETTINGS as readonly string[]).includes(setting);

describe.each([...SHIPPED_IDS])('%s: one form of "you" to the customer', (id) => {
  const scenario = shipped(id);
  const answers = Object.entries(scenario.modelAnswers).flatMap(([state, list]) => list.map((a, i) => ({ at: `${state}[${i}]`, ...a })));
  const cantoneseSpoken = !TAIWAN.has(id) && !isWritten(scenario.setting);

  it('zh-Hans says 您, never 你', () => {
    expect(answers.filter((a) => a['zh-Hans'].includes('你')).map((a) => `${a.at}: ${a['zh-Hans']}`)).toEqual([]);
  });

  it(cantoneseSpoken ? 'zh-Hant (spoken Cantonese) says 你, never 您' : 'zh-Hant (written or Taiwan Mandarin) says 您, never 你', () => {
    const wrong = cantoneseSpoken ? '您' : '你';
    expect(answers.filter((a) => a['zh-Hant'].includes(wrong)).map((a) => `${a.at}: ${a['zh-Hant']}`)).toEqual([]);
  });
});
