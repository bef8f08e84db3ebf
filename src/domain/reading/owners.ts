// Who a reply says will act: the trainee (我 / I), the team (我們 / we), a named role (師傅, 經理, the
// technician, my manager) — or nobody in particular (有人 / someone), which the customer hears as no
// owner at all ("who will call me, when?"). Works on the folded reply (normalize.ts).
import type { Span } from '../reply/context/span.ts';
import { findTimes } from './times.ts';

export const OWNERS = ['self', 'team', 'staff', 'manager', 'someone'] as const;
export type Owner = (typeof OWNERS)[number];

/** Someone the reply names as doing something. */
export interface OwnerMention extends Span {
  who: Owner;
}

// 我就安排 / 我就叫 (blind t15-28: 今天下午我就安排技工换灯管 — "this afternoon I'll arrange it"): I act, as 我会 says; not
// 我就是… (who I am), 我就不… / 我就没… (what I don't).
const ACT_ZH = '(就(?!是|系|不|没|冇|唔)|会|将|来|派|亲自|请|叫|找|问|查|帮你|替你|为你|给你|现在|马上|即刻|立即|今天|今晚|明天|下午|负责|跟进|处理|安排|去|过来|上门|联系|打|致电|回电|通知|同你|跟你|和你|再|先|稍后|一定|保证|告诉|话回|话你知|回复|答复|上来|上去|下来|出来|上楼|送|带|陪|接|发|寄)';
const ROLE_ZH = '(师傅|员工|职员|技工|技术员|工程师|维修工|水喉|电工|同事|工程部|维修部|客服部|管家|保安|清洁|司机|送货员|速递员|快递员|护士|医生|医师|药师|厨房|店员|专员|团队)';
const BOSS_ZH = '(经理|主管|上司|负责人|店长|主任|领导|组长)';
const ROLE_EN = '(technician|engineer|plumber|electrician|contractor|courier|driver|colleague|team|cleaner|crew|guard|caretaker|nurse|doctor|agent|specialist|staff|department|store|warehouse|kitchen|chef|branch|shop)';
const BOSS_EN = '(manager|supervisor|team leader|boss|director|head of [a-z]+)';

const PATTERNS: readonly (readonly [RegExp, Owner])[] = [
  [new RegExp(`(由我|交给我|包在我|我本人|我自己|我${ACT_ZH})`, 'g'), 'self'],
  // A branch or shop of ours sending (太古分店派专车, blind t11-13) acts as the team does.
  [new RegExp(`(我们|我哋|我这边|我们这边|公司|本公司|管理处|物业|分店|门店|总店|总部)${ACT_ZH}`, 'g'), 'team'],
  [new RegExp(ROLE_ZH, 'g'), 'staff'],
  [new RegExp(BOSS_ZH, 'g'), 'manager'],
  [/(有人|某人|其他人|其他同事|有同事|相关部门|有关部门|相关同事)/g, 'someone'],
  [/\b(i will|i am going to|i can|i shall|let me|i have|i personally|leave it with me|i am|i will be)\b/g, 'self'],
  [/\b(we will|we are going to|we can|we have|we shall|our team will)\b/g, 'team'],
  // Our kitchen, our branch, a branch's own driver ("from our Tai Koo branch, with its own driver", blind t11-11/31).
  [new RegExp(`\\b(the|a|an|our|my|your|its)( [a-z]+)? ${ROLE_EN}s?\\b`, 'g'), 'staff'],
  [new RegExp(`\\b(the|a|an|our|my)( [a-z]+)? ${BOSS_EN}\\b`, 'g'), 'manager'],
  // A doctor named ("Dr Chen should be back…") is someone in particular, as 陳醫師 is.
  [/\b(dr|doctor)\.? [a-z]+\b/g, 'staff'],
  [/\b(someone|somebody|anyone|a colleague|the relevant department|the right team|the relevant team)\b/g, 'someone'],
];

/**
 * Everyone the folded reply names as acting, in text order (overlaps: the longer mention). `times` are the
 * reply's time mentions (times.ts), when the caller has them already.
 */
export function findOwners(folded: string, times: readonly Span[] = findTimes(folded)): OwnerMention[] {
  const found: OwnerMention[] = [];
  for (const [re, who] of PATTERNS) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re) as IterableIterator<RegExpExecArray>) found.push({ start: m.index, end: m.index + m[0].length, who });
  }
  // I or we with the time we will act at (我六點前打上你屋企, 我聽朝十點前call返你, 我星期五前覆你): acting, as 我會 is.
  for (const t of times) {
    if (folded.endsWith('我们', t.start)) found.push({ start: t.start - 2, end: t.start, who: 'team' });
    else if (folded.endsWith('我', t.start)) found.push({ start: t.start - 1, end: t.start, who: 'self' });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OwnerMention[] = [];
  for (const o of found) {
    const last = out.at(-1);
    if (last && o.start < last.end) continue;
    out.push(o);
  }
  return out;
}

/** True when someone in particular is named as acting (not just "someone"). */
export const hasOwner = (owners: readonly OwnerMention[]): boolean => owners.some((o) => o.who !== 'someone');
