// Test support only: a tiny keyword classifier, so engine and scoring tests do not depend on the real
// classifier (src/domain/reply, issue 2) and stay stable while it evolves. Golden transcripts run against
// the real one.
import { MOVE_IDS, type MoveId } from '../../reply/moves.ts';
import type { Classifier } from '../../reply/classify.ts';
import type { Reading, ReplyDetails } from '../../reading/reading.types.ts';
import type { Evidence, ForbiddenHit, ReplyAnalysis } from '../../reply/reply.types.ts';

const RULES: [MoveId, RegExp][] = [
  ['greet', /您好.{0,12}(物業|管理處|管理处|中心|公司|客服|服務部|服务部)|hello.{0,40}(this is|speaking)|good (morning|afternoon).{0,40}(this is|speaking)/i],
  ['thank', /謝謝|谢谢|thank/i],
  ['apologize', /抱歉|對不起|对不起|sorry|apolog/i],
  ['empathize', /換作是我|换作是我|我明白您|理解您|I can see why|I'd be (angry|upset|frustrated)|understand how/i],
  ['acknowledge', /我在聽|我在听|慢慢說|慢慢说|I'm listening|take your time|go on/i],
  ['paraphrase', /確認一下|确认一下|如果我沒理解錯|如果我没理解错|let me check I|if I understand/i],
  ['ask_open', /什麼|什么|怎麼|怎么|哪些|what |when |how /i],
  ['ask_closed', /對嗎|对吗|是嗎|是吗|is that right|right\?/i],
  ['propose_solution', /安排|派.{0,4}師傅|派.{0,4}师傅|換一台|换一台|I'll (have|send|arrange)|arrange/i],
  ['ask_preference', /您看這樣|您看这样|您希望|does that work|would you like/i],
  ['commit_followup', /(前|之前).{0,8}(回電|回电|打電話|打电话|致電|致电)|call you.{0,30}(by|before)/i],
  ['take_ownership', /由我.{0,6}(負責|负责|跟進|跟进)|I'll see this through|personally/i],
  ['move_private', /會客室|会客室|坐下|somewhere quieter|sit down/i],
  ['dismiss_emotion', /別激動|别激动|冷靜|冷静|calm down/i],
  ['cite_policy', /規定|规定|policy/i],
  ['deflect', /不是我們的事|不是我们的事|not our (business|department)|another department/i],
  ['vague', /不太清楚|改天|not sure|some other time/i],
  ['blame_customer', /你弄錯|你弄错|your fault|you got it wrong/i],
  ['rush', /快點|快点|hurry up/i],
];
const FORBIDDEN: [RegExp, string, MoveId][] = [
  [/你別激動|你别激动|calm down/i, '你別激動', 'dismiss_emotion'],
  [/公司的規定就是這樣的|公司的规定就是这样的|company policy/i, '公司的規定就是這樣的', 'cite_policy'],
  [/我不太清楚|I'm not really sure/i, '嗯,我不太清楚。', 'vague'],
];

export const keywordClassifier: Classifier = (text, options) => {
  const locale = /[\u4e00-\u9fff]/.test(text) ? (/[们这说]/.test(text) ? 'zh-Hans' : 'zh-Hant') : 'en';
  const evidence: Evidence[] = [];
  for (const [move, re] of RULES) {
    const m = re.exec(text);
    if (m) evidence.push({ move, rule: `${move}/keyword`, start: m.index, end: m.index + m[0].length });
  }
  const forbidden: ForbiddenHit[] = [];
  FORBIDDEN.forEach(([re, phrase, implies], i) => {
    const m = re.exec(text);
    if (m) forbidden.push({ list: 'angry-customer', id: `test/${i}`, phrase, matched: m[0], start: m.index, end: m.index + m[0].length, implies, better: '—', source: '000_08713545b2ee6cbf.txt' });
  });
  const found = new Set(evidence.map((e) => e.move));
  const acts = MOVE_IDS.filter((m) => found.has(m));
  const analysis: ReplyAnalysis = { locale: options?.locale ?? locale, acts, forbidden, evidence: evidence.sort((a, b) => a.start - b.start) };
  return analysis;
};

/** No details: no time, owner, fact or remedy named. */
export const NO_DETAILS: ReplyDetails = { times: [], owners: [], facts: [], remedies: [] };

/** A hand-built reading with the given moves (no spans, no details unless given). */
export function analysisOf(...acts: MoveId[]): Reading {
  return { locale: 'en', acts: MOVE_IDS.filter((m) => acts.includes(m)), forbidden: [], evidence: [], details: NO_DETAILS };
}

/** A hand-built reading with details: moves plus when, who, facts and remedies named. */
export function readingOf(acts: MoveId[], details: Partial<ReplyDetails>): Reading {
  return { ...analysisOf(...acts), details: { ...NO_DETAILS, ...details } };
}
