// rush — 別打攪我 / 快點 on the list of service mistakes (docs/training-model.md#service-mistakes). Quoting is not doing:
// "the clerk kept telling you 'hurry up'?" (a reported-speech cue before it) retells the customer's story.
// A cue that starts the rush itself (你講完未呀?, 你講咗十次啦) is the trainee's own impatience.
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('rush', {
  unless: (ctx, span) => {
    const sentence = ctx.sentenceOf(span);
    // lex31 (blind31 u012): 你講完先啦 / 你講快啲 tells her how to talk ('finish first', 'faster'); it retells nothing.
    const howToTalk = (c: { end: number }) => /^(完|快)/.test(ctx.text.slice(c.end, c.end + 1));
    return ctx.cue('reported').some((c) => c.start >= sentence.start && c.start < span.start && !howToTalk(c));
  },
});
