// escalate — no authority? bring in someone who has (000_08713545b2ee6cbf.txt step 4). A runaround being retold is not an escalation.
import { lexiconRule } from './lexicon-rule.ts';
import { notOwnVoice } from './own-voice.ts';

export const rule = lexiconRule('escalate', { unless: (ctx, span) => notOwnVoice(ctx, span) });
