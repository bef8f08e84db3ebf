// What makes a written reply read well (issue 15, the written channel; docs/training-model.md#complaint counts written complaints):
// an email opens with a greeting and closes with a sign-off; a chat message is short enough to read on a
// phone at a glance; neither uses our internal codes and jargon without saying what they mean — the
// customer cannot interrupt to ask. Pure measures, used by the `written-etiquette` scoring rule.
import type { Locale } from '../../reply/reply.types.ts';
import type { LocalizedText } from '../../scenario/scenario.types.ts';

/** A chat message longer than this is a wall of text: words in English, characters in Chinese. */
export const CHAT_MAX_WORDS = 60;
export const CHAT_MAX_CHARS = 100;
/** …or on more lines than this. */
export const CHAT_MAX_LINES = 3;

const isZh = (locale: Locale) => locale !== 'en';

/** Non-empty lines of a reply. */
export const linesOf = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

/** Length in the unit a reader feels: English words, or Chinese characters (Han, plus any Latin words). */
export function lengthOf(text: string, locale: Locale): number {
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g)?.length ?? 0;
  if (!isZh(locale)) return words;
  return (text.match(/\p{Script=Han}/gu)?.length ?? 0) + words;
}

/** A chat message that is too long to read at a glance, with its measure; null when it is fine. */
export function wallOfText(text: string, locale: Locale): { length: number; lines: number; max: number } | null {
  const length = lengthOf(text, locale);
  const lines = linesOf(text).length;
  const max = isZh(locale) ? CHAT_MAX_CHARS : CHAT_MAX_WORDS;
  return length > max || lines > CHAT_MAX_LINES ? { length, lines, max } : null;
}

const HONORIFIC = '(?:先生|小姐|女士|太太|太|經理|经理|主席|姨|叔)';
const GREETING_EN = /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|(?:mr|mrs|ms|miss|dr)\.? [a-z]+[,:])/i;
const GREETING_ZH = new RegExp(`^(?:親愛的|亲爱的|尊敬的|敬愛的|敬爱的|您好|你好|早晨|早安|午安|[\\p{Script=Han}A-Za-z]{1,6}${HONORIFIC}\\s*(?:[：:,，、!！]|您好|你好))`, 'u');

/** The greeting an email opens with (its first line), or null. */
export function greetingOf(text: string, locale: Locale): { start: number; end: number } | null {
  const start = text.length - text.trimStart().length;
  const first = linesOf(text)[0] ?? '';
  const match = (isZh(locale) ? GREETING_ZH : GREETING_EN).exec(first) ?? (isZh(locale) ? GREETING_EN.exec(first) : null);
  return match ? { start, end: start + match[0].length } : null;
}

const SIGN_OFF_EN = /\b(?:regards|sincerely|best wishes|yours (?:truly|faithfully|sincerely)|many thanks|thank you|thanks)\b|(?:^|\n)\s*(?:best|cheers)\b/gi;
const SIGN_OFF_ZH = /此致|敬上|謹上|谨上|謹啟|谨启|祝好|順祝|顺祝|敬祝|祝[\p{Script=Han}]{0,4}(?:安康|愉快|順利|顺利|平安|健康)|謝謝|谢谢|多謝|多谢|感謝|感谢|客戶服務部|客户服务部|客服部|管理處|管理处|上$/gu;
/** How far from the end a sign-off may start: the last lines of an email. */
const TAIL = { en: 80, zh: 40 } as const;

/**
 * A signature: the writer's name (and title) alone on the email's last line, set off from the body by a
 * blank line — "李家明", "物業主任 李家明", "Karen Lee, Duty Supervisor". Later emails in a thread often
 * close with only that. A last line that is a sentence (has 。? ! or ends in punctuation), runs on, or
 * (in English) does not start with a capital is body text, not a signature.
 */
const SIGNATURE_MAX = { en: 6, zh: 14 } as const;
function signatureOf(body: string, locale: Locale): { start: number; end: number } | null {
  const m = /\n[ \t]*\r?\n\s*([^\n]+)$/u.exec(body);
  const line = m?.[1]?.trim() ?? '';
  if (line === '' || /[。．.!！?？;；:：,，、]$/u.test(line) || /[。!！?？]/u.test(line)) return null;
  if (lengthOf(line, locale) > SIGNATURE_MAX[isZh(locale) ? 'zh' : 'en']) return null;
  if (!isZh(locale) && !/^[A-Z]/.test(line)) return null;
  const start = body.length - line.length;
  return { start, end: body.length };
}

