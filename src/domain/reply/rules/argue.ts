// argue — arguing, insisting you are right (000_08713545b2ee6cbf.txt); 這不可能的 (000), 我絕對沒說過 (002).
import { lexiconRule, reported } from './lexicon-rule.ts';

export const rule = lexiconRule('argue', { unless: reported });
