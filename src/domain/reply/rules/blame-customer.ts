// blame_customer — implying the customer is at fault (docs/training-model.md#angry-customer: 你弄錯了, 你應該…), and
// rhetorical or accusatory questions (反問/責問: 您為什麼不早點說呢?). Exonerating the customer
// (這絕對不是您的錯, "none of this is your fault") is the opposite, and retelling is not blaming.
import { questions } from '../context/questions.ts';
import { overlaps, type Span } from '../context/span.ts';
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import type { Finding, Rule } from './rule.types.ts';

const exonerated = (ctx: ReplyContext, s: Span): boolean => {
  const clause = ctx.clauseOf(s);
  return ctx.cue('exoneration').some((e) => overlaps(e, s) || (e.start >= clause.start && e.start < clause.end));
};

/**
 * Quoting is not blaming: a blame wording after a reported-speech cue (他說是你弄壞的, "they said you…"),
 * or inside a restatement that closes as a question (所以您是說…對嗎?), retells. A sentence the trainee
 * opens as a paraphrase but closes as a statement (即係話都係你自己搞錯咗啦, "so that's on your side")
 * is the trainee's own conclusion: a customer does not restate their story as their own fault.
 */
// lex37 (blind41 b41-124): in a run-on, the trainee's own verdict after the retold charge (…又話我哋唔準時其實係你自己唔喺屋企)
// takes the floor again (cues/restart.json), so the fault it puts on her is not retold.
const reportedBefore = (ctx: ReplyContext, s: Span): boolean => {
  const sentence = ctx.sentenceOf(s);
  const restarts = ctx.cue('restart').filter((r) => r.start >= sentence.start && r.start <= s.start);
  return ctx.cue('reported').some((c) => c.start >= sentence.start && c.start <= s.start && c.start < s.end && !restarts.some((r) => r.start >= c.end));
};
const retold = (ctx: ReplyContext, s: Span): boolean => reportedBefore(ctx, s) || ctx.isRestatement(s);

/**
 * A "why … not" whose subject is our side or nobody (點解兩張單都冇人跟, 為什麼我們沒早點通知您, why did
 * nobody call you back) questions the service, not the customer: self-criticism, not a rhetorical reproach.
 */
const OUR_SIDE = /我|咱|没人|没有人|无人|(?<![a-z])(we|nobody|no one|no-one|our)(?![a-z])/i;
// The cue ends at the negation (沒), so "nobody" (沒人) is read one character past it.
const aboutOurSide = (ctx: ReplyContext, s: Span): boolean => OUR_SIDE.test(ctx.text.slice(s.start, s.end + 2));

/**
 * A "why" the trainee then says they will find out, in the same sentence and not asked of her (訂位同蛋糕點解會
 * 冇咗記錄，我聽日查清楚; "why it went missing, I'll find out today") is the subject of their own checking —
 * an indirect question, not a reproach.
 */
const WILL_FIND_OUT = /(我|我们|我哋|i will|i'll|we will|we'll|let me)[^.!?;]{0,8}(查|了解|跟进|问清楚|搞清楚|弄清楚|核实|调查|find out|look into|check)/;
// …or says first, the why as the object of their checking (我要查清楚蛋糕點解冇記錄, "I'll find out why…").
const FINDING_OUT = new RegExp(`${WILL_FIND_OUT.source}[^.!?;]{0,10}$`);
const investigated = (ctx: ReplyContext, s: Span): boolean => {
  const sentence = ctx.sentenceOf(s);
  if (sentence.endsWithQuestionMark) return false;
  return WILL_FIND_OUT.test(ctx.text.slice(s.end, sentence.end)) || FINDING_OUT.test(ctx.text.slice(sentence.start, s.start));
};

/**
 * The sarcasm cues that put the fault in what she did or failed to do (data/lexicon/cues/sarcasm.json): asking whether
 * the thing broke or walked off by itself (張卡係咪自己走咗去?, "the aircon spoil by itself is it?"), whose problem it
 * is or which normal person would (藥吃完了是誰的問題?), an apology for her failing to read (你咁醒都唔識睇張單, "sorry
 * our menu was too complicated for you"), mock praise for what she broke or got wrong (你好叻喎,連個掣都識㩒錯,
 * "congrats on cracking it"), or for what she could not do (連個蓋都唔識扭開, 'the only one who could not find the switch').
 */
const INSINUATIONS = new Set(['sarcasm/zh/lex15-02', 'sarcasm/en/lex15-02', 'sarcasm/zh/lex23-03', 'sarcasm/en/lex23-03', 'sarcasm/zh/lex23-07', 'sarcasm/en/lex23-07', 'sarcasm/en/lex23-09', 'sarcasm/en/lex22-01', 'sarcasm/zh/lex22-02',
  // lex26: mock praise for what she could not do ('well done, the only one who could not find…'; the Chinese form,
  // 你好叻喎,連…都唔識, is blame_customer/zh/lex26-01, since an older praise cue often takes its span).
  'sarcasm/en/lex26-02',
  // lex28 (blind29): mock praise for breaking it, mock thanks for coming late — the fault laid on her.
  'sarcasm/zh/lex28-broke-it-clever', 'sarcasm/en/lex28-managed-to-break', 'sarcasm/zh/lex28-late-punctual', 'sarcasm/en/lex28-late-punctual']);

/**
 * The rhetorical cues that ask whether she was not told, sent or shown it already (妳不是早就接到通知了嗎?, "didn't you
 * get the reminder?"): the reproach is of what she did with it, even where the same words also dispute her account
 * (argue) — 您不是已經簽名確認過了嗎? is both.
 */
const REMINDED = new Set(['rhetorical/zh/lex24-01', 'rhetorical/en/lex24-01']);
const reminded = (s: Span): boolean => REMINDED.has((s as Partial<LexSpan>).entry ?? '');

export const rule: Rule = {
  move: 'blame_customer',
  id: 'blame_customer/lexicon',
  detect(ctx) {
    const out: Finding[] = ctx.find('blame_customer').filter((s) => !exonerated(ctx, s) && !retold(ctx, s));
    for (const q of questions(ctx)) {
      // 难道这也要我们负责? disputes our responsibility (argue), it does not reproach the customer.
      const disputes = (s: Span) => ctx.find('argue').some((a) => a.start < s.end && s.start < a.end);
      if (q.rhetorical && !exonerated(ctx, q.rhetorical) && !retold(ctx, q.rhetorical) && !aboutOurSide(ctx, q.rhetorical) && (reminded(q.rhetorical) || !disputes(q.rhetorical)) && !investigated(ctx, q.rhetorical)) {
        out.push({ start: q.rhetorical.start, end: q.rhetorical.end, rule: 'blame_customer/rhetorical-question' });
      }
    }
    for (const c of ctx.cue('sarcasm')) {
      if (c.entry !== undefined && INSINUATIONS.has(c.entry) && !ctx.isReported(c)) out.push({ start: c.start, end: c.end, rule: 'blame_customer/insinuation', entry: c.entry });
    }
    return out;
  },
};