/** The sign-off an email closes with (within its last lines), or null: a closing phrase, or a signature line. */
export function signOffOf(text: string, locale: Locale): { start: number; end: number } | null {
  const body = text.trimEnd();
  const from = Math.max(0, body.length - TAIL[isZh(locale) ? 'zh' : 'en']);
  const pattern = isZh(locale) ? SIGN_OFF_ZH : SIGN_OFF_EN;
  let found: { start: number; end: number } | null = null;
  for (const m of body.slice(from).matchAll(pattern)) found = { start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length };
  return found ?? signatureOf(body, locale);
}

/** An internal term and what to say instead. */
export interface JargonTerm {
  /** How the term is written (matched as a whole word, case-sensitive for codes). */
  pattern: RegExp;
  /** The plain words, in each language. */
  plain: LocalizedText;
}

const L = (zhHant: string, zhHans: string, en: string): LocalizedText => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });

/** Internal shorthand a customer would not know (the decks: speak the customer's language, not ours). */
export const JARGON: readonly JargonTerm[] = [
  { pattern: /\bSLA\b/, plain: L('我們承諾的處理時間', '我们承诺的处理时间', 'the time we promise to deal with it in') },
  { pattern: /\bETA\b/, plain: L('預計幾點到', '预计几点到', 'the time it should arrive') },
  { pattern: /\bKPI\b/, plain: L('我們的工作指標', '我们的工作指标', 'our targets') },
  { pattern: /\bSOP\b/, plain: L('我們的處理程序', '我们的处理流程', 'our procedure') },
  { pattern: /\bRMA\b/, plain: L('退換貨申請', '退换货申请', 'the return request') },
  { pattern: /\bPOD\b/, plain: L('送貨簽收紀錄', '送货签收记录', 'the proof of delivery') },
  { pattern: /\bL[123]\b/, plain: L('負責的同事/主管', '负责的同事/主管', 'a specialist / my supervisor') },
  { pattern: /\bT\+\d\b/, plain: L('幾個工作天內', '几个工作日内', 'within so many working days') },
  { pattern: /\bW\/?O\b/, plain: L('維修單', '维修单', 'the repair request') },
  { pattern: /\b(?:OOS|BO)\b/, plain: L('暫時缺貨', '暂时缺货', 'out of stock for now') },
  { pattern: /工單|工单/, plain: L('維修申請', '维修申请', 'the repair request') },
  { pattern: /派單|派单/, plain: L('安排同事跟進', '安排同事跟进', 'asking a colleague to handle it') },
  { pattern: /後台|后台/, plain: L('我們的紀錄', '我们的记录', 'our records') },
  { pattern: /\bescalated? to (?:tier|level) ?\d\b/i, plain: L('交給主管處理', '交给主管处理', 'passed it to my supervisor') },
  // A bare internal reference ("INC-20931") with nothing to say what it is.
  { pattern: /\b[A-Z]{2,5}-?\d{3,}\b/, plain: L('您的參考編號(方便您之後查詢)', '您的参考编号(方便您之后查询)', 'your reference number (for when you contact us)') },
];

/** Words that explain a term or introduce a reference right before or after it. */
const EXPLAINED_BEFORE = /(?:reference|ref\.?|number|no\.|case|order|編號|编号|單號|单号|號碼|号码|參考|参考)[^.。!！?？]{0,12}$/i;
const EXPLAINED_AFTER = /^\s*(?:[(（]|[,，]?\s*(?:which means|meaning|i\.e\.|that is|即係|即是|即|也就是|意思是))/i;

/** Internal terms in a reply used without an explanation, in order of appearance. */
export function unexplainedJargon(text: string): { term: string; start: number; end: number; plain: LocalizedText }[] {
  const found: { term: string; start: number; end: number; plain: LocalizedText }[] = [];
  for (const { pattern, plain } of JARGON) {
    const m = pattern.exec(text);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    if (EXPLAINED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || EXPLAINED_AFTER.test(text.slice(end, end + 20))) continue;
    found.push({ term: m[0], start, end, plain });
  }
  return found.sort((a, b) => a.start - b.start);
}
