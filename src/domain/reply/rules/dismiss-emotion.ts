// dismiss_emotion — 你別激動 / 你不要叫 / 你平靜一點 (000_08713545b2ee6cbf.txt): feelings first, never tell them to calm down.
import { lexiconRule, reported } from './lexicon-rule.ts';

export const rule = lexiconRule('dismiss_emotion', { unless: reported });
