// escalate — no authority? bring in someone who has (docs/training-model.md#step-solve). A runaround being retold is not an escalation.
import { lexiconRule } from './lexicon-rule.ts';
import { notOwnVoice } from './own-voice.ts';

export const rule = lexiconRule('escalate', { unless: (ctx, span) => notOwnVoice(ctx, span) });
