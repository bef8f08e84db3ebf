// Test support: telling written Cantonese from written Chinese (書面語) in zh-Hant text.

/** Characters only written Cantonese uses: particles, pronouns, verbs with no Mandarin reading. */
export const CANTONESE_ONLY = /[嘅咗唔喺哋嚟啲嗰冇㗎佢乜咩嘢搵揾攞啱睇諗谂噉咁]/u;

/**
 * Cantonese words spelled with characters written Chinese also has: 係 for 是 (not 關係), 俾 for 給, the
 * Cantonese days and times of day, 而家 for 現在, 呢 as "this" (呢度, 呢個 — not the question particle),
 * 仲 for 還. A line can be plainly spoken Cantonese with none of CANTONESE_ONLY (聽日我打俾你).
 */
const CANTONESE_WORDS = /(?<!關)係|俾|聽日|聽朝|下晝|而家|琴日|尋日|呢[度個件位條]|仲[有要未係]/u;

/** Whether a zh-Hant line reads as written Cantonese rather than written Chinese. */
export function isCantonese(text: string): boolean {
  return CANTONESE_ONLY.test(text) || CANTONESE_WORDS.test(text);
}
