// acknowledge — listen with responses, so the customer knows you hear them (聽, docs/training-model.md#listen;
// docs/training-model.md#phone-complaint-call). Listening words in a reply that also hurries the customer ("Yeah, yeah, I get it —
// anything else?") are fake attention (docs/training-model.md#wrong-behaviours), not acknowledgement; so is a filler that
// opens a brush-off or a defence in the same sentence ("嗯,我不太清楚…", "OK, that's not our department",
// "我剛剛有在聽啊,是您自己沒講清楚").
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';

const BRUSH_OFFS = ['vague', 'deflect', 'refuse', 'dismiss_emotion', 'cite_policy', 'blame_customer', 'argue'] as const;

const opensBrushOff = (ctx: ReplyContext, span: LexSpan): boolean => ctx.laterInSentence(span, BRUSH_OFFS).some((s) => !ctx.isReported(s));

export const rule = lexiconRule('acknowledge', { unless: (ctx, span) => ctx.find('rush').length > 0 || opensBrushOff(ctx, span) });
