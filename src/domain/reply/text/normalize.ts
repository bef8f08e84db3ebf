// Folds a reply into one canonical form for matching while remembering where every folded
// character came from, so evidence spans point at the trainee's original words.
import { foldCantonese } from './fold-cantonese.ts';
import { foldCodeSwitch } from './fold-code-switch.ts';
import { applyRewrites, type Rewrite } from './rewrite.ts';
import { toSimplified } from './fold-script.ts';
import { simplifyMapped } from './simplify-mapped.ts';
import { foldTypos } from './fold-typos.ts';

/** A folded text and, per folded character, the original span [start, end) it came from. */
export interface FoldedText {
  /** The original reply. */
  original: string;
  /** Lower-case, half-width, Simplified, 您→你, contractions expanded, punctuation canonical. */
  text: string;
  /** starts[i]: original offset where folded char i begins. */
  starts: number[];
  /** ends[i]: original offset where folded char i ends (exclusive). */
  ends: number[];
  /** True if Traditional→Simplified folding changed any character (the reply uses Traditional). */
  traditional: boolean;
}

// Punctuation folded to one canonical ASCII form; quotes all become '"'.
const PUNCT: Record<string, string> = {
  '。': '.', '｡': '.', '．': '.', '、': ',', '﹐': ',', '，': ',', '…': ',', '⋯': ',', '~': ',', '～': ',',
  '「': '"', '」': '"', '『': '"', '』': '"', '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '‘': "'", '’': "'", '`': "'", '´': "'", '！': '!', '？': '?', '；': ';', '：': ':',
  '—': ',', '–': '-', '·': ' ', '\u3000': ' ', '\t': ' ', '\r': ' ',
};
// Second-person forms folded to 你 (docs/training-model.md#same-phrase: 你/您 are the same phrase).
const YOU: Record<string, string> = { '您': '你', '妳': '你', '祢': '你' };

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast paths: ASCII, and CJK ideographs (which NFKC leaves unchanged).
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (PUNCT[ch] ?? ch);
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  const p = PUNCT[ch];
  if (p !== undefined) return p;
  // NFKC folds full-width Latin, digits and punctuation to ASCII (Ａ→A, ，→,, ？→?).
  const k = ch.normalize('NFKC');
  return (PUNCT[k] ?? k).toLowerCase();
}

/** English contractions expanded so `don't` and `do not` match the same pattern. */
// Each with a literal every match contains: a reply without it skips that regex (most skip them all).
const CONTRACTIONS: Rewrite[] = [
  [/\bcan't\b/g, 'can not', "can't"], [/\bcannot\b/g, 'can not', 'cannot'], [/\bwon't\b/g, 'will not', "won't"], [/\bshan't\b/g, 'shall not', "shan't"],
  [/\bain't\b/g, 'is not', "ain't"], [/\blet's\b/g, 'let us', "let's"],
  [/\b(it|that|what|there|here|who|where|how|he|she|this|one)'s\b/g, '$1 is', "'s"],
  [/\b([a-z]+)n't\b/g, '$1 not', "n't"], [/\b([a-z]+)'re\b/g, '$1 are', "'re"], [/\bi'm\b/g, 'i am', "i'm"],
  [/\b([a-z]+)'ll\b/g, '$1 will', "'ll"], [/\b([a-z]+)'ve\b/g, '$1 have', "'ve"], [/\b([a-z]+)'d\b/g, '$1 would', "'d"],
  // Casual typing drops the apostrophe ("im sorry", "dont worry"); only forms that are not words themselves.
  [/\bcant\b/g, 'can not', 'cant'], [/\bwont\b/g, 'will not', 'wont'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must)nt\b/g, '$1 not', 'nt'],
  [/\bim\b/g, 'i am', 'im'], [/\b(you|they)re\b/g, '$1 are', 're'], [/\b(i|you|we|they)ve\b/g, '$1 have', 've'],
  [/\b(that|what)s\b/g, '$1 is', 'ts'],
  [/\btheres\b/g, 'there is', 'theres'],
  [/\bill (sort|get|send|call|ring|check|make|have|arrange|be|do|look|take|give|book|email|text|fix|see|put|phone|come|let|pass|find|chase|follow|personally|also|just|go|speak|talk|ask|bring|keep|stay|update|contact|organi[sz]e|refund|replace|escalate|raise|log|note|write|try|waive|credit|issue|process|reschedule|rebook|investigate|confirm|notify|handle|deal|order|ship|post|reach|reply|respond|collect|pick|swap|transfer|sms|whatsapp)\b/g, 'i will $1', 'ill '],
  // "id like to book", "wed be happy to": the would-contraction without its apostrophe, before the verbs that follow it
  // (an ID card, a wedding, keep their meaning).
  [/\b(i|you|we|they)d (like|love|suggest|recommend|be|rather|prefer|need|want|hate|imagine|say|ask|appreciate|advise|happily|gladly|personally|also|just|really)\b/g, '$1 would $2', 'd '],
];
const CONTRACTION_HINT = /'|\bcannot\b|\b(?:dont|doesnt|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|couldnt|wouldnt|shouldnt|mustnt|cant|wont|im|youre|theyre|ive|youve|weve|theyve|thats|whats|theres|ill|id|youd|wed|theyd)\b/;

/** Expands contractions in plain text (used to fold lexicon patterns the way replies are folded). */
export function expandContractionsText(text: string): string {
  let out = text;
  for (const [re, replacement, literal] of CONTRACTIONS) if (out.includes(literal) && typeof replacement === 'string') out = out.replace(re, replacement);
  return out;
}

/** Folds a reply for matching. Pure and deterministic. */
export function normalize(original: string): FoldedText {
  let text = '';
  let starts: number[] = [];
  let ends: number[] = [];
  const chars = Array.from(original);
  let offset = 0;
  let prevKept: string | undefined;
  let runEnd = 0; // end of the whitespace run last measured
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const start = offset;
    offset += ch.length;
    const code = ch.charCodeAt(0);
    // Fast path, most of any reply: a CJK ideograph, lower-case letter or digit folds to itself.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      starts.push(start);
      ends.push(offset);
      text += ch;
      prevKept = ch;
      continue;
    }
    let folded = foldChar(ch);
    // A spaced dash separates clauses like a comma ("Got it - what happened next?"); a hyphen inside a word does not.
    if (folded === '-' && (chars[i - 1] ?? 'x').trim() === '' && (chars[i + 1] ?? 'x').trim() === '') folded = ',';
    if (folded === ' ' || folded === '\n' || (folded.length === 1 && folded.trim() === '')) {
      // Collapse runs of spaces; drop them next to CJK (公司的 規定 = 公司的規定). The end of the run is
      // found once per run, not once per space (a reply of 80,000 spaces took 75 s).
      if (runEnd <= i) {
        runEnd = i + 1;
        while (runEnd < chars.length && (chars[runEnd] as string).trim() === '') runEnd++;
      }
      const next = runEnd;
      const nextChar = chars[next];
      if (prevKept === undefined || prevKept === ' ' || isCjk(prevKept) || isCjk(nextChar === undefined ? undefined : foldChar(nextChar))) continue;
      folded = ' ';
    }
    // One map entry per UTF-16 unit, so folded indices line up with String offsets.
    for (let k = 0; k < folded.length; k++) {
      starts.push(start);
      ends.push(offset);
    }
    text += folded;
    prevKept = folded.slice(-1) || prevKept;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  let traditional = false;
  if (CJK.test(text)) {
    // Cantonese folding keeps the length; Traditional → Simplified keeps the map (an astral 𨋢 becomes 䢂).
    const cantonese = foldCantonese(text);
    const simplified = simplifyMapped({ text: cantonese, starts, ends });
    // One OpenCC pass unless Cantonese folding changed the text (it keeps the text when there is none).
    traditional = cantonese === text ? simplified.text !== text : toSimplified(text) !== text;
    ({ text, starts, ends } = simplified);
    if (/[您妳祢]/.test(text)) text = text.replace(/[您妳祢]/g, (c) => YOU[c] ?? c);
  }
  const folded = applyRewrites({ original, text, starts, ends, traditional }, CONTRACTIONS, CONTRACTION_HINT);
  return foldCodeSwitch(foldTypos(folded));
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(f: FoldedText, start: number, end: number): { start: number; end: number } {
  const s = f.starts[start] ?? f.original.length;
  const e = end > start ? (f.ends[end - 1] ?? s) : s;
  return { start: s, end: e };
}
