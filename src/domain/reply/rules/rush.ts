// rush — 別打攪我 / 快點 on the list of service mistakes (004_c5ee271a011a6f74.txt).
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('rush');
