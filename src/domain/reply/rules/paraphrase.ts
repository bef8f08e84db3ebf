// paraphrase — summarise and repeat back to confirm (docs/training-model.md#inbound-call; confirm understanding,
// docs/training-model.md#phone-complaint-call). Found by its markers (也就是說, just to confirm…) or by its shape: a
// restatement of several details closed by a confirming tag (…已經兩個星期了,對不對?). Never inside a
// rhetorical question. A restatement without a marker is read from its content (the situation cue).
import type { ReplyContext } from '../context/reply-context.ts';
import { questions } from '../context/questions.ts';
import { overlaps, type Span } from '../context/span.ts';
import { MOVE_IDS } from '../moves.ts';
import type { Finding, Rule } from './rule.types.ts';

// Cantonese 佢話… / 佢哋話… (he said…): what a staff member told the customer, retold to check it.
const RETOLD_YUE = /(他|她|他们|佢|佢哋|对方)(话|讲)(?!你知|我知)/;

// A retold situation the trainee denies (邊有可能等咗一個鐘, "no way you waited two hours") argues; one
// supposed (如果你等了兩個鐘…, "if you waited…") retells nothing.
const DENIED_OR_SUPPOSED = /(边有|哪有|怎么可能|不可能|没可能|点会|怎会|乱讲|胡说|如果|假如|要是|万一|(?<![a-z])(no way|impossible|i doubt|if|unless|in case)(?![a-z]))[^.!?]{0,16}$/;

export const rule: Rule = {
  move: 'paraphrase',
  id: 'paraphrase/lexicon',
  detect(ctx) {
    const qs = questions(ctx);
    const rhetoricalAt = (start: number) => qs.some((q) => (q.rhetorical || q.harmful) && q.sentence.start <= start && start < q.sentence.end);
    const out: Finding[] = ctx.find('paraphrase').filter((s) => !rhetoricalAt(s.start));
    for (const q of qs) {
      if (!q.isQuestion || q.rhetorical || q.harmful) continue;
      const inside = (c: { start: number }) => c.start >= q.sentence.start && c.start < q.sentence.end;
      // "The front desk just told you 'that's company policy'?" repeats what they were told, to check it;
      // "Did they tell you when?" (an inverted question) asks for it instead.
      const retold = ctx.cue('reported').some(inside) || RETOLD_YUE.test(q.sentence.text);
      // 同事有冇講佢係邊個? (an embedded question word, read as indefinite) asks whether, it does not restate.
      const asksWhether = ctx.cue('aux_start').some(inside) || ctx.cue('indefinite').some(inside);
      if (!q.open && retold && !asksWhether && !out.some(inside)) {
        out.push({ start: q.sentence.start, end: q.sentence.end, rule: 'paraphrase/reported-question' });
        continue;
      }
      if (q.sentence.clauses.length < 2) continue;
      const tag = ctx.cue('confirm_tag').find((t) => t.start >= q.sentence.start && t.end <= q.sentence.end);
      if (tag && !out.some((o) => o.start >= q.sentence.start && o.start < q.sentence.end)) {
        out.push({ start: q.sentence.start, end: q.sentence.end, rule: 'paraphrase/confirm-tag' });
      }
    }
    // The customer's situation retold without a marker (cues/situation.json): how long or how often, and what
    // did or did not happen — 等咗三個禮拜都未有人跟進, 約好師傅結果沒人來, "three missed appointments in a row".
    // Read as content, not as an opener: it does not make the rest of its sentence quoted (ctx.find).
    for (const s of ctx.cue('situation')) {
      if (rhetoricalAt(s.start) || out.some((o) => s.start < o.end && o.start < s.end)) continue;
      const sentence = ctx.sentenceOf(s);
      if (DENIED_OR_SUPPOSED.test(ctx.text.slice(sentence.start, s.start))) continue;
      // 從您報修到現在,中間發生了哪些事? asks for the story: a question word right after the span asks, it does not retell.
      // (換邊個都會嬲, "whoever" in empathy, asks nothing.)
      const nearby = (c: { start: number; end: number }) => c.start >= s.start && c.start < Math.min(sentence.end, s.end + 15);
      const asking = (c: { start: number; end: number }) => !ctx.cue('indefinite').some((i) => overlaps(i, c)) && !ctx.find('empathize').some((e) => overlaps(e, c));
      if (ctx.cue('open_question').some((c) => nearby(c) && asking(c))) continue;
      out.push({ start: s.start, end: s.end, rule: 'paraphrase/situation' });
    }
    for (const f of retoldBesideEmpathy(ctx)) if (!out.some((o) => overlaps(o, f))) out.push(f);
    return out;
  },
};

