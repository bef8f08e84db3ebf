// acknowledge — listen with responses, so the customer knows you hear them (聽, 000_08713545b2ee6cbf.txt;
// 002 §十一). Listening words in a reply that also hurries the customer ("Yeah, yeah, I get it —
// anything else?") are fake attention (000, wrong behaviours), not acknowledgement.
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('acknowledge', { unless: (ctx) => ctx.find('rush').length > 0 });
