// premature_liability — taking on liability before the facts are clear (docs/training-model.md#wrong-behaviours).
// Quoting is not doing: "the manager promised you 'we'll pay whatever'?" retells (rules/quoted.ts).
import { lexiconRule } from './lexicon-rule.ts';
import { quotedOffer } from './quoted.ts';

export const rule = lexiconRule('premature_liability', { unless: quotedOffer });
