// When a reply says something will happen: 今日下晝三點, 聽日, 明天中午前, "tomorrow 9–12", "within 24
// hours". The simulated customer holds an offer to its time (a customer who needs water today pushes
// back on "tomorrow"), and a promise with no time draws "when?". Works on the folded reply
// (normalize.ts: Simplified, Cantonese folded, lower case), so 聽日 arrives as 明天.
import type { Span } from '../reply/context/span.ts';

/**
 * How soon, coarsely, in the order a customer weighs it: now (within the hour or two), later today,
 * tomorrow, within the week, later than that.
 */
export const WHEN = ['now', 'today', 'tomorrow', 'week', 'later'] as const;
export type When = (typeof WHEN)[number];

/** A time the reply names. */
export interface TimeMention extends Span {
  when: When;
}

/** Compares two times: negative when `a` comes sooner than `b`. */
export const compareWhen = (a: When, b: When): number => WHEN.indexOf(a) - WHEN.indexOf(b);

const N = '[0-9一二两三四五六七八九十半几]+';
const HOUR = '(点|点钟|时|點)';

/** Patterns, each with the bucket it names; a later, more specific match in the same place wins. */
const TIMES: readonly (readonly [RegExp, When | ((m: RegExpExecArray) => When)])[] = [
  // Chinese
  [/马上|即刻|立即|立刻|现在就|而家就|这就|即时|当场|随即|一阵(间)?|等一下就|稍后/g, 'now'],
  [new RegExp(`(${N})(分钟|个字)(内|之内|以内)?|半(个)?(小时|钟头|钟)(内|之内|以内)?|(一|1)(个)?(小时|钟头|钟)(内|之内|以内)`, 'g'), 'now'],
  [new RegExp(`(${N})(个)?(小时|钟头|个钟)(内|之内|以内|后)`, 'g'), (m) => hoursWhen(m[1] ?? '')],
  [/今天|今日|今晚|今早|今夜|今个下午|下午|中午|晚上|傍晚|今朝|收工前|下班前|放工前|夜晚/g, 'today'],
  // Not 一时 as "for a moment" (我一时大意, 一时之间): a slip owned up to names no hour.
  [new RegExp(`(${N})${HOUR}(?<!一时(?=大意|疏忽|之间|糊涂|失手|冲动|忘|不慎|心急|情急))(半|钟)?(前|之前|左右|到|至)?`, 'g'), 'today'],
  // A clock time written with a colon in Chinese text (4:35我再message你), a Chinese character beside it (a score of
  // 3:45 in English is no time): the day word next to it decides, as above.
  [/(?<=[\u3400-\u9fff]\s?)(?<![\d:])([01]?\d|2[0-3]):[0-5]\d(?![\d:])(前|之前|左右|到|至)?|(?<![\d:])([01]?\d|2[0-3]):[0-5]\d(?![\d:])(?=\s?[\u3400-\u9fff])/g, 'today'],
  [/明天|明日|明早|明晚|明朝|第二天|隔日|翌日|二十四小时|24小时/g, 'tomorrow'],
  // Two or three days, or 48 hours, is this week; two hours (让您等了两个小时) is not (the hours pattern above weighs it).
  [/后天|後天|后日|本周|这周|这个星期|这个礼拜|星期[一二三四五六日天]|礼拜[一二三四五六日天]|周[一二三四五六日]|(两|三|2|3|四十八|48)(个)?(天|日|工作日|工作天)(内|之内|以内)?|(四十八|48|七十二|72)(个)?小时(内|之内|以内)?|周末/g, 'week'],
  [/下周|下星期|下个星期|下个礼拜|下个月|(一|两|2|1)(个)?(星期|礼拜|周)(内|之内|以内|后)|(七|十|14|7|10)(个)?(天|日|工作日|工作天)(内|之内|以内)?/g, 'later'],
  // English. A span before what she waits for ("half an hour before he leaves", as 出门前半小时: scen15s) is as near as the span is.
  [/\b(right away|right now|immediately|straight away|now|as we speak|at once|in (a|one) (minute|moment)|in ((about|around|roughly|approximately|another|just|under|less than) )?(\d+|five|ten|fifteen|twenty|thirty|half an?) (more )?(minutes?|mins?|hour)|within (the|an|one) hour|within (\d+|five|ten|fifteen|twenty|thirty) minutes|(about|around|another|roughly) (\d+|five|ten|fifteen|twenty|thirty) (more )?minutes|(half an hour|an hour|(\d+|five|ten|fifteen|twenty|thirty|forty-five) (minutes?|mins?)) (before|ahead of))\b/g, 'now'],
  [/\b(today|tonight|this (morning|afternoon|evening)|(by|before|at) (\d{1,2}(:\d\d)? ?(am|pm)?|noon|midday|lunch(time)?|end of (the )?day|close of business|5|6)|\d{1,2}(:\d\d)? ?(am|pm)|later today|end of (the )?day|within (\d|two|three|four) hours|in (two|three|four|\d) hours)\b/g, 'today'],
  // A clock time in words (blind t11-16: "I'll check on you again at ten to five" named no time): half past
  // four, ten to five, at five o'clock, by six thirty; a bare "at one" only before a stop or a day word, so
  // "at one point" is no time, nor "one by one" or "step by step". The day word beside it decides, as for digits.
  [/\b((quarter|half|five|ten|twenty|twenty-five) (past|to) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?<!\b(?:one|two|three|step|day|side|bit|little) )(by|before|at|until|till) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)( o'?clock| thirty| fifteen| forty-five|(?= ?[,.!?;]| ?$| (today|tonight|this|tomorrow|pm|am|in the|at the latest|either way))))/g, 'today'],
  // A bare clock time after a word that says when it lands (blind t13-11, t13-16: "driver ETA 4:35", "around 4:45"): an
  // arrival time, where a score of 3:45 in a match is none. The day word beside it decides, as above.
  [/\b(eta|around|about|approx\.?|approximately|roughly|until|till|due( at| by)?|expected( at| by)?|arriving( at| by)?|arrives( at| by)?|ready( at| by)?|there( at| by)|latest) (?<![\d:])([01]?\d|2[0-3]):[0-5]\d(?![\d:])( ?(am|pm))?/g, 'today'],
  [/\b(tomorrow|first thing( in the morning)?|within (24|twenty-four) hours|overnight)\b/g, 'tomorrow'],
  [/\b((on|by|this|next) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(this week|within (48|forty-eight|72) hours|within (2|3|two|three|a few) (working |business )?days|(by|before) the weekend|this weekend)\b/g, 'week'],
  [/\b(next week|next month|within (a|one|two|\d+) weeks?|in (a|one|two) weeks?|within (7|10|14|seven|ten|fourteen) (working |business )?days)\b/g, 'later'],
];

/**
 * 一点 that is "a little" or "this point", not one o'clock (blind t13-38: 这一点我没办法让步 was heard as a time, an offer
 * with no one to do it): after 这, 那, 呢, 有, 哪, 差, 多, 少, 快, 慢, 好, 更, 再, 些 (一点点, 快一点, 有一点), or before 点, 儿, 都, 也.
 * 早一点 and 晚一点 (a bit earlier, later) stay times.
 */
const NOT_TIMES = /(?<=[这那呢有哪差多少快慢好更再些大小高低])一点|一点(?=[点儿都也])/g;

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A small number in Arabic or Chinese numerals (半 = 0.5; 十二 = 12, 二十四 = 24, 四十八 = 48). */
export function parseNumber(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  if (n === '半') return 0.5;
  const ten = n.indexOf('十');
  if (ten < 0) return DIGITS[n] ?? Number.NaN;
  const tens = ten === 0 ? 1 : (DIGITS[n.slice(0, ten)] ?? Number.NaN);
  const units = ten === n.length - 1 ? 0 : (DIGITS[n.slice(ten + 1)] ?? Number.NaN);
  return tens * 10 + units;
}

function hoursWhen(n: string): When {
  const value = parseNumber(n);
  if (Number.isNaN(value) || value <= 2) return 'now';
  if (value <= 12) return 'today';
  if (value <= 24) return 'tomorrow';
  return value <= 72 ? 'week' : 'later';
}

/**
 * Every time the folded reply names, in text order; where two overlap, the longer (more specific) one
 * ("明天下午三點" is tomorrow, not "today" from 下午).
 */
export function findTimes(folded: string): TimeMention[] {
  const found: TimeMention[] = [];
  const notTimes = [...folded.matchAll(NOT_TIMES)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const [re, when] of TIMES) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re) as IterableIterator<RegExpExecArray>) {
      if (m[0].length === 0) continue;
      if (notTimes.some((n) => m.index < n.end && n.start < m.index + m[0].length)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, when: typeof when === 'function' ? when(m) : when });
    }
  }
  // A day word decides for the clock times next to it: 明天下午三点 → tomorrow.
  const days = found.filter((t) => t.when !== 'today' && t.when !== 'now');
  const merged = found.map((t) => {
    if (t.when !== 'today') return t;
    const day = days.find((d) => Math.abs(d.start - t.end) <= 4 || Math.abs(t.start - d.end) <= 4);
    return day ? { ...t, when: day.when } : t;
  });
  merged.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeMention[] = [];
  for (const t of merged) {
    const last = out.at(-1);
    if (last && t.start < last.end) {
      if (t.end - t.start > last.end - last.start) out[out.length - 1] = t;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** The latest of the times named, or null. */
export function latestTime(times: readonly TimeMention[]): When | null {
  return times.reduce<When | null>((acc, t) => (acc === null || compareWhen(t.when, acc) > 0 ? t.when : acc), null);
}

/**
 * The soonest of the times named, or null: what an offer is heard as ("師傅今日四點上門,修好後我聽日
 * 再打俾你" promises the fix today; the call tomorrow is the follow-up).
 */
export function soonestTime(times: readonly TimeMention[]): When | null {
  return times.reduce<When | null>((acc, t) => (acc === null || compareWhen(t.when, acc) < 0 ? t.when : acc), null);
}