// The customer's story told beside the feeling named (明白你好嬲,架車換完煞車皮仲響; "I understand you're angry, the bill
// shouldn't have doubled like that"; 樓上漏水把您家天花板泡了,我特別理解您有多鬧心): the clause next to the empathy
// retells what happened. Not a clause where the trainee acts (我…, "let me"), turns (不過, "but"), tells the customer
// what to do (請…, 你先…, "you should") or makes another move, and not in a question.
const NOT_RETELLING = /(^|[^a-z])(i|we|me|us|let|please|but|however|though|although|you (should|must|need|have to|can)|thank|thanks|sorry)([^a-z]|$)|(nobody|no one)('s| is| was| will| would| is going to)? (be )?(asking|telling|saying|ask|tell|say|hurry|hurrying|rush|rushing) you|我|请|麻烦|不过|但|可是|只是|然而|你(先|要|应该|得|可以|最好|自己)|(不会|没有|没|不是)(叫|让|要|要求)你|谢|抱歉|对不起|不好意思|规定|政策|policy/;
// lex34 (blind35, blind36, blind37): nor the trainee saying what he will not or did not tell her (唔會叫你冷靜, 我没让您冷静, "nobody's asking you to calm down").
// …nor a story only supposed (如果你等了兩個鐘都沒人理…, "if it happens again").
const SUPPOSED = /如果|假如|要是|万一|(?<![a-z])(if|unless|in case)(?![a-z])/;
const MIN_RETOLD = 6;
const HAN_CHAR = /[\u3400-\u9fff]/;
// 住了十年突然這樣: "like this" points back at the story without telling it.
const ONLY_POINTS = /这样|那样|这种事|这些事|如此/;
function retoldBesideEmpathy(ctx: ReplyContext): Finding[] {
  const out: Finding[] = [];
  for (const e of ctx.find('empathize')) {
    const sentence = ctx.sentenceOf(e);
    if (sentence.endsWithQuestionMark || SUPPOSED.test(sentence.text) || ctx.cue('sarcasm').some((c) => c.start >= sentence.start && c.start < sentence.end)) continue;
    const clause = ctx.clauseOf(e);
    const index = sentence.clauses.findIndex((c) => c.start === clause.start);
    // The rest of the empathy's own clause only in Chinese typed on without a comma (明白你好嬲架車…); in English the
    // rest of that clause is the feeling's object ("how worried you are about your father").
    const candidates: Span[] = HAN_CHAR.test(ctx.text.charAt(e.end)) ? [{ start: e.end, end: clause.end }] : [];
    const next = sentence.clauses[index + 1];
    const before = sentence.clauses[index - 1];
    if (next) candidates.push(next);
    if (before && e.start - clause.start <= 4) candidates.push(before);
    const told = candidates.find((c) => retells(ctx, c));
    if (told) out.push({ start: told.start, end: told.end, rule: 'paraphrase/beside-empathy' });
  }
  return out;
}

function retells(ctx: ReplyContext, c: Span): boolean {
  const body = ctx.text.slice(c.start, c.end).replace(/[,.!?;:"\s]+$/, '');
  const size = /[a-z]/.test(body) ? body.split(' ').filter(Boolean).length + 1 : body.replace(/[^\u3400-\u9fff]/g, '').length;
  if (size < MIN_RETOLD || NOT_RETELLING.test(body) || ONLY_POINTS.test(body)) return false;
  return !MOVE_IDS.some((m) => m !== 'paraphrase' && ctx.find(m).some((f) => overlaps(f, c)));
}
