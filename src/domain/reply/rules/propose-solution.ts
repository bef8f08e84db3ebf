// propose_solution — step 4, 給出一個解決的方法 (000_08713545b2ee6cbf.txt): a concrete remedy or action.
// A solution the customer reports someone else promised is a paraphrase, not a proposal; compensation with
// no limit, before the facts, is premature liability (blank-cheque.ts).
import { liableBeforeFacts } from './blank-cheque.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { notOwnVoice } from './own-voice.ts';

export const rule = lexiconRule('propose_solution', { unless: (ctx, span) => notOwnVoice(ctx, span) || liableBeforeFacts(ctx, span) });
