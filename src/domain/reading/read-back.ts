// A statement that opens as a conclusion ("So you booked the window table…, pre-ordered a cake, and tonight
// the table's gone…"; "So in the evening the corner by the mailboxes is dim…") or as a check before a colon
// ("Can I just check what happened: the line's dropped four times…") and names two or more of her
// facts restates her story to her: the listening skill's paraphrase (聽: restate to confirm, docs/training-model.md#listen; docs/training-model.md#inbound-call), even
// in words the classifier's markers do not list. Only the scenario knows her facts, so the reading, not the
// classifier, hears it. "So I'll send…", "So sorry…", one fact named, or a question (the classifier weighs
// questions on its own) are not read back here.
import type { ReplyAnalysis } from '../reply/reply.types.ts';
import type { FoldedText } from '../reply/text/normalize.ts';
import { addEvidence } from './evidence-edit.ts';
import { findTimes } from './times.ts';
import { isHarmful } from '../reply/moves.ts';

const SO_OPENS = /^(?:(ok|okay|right|alright|i see|got it|yes|mm),? )?so,? (?!(sorry|sad|much|many|glad|happy|bad|very|really|good|nice|kind|what|how|why|when|where|who|which|is|are|do|does|did|can|could|would|will|shall|should|if|let|please|i|we|our|the plan|here)\b)/;
// …or one announced as a check, then a colon: "Can I just check what happened: the line's dropped four times…".
const CHECK_OPENS = /^(?:(ok|okay|right|alright),? )?(can i|could i|let me|just to|to|i want to|i would like to|i will) (just |quickly |first )?(check|confirm|make sure|recap|sum up|go over)[^:.!?]{0,30}: /;
const READ_BACK_FACTS = 2;
// A tag that asks her to confirm what was just said back (folded: 係咪 → 是不是, 啱唔啱 → 对不对): 吧, 对吧, 是吗, "right?", "didn't you?".
// …or opened by the A-not-A check itself (你係咪約咗兩點半…？ folds to 你是不是约了两点半…?).
const CONFIRM_OPENS = /^(你|你们)(是不是|是否)/;
const CONFIRM_TAG = /(吧|对吧|是吧|对吗|是吗|对不对|是不是|没错吧|对嘛)\?$|\b(right|correct|is that right|is that correct|yes|didn't you|did you not|haven't you|weren't you|wasn't it)\?$/;
// "You…" (folded: 您 → 你) as the subject that opens the sentence, after an optional "so"/"I see" (原来, 所以, 即是, 也就是说):
// what she did or what happened to her. Not "you can…", "don't worry", "you'll…": the trainee telling her what to do.
const YOU_OPENS =
  /^(?:(so|i see|right|ok|okay),? |(原来|所以|即是|即系|也就是说|换句话说|听起来|明白|了解|我明白|我了解),?)?(you|your|你|你们|你家)(?! (can|could|should|will|'ll|need|must|may|might|don't|do not|just|please)\b)(?!(可以|能|要|需要|得|应该|放心|别|不要|先|看|会|就会|请|记得|稍等|等))/;

// Hers: "you", "your" (folded 您 → 你).
const HERS = /\b(you|your|yours)\b|你(?!们)/;
// Her told what to do, or what she will do: "you can…", "you'll need to…", 你可以 / 你要 / 你先 (folded).
const TOLD_TO_HER = /\byou('ll| will| can| could| should| need| must| may| might| have to| don't| do not| just)\b|你(可以|能|要|需要|得|应该|不要|别|先|会|就会|请|记得|放心|看)/;
// The trainee doing something in the sentence (scen15z, blind t25-04: 三天的期限我帮您跟保安说明 names her three days, but
// it is what he will do about them): I/we will, can, let me; our handyman can; 我帮你, 我会, 我们今天….
const TRAINEE_ACTS =
  /\b(i|we)('ll| will| can| could| am going to| are going to| would| shall|'m going to|'re going to| am arranging| have arranged)\b|\b(let me|let us|let's)\b|\bour [a-z]+( [a-z]+)? (will|can|could|is going to)\b|我(们)?(会|来|去|先|再|可以|能|马上|立即|即刻|今天|明天|这就|现在|负责|亲自|帮|替|给|跟|同|安排|叫|让|处理|跟进)/;

/**
 * The analysis with `paraphrase` added when one of the reply's statements opens with a restating "so" or a
 * check before a colon and names at least two of her facts (`factsIn` gives the fact ids a span of the folded
 * text mentions).
 */
