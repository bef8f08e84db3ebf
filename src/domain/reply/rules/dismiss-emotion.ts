// dismiss_emotion — 你別激動 / 你不要叫 / 你平靜一點 (docs/training-model.md#angry-customer): feelings first, never tell them to calm down.
// A closing taunt (滿意未?, 咁得未?, 行了吧?, "happy now?") tells the customer their complaint is over: it dismisses
// the feeling as well as mocking it (lecture/sarcasm).
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule, reported } from './lexicon-rule.ts';
import type { Finding, Rule } from './rule.types.ts';

/** The sarcasm cues that close the complaint off rather than mock a detail (data/lexicon/cues/sarcasm.json). */
// lex26: an absurd consequence made of a small lapse (世界末日啦, 原來…都會死人, 'what a catastrophe') mocks the feeling away.
// lex31 (blind31 u199): 'only N minutes and you can't take it?' (才三十分鐘就受不了喔?) belittles her feeling the same way.
const TAUNTS = new Set(['sarcasm/zh/01', 'sarcasm/zh/02', 'sarcasm/en/01', 'sarcasm/en/10', 'sarcasm/zh/lex26-04', 'sarcasm/en/lex26-03', 'sarcasm/en/lex26-05',
  'sarcasm/zh/lex31-only-and-already', 'sarcasm/en/lex31-only-and-already']);

// lex29 (blind27, blind28, harm25 — three writers, both labellers): 你講嘢細聲啲得唔得 opens on 你講, which reads as
// her words retold (你講… "you said…"); when what follows tells her how to speak (細聲, 小声, lower), the trainee is
// talking to her, not quoting her.
// lex30 (blind31 u206): …and so when a request stands between (你講嘢可唔可以細聲啲, 你说话能不能小声点).
const TOLD_HOW_TO_SPEAK = /(?<![叫让要请])你(讲嘢|讲话|说话|讲|说)([^,.!?;:"]{0,3}|(可唔可以|可不可以|能不能|能否|可否|可以)(稍微|少少|小小)?)(细声|小声|轻声|低声)/;
const toldHowToSpeak = (ctx: ReplyContext, s: LexSpan): boolean => TOLD_HOW_TO_SPEAK.test(ctx.text.slice(Math.max(0, s.start - 5), s.end));
const fromLexicon = lexiconRule('dismiss_emotion', { unless: (ctx, s) => reported(ctx, s) && !toldHowToSpeak(ctx, s) });

export const rule: Rule = {
  ...fromLexicon,
  detect: (ctx) => {
    const out: Finding[] = fromLexicon.detect(ctx);
    for (const c of ctx.cue('sarcasm')) {
      if (c.entry !== undefined && TAUNTS.has(c.entry) && !ctx.isReported(c)) out.push({ start: c.start, end: c.end, rule: 'dismiss_emotion/taunt', entry: c.entry });
    }
    return out;
  },
};
