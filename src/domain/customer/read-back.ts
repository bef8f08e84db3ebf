// A read-back asked as a question — "Let me make sure I have this right: … Is that right?", 即係…啱唔啱？, 就是说…对吗？ — restates
// her story and asks her to confirm it (聽: restate to confirm, docs/training-model.md#listen). It asks for no fact: she does
// not tell it again, is not "asked again", and never answers "That's everything I know" to it (scen15hh, blind t37-05 and the
// play-through). She confirms first — "Yes, that's right." — and then pushes on as she would (lines.ts).
import type { Reading } from '../reading/reading.types.ts';
import type { LocalizedText, Scenario } from '../scenario/scenario.types.ts';

/** How a reply asks her to confirm what it read back, in the three languages. */
export const CONFIRM_TAG =
  /对吗|對嗎|对吧|對吧|对不对|對不對|是不是|是吗|是嗎|是这样吗|是這樣嗎|係咪|系咪|係唔係|系唔系|啱唔啱|啱嗎|啱唔啱呀|冇錯吧|没错吧|right\?|correct\?|is that right|is that correct|have i got that right|did i get that right|checking|confirm/;

/** Two or more of her details (facts, or a time beside one): one detail named in a question asks about it. */
export const READ_BACK_DETAILS = 2;

/** How many of her details a reading names: its facts, and a time as one more. */
export const detailsNamed = (reading: Reading): number => new Set(reading.details.facts).size + (reading.details.times.length > 0 ? 1 : 0);

/**
 * The reply reads her story back and asks her to confirm it: a closed question with a confirming tag, beside a paraphrase or
 * naming two or more of her details ("2lb mango cake, Tai Koo, 1–3 pm today. Right?"). A plan asked about ("I'll send someone
 * at three — is that right for you?") is not one: nothing of hers is read back in it.
 */
export function asksToConfirm(reading: Reading, text: string): boolean {
  if (!reading.acts.includes('ask_closed')) return false;
  if (!reading.acts.includes('paraphrase') && detailsNamed(reading) < READ_BACK_DETAILS) return false;
  return CONFIRM_TAG.test(text.toLowerCase());
}

/** Words only Cantonese writes (咗, 嘅, 唔, 喺, 冇, 哋, 嚟): a scenario whose customer opens in them speaks Cantonese in zh-Hant. */
export const CANTONESE = /[咗嘅唔喺冇哋嚟]/u;

/**
 * What she says first to a read-back she is asked to confirm, in every scenario: only a yes, in her own zh-Hant — Cantonese
 * (係，冇錯。) where her opening is Cantonese, Taiwan Mandarin (對，沒錯。) otherwise.
 */
export function confirms(scenario: Scenario): LocalizedText {
  const zhHant = CANTONESE.test(scenario.opening['zh-Hant']) ? '係，冇錯。' : '對，沒錯。';
  return { 'zh-Hant': zhHant, 'zh-Hans': '对，没错。', en: "Yes, that's right." };
}