export function withFactsReadBack(
  analysis: ReplyAnalysis,
  folded: FoldedText,
  factsIn: (text: string) => string[],
  herTimes: ReadonlySet<string> = new Set(),
  remediesIn: (text: string) => string[] = () => [],
  toldTimes: ReadonlySet<string> = herTimes,
): ReplyAnalysis {
  if (analysis.acts.includes('paraphrase')) return analysis;
  const text = folded.text;
  let start = 0;
  for (const sentence of text.split(/(?<=[.!?;])\s*/)) {
    const at = text.indexOf(sentence, start);
    start = at + sentence.length;
    const body = sentence.trim();
    const from = folded.starts[at] ?? 0;
    const to = folded.ends[at + sentence.length - 1] ?? from;
    const facts = new Set(factsIn(body)).size;
    // Her details given back as a question closed by a tag that asks her to confirm them (blind t15-18: 您是约了两点半看陈医生
    // 的吧？ — "you booked Dr Chen at half past two, didn't you?"): restating to confirm (docs/training-model.md#inbound-call), not a question about
    // something new. Two of her facts, or a time she gives in her story (`toldTimes`), with "you" as the one they happened to.
    if (body.endsWith('?')) {
      if ((CONFIRM_TAG.test(body) || CONFIRM_OPENS.test(body)) && YOU_OPENS.test(body) && remediesIn(body).length === 0 && (facts >= READ_BACK_FACTS || timesOfHers(body, toldTimes) >= 1)) {
        return addEvidence(analysis, { move: 'paraphrase', rule: 'paraphrase/confirm-tag', start: from, end: to });
      }
      continue;
    }
    if ((SO_OPENS.test(body) || CHECK_OPENS.test(body)) && facts >= READ_BACK_FACTS) {
      return addEvidence(analysis, { move: 'paraphrase', rule: 'paraphrase/facts-read-back', start: from, end: to });
    }
    // Her story told to her as hers, two of her facts with "you" as the one they happened to (blind t16-33: 您两周前就订了位，
    // 还订了蛋糕，结果到了桌子被占…), and nothing of the trainee's own in the sentence: a paraphrase with no opener.
    if (facts >= READ_BACK_FACTS && YOU_OPENS.test(body) && !actsIn(analysis, from, to) && remediesIn(body).length === 0) {
      return addEvidence(analysis, { move: 'paraphrase', rule: 'paraphrase/your-story', start: from, end: to });
    }
    if (facts >= 1 && timesOfHers(body, herTimes) >= 1 && !actsIn(analysis, from, to) && remediesIn(body).length === 0 && !TRAINEE_ACTS.test(body)) {
      return addEvidence(analysis, { move: 'paraphrase', rule: 'paraphrase/her-story', start: from, end: to });
    }
    // Her situation given back as the things it is made of, hers (scen15z, blind t25-26: "A small flat, a pram you need every
    // day, and the landing right outside your door."; "A tiny flat where the door won't open with the pram inside, and your
    // son to take to nursery every morning."): two of her facts, hers by "you"/"your" (你), listed with no verb of the
    // trainee's own — nothing done, offered, asked or told to her. "Flat, nursery, notice." names nothing as hers.
    if (facts >= READ_BACK_FACTS && HERS.test(body) && !TOLD_TO_HER.test(body) && !TRAINEE_ACTS.test(body) && !actsIn(analysis, from, to) && remediesIn(body).length === 0) {
      return addEvidence(analysis, { move: 'paraphrase', rule: 'paraphrase/her-things', start: from, end: to });
    }
  }
  return analysis;
}

/**
 * Her story given back with no opener (blind t13-22: 伯伯八十二歲、用助行架，由尋晚六點開始困喺十七樓，聽朝仲要覆診 — "your
 * father, 82, on a walking frame, stuck on the 17th floor since 6 last night with a check-up tomorrow morning"): a
 * statement that names one of her facts with a time she gave in her own words (`herTimes`, folded wordings from her
 * opening) — a fact's topics alone are words to ask with, not her story — and in which the trainee neither offers
 * (in the classifier's words or by naming one of her remedies: 两名员工带爬楼机…陪老人家下楼), follows up, takes anything on, asks nor
 * explains — what it says is hers, told back.
 */
const OWN_MOVES: readonly string[] = ['propose_solution', 'commit_followup', 'take_ownership', 'ask_open', 'ask_closed', 'ask_preference', 'explain', 'escalate', 'vague'];
const actsIn = (analysis: ReplyAnalysis, from: number, to: number): boolean =>
  analysis.evidence.some((e) => (OWN_MOVES.includes(e.move) || isHarmful(e.move)) && e.start < to && from < e.end);
// Her time told back without its "within" (blind t16-37: her 三日內搬走 given back as 三日要搬, "three days to move"):
// the span is hers whether or not the trainee repeats the range word, so both sides are compared without it.
const WITHIN = /^within |(之内|以内|内)$/g;
const timeCore = (words: string): string => words.replace(WITHIN, '');
const timesOfHers = (body: string, herTimes: ReadonlySet<string>): number => {
  if (herTimes.size === 0) return 0;
  const hers = new Set([...herTimes].map(timeCore));
  return new Set(findTimes(body).map((t) => timeCore(body.slice(t.start, t.end))).filter((w) => hers.has(w))).size;
};
