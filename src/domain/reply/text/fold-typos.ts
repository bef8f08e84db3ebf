// Typos and wrong homophones that trainees type under pressure, folded before matching so a slip of the
// input method does not hide a move: 抱欠 is 抱歉, 因该 is 应该, 邦你 is 帮你, "sory" is "sorry".
// Only slips that are never a real word in a reply are folded, so a near-miss of a listed phrase is not
// turned into one and a listed phrase is not hidden. Runs on the folded text (Simplified, lower case,
// contractions expanded); the span map is kept (rewrite.ts).
import type { FoldedText } from './normalize.ts';
import { applyRewrites, type Rewrite } from './rewrite.ts';

/** Chinese input-method slips (pinyin and Cantonese homophones), on Simplified text. */
const CHINESE: Rewrite[] = [
  [/抱欠/g, '抱歉', '抱欠'],
  [/到歉/g, '道歉', '到歉'],
  [/因该/g, '应该', '因该'],
  [/邦(?=你|我|忙|手|下|吓|您)/g, '帮', '邦'],
  [/吾(?=住|好意思|该)/g, '不', '吾'],
  [/以经/g, '已经', '以经'],
  [/清处/g, '清楚', '清处'],
  [/师付/g, '师傅', '师付'],
  [/时侯/g, '时候', '时侯'],
  [/在次/g, '再次', '在次'],
  [/重来(?=没|冇|不)/g, '从来', '重来'],
  [/明白白/g, '明白', '明白白'],
  // Cantonese 哋 typed as 地 (我地 = 我哋 = 我们), but not in 地址, 地方, 地下…
  [/(我|你|他|佢)地(?![址方下板铁区点图盘毯面步产盘])/g, '$1们', '地'],
];

/** English spelling slips, on lower-case text with contractions expanded. */
const ENGLISH: Rewrite[] = [
  [/\b(?!sorry\b)(?:so+r+y+|sorr|soory)\b/g, 'sorry', 'so'],
  [/\bapp+olog/g, 'apolog', 'ppolog'],
  [/\bteh\b/g, 'the', 'teh'],
  [/\bdefin[ai]te?ly\b|\bdefinetly\b|\bdefinitly\b/g, 'definitely', 'defin'],
  [/\b(?:fustrat|frustat|fustat|frusterat)/g, 'frustrat', 'at'],
  [/\b(?:polcy|policey|pollicy|ploicy|polisy)\b/g, 'policy', 'l'],
  [/\brecie?ve/g, 'receive', 'rec'],
  [/\buntill\b/g, 'until', 'untill'],
  [/\b(?!tomorrow\b)tom+or+ow\b|\btmrw?\b|\btomoro\b|\btmw\b/g, 'tomorrow', 't'],
  [/\bpl[sz]\b/g, 'please', 'pl'],
  [/\bu\b(?!-)/g, 'you', 'u'],
  [/\bur\b(?= (?:order|booking|account|flat|car|parcel|number|name|card|bill|phone|email|address|fault|own))/g, 'your', 'ur'],
  [/\bth(?:a)?nx\b|\bthx\b/g, 'thanks', 'th'],
  [/\bgonna\b/g, 'going to', 'gonna'],
  [/\bwanna\b/g, 'want to', 'wanna'],
  [/\bhrs\b/g, 'hours', 'hrs'],
  [/\bmins\b/g, 'minutes', 'mins'],
  // "your not the only one", "your the one who…": you're typed as your.
  [/\byour (?=not\b|the one\b|going\b|welcome\b|right\b|wrong\b|absolutely\b|always\b|never\b|supposed\b)/g, 'you are ', 'your '],
  // "on you're confirmation email": your typed as you're (expanded to "you are" before this runs).
  [/\byou are (?=(?:confirmation|email|order|booking|account|receipt|fault|name|number|card|payment|bill|flat|parcel|package|ticket|phone|own)\b)/g, 'your ', 'you are '],
  // "ur frustrated", "ur not the only one": ur before a feeling or state is you're.
  [/\bur\b(?= (?:so |really |very |clearly |obviously |totally |just |still |not )?(?:frustrated|upset|angry|annoyed|fed up|worried|stressed|disappointed|confused|furious|mad|right|welcome|not|still|going|getting|being|sure)\b)/g, 'you are', 'ur'],
];

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[a-z]/;

/** Folds the typos above. */
export function foldTypos(f: FoldedText): FoldedText {
  let out = f;
  if (HAN.test(out.text)) out = applyRewrites(out, CHINESE);
  if (LATIN.test(out.text)) out = applyRewrites(out, ENGLISH);
  return out;
}
