// PROVISIONAL: signature fixed, implementation being written (issue 2).
import type { Locale, ReplyAnalysis } from './reply.types.ts';
import type { MoveId } from './moves.ts';

/** Extra phrases a scenario adds to the classifier (regex sources, any script; folded like replies). */
export interface LexiconExtension {
  moves?: Partial<Record<MoveId, { zh?: string[]; en?: string[] }>>;
}

export interface ClassifyOptions {
  /** Locale hint (UI language); the reply's own text decides, the hint breaks ties. */
  locale?: Locale;
}

export type Classifier = (text: string, options?: ClassifyOptions) => ReplyAnalysis;

export function createClassifier(_extension?: LexiconExtension): Classifier {
  return (text, options) => ({ locale: options?.locale ?? (/[\u4e00-\u9fff]/.test(text) ? 'zh-Hant' : 'en'), acts: [], forbidden: [], evidence: [] });
}

export const classifyReply: Classifier = createClassifier();
