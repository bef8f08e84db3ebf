// move_private — take an agitated customer away from the crowd (帶離現場, docs/training-model.md#face-to-face).
// Retelling that a guard pulled the customer aside (您說保安把您拉到一邊) is not an invitation.
// A place found for her things (找一个地方放婴儿车, 搵個大堂雜物房) is no room to talk in (place-for-things.ts).
import { lexiconRule } from './lexicon-rule.ts';
import { placeForThings } from './place-for-things.ts';

export const rule = lexiconRule('move_private', { unless: (ctx, s) => ctx.isReported(s, 'clause') || placeForThings(ctx, s) });
