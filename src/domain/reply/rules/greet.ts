// greet — the first three seconds: greeting, company/department/own name, and an offer to help
// (docs/training-model.md#inbound-call). Any two of the three make a greeting.
import type { Span } from '../context/span.ts';
import type { Rule } from './rule.types.ts';

export const rule: Rule = {
  move: 'greet',
  id: 'greet/opening',
  detect(ctx) {
    const direct = ctx.find('greet');
    const parts = [
      ctx.findWith((lex) => lex.greet.hello),
      ctx.findWith((lex) => lex.greet.identity),
      ctx.findWith((lex) => lex.greet.offer),
    ].filter((found) => found.length > 0);
    if (parts.length < 2) return direct;
    // The offer of help closes the greeting: "…what can i do for you was the pool closed when you got here" does not
    // greet again at "got here".
    const offers = ctx.findWith((lex) => lex.greet.offer);
    const cutoff = offers.length > 0 ? ctx.sentenceOf(offers[0] as Span).end : Infinity;
    const spans = parts.flat().filter((s) => s.start < cutoff);
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    return [...direct, { start, end }];
  },
};
