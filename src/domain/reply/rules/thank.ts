// thank — 一謝 comes first in the eight-word procedure (002_ec423cfec83186e4.txt).
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('thank');
