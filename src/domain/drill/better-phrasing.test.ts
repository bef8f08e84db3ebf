import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json';
import zhHans from '../../i18n/locales/zh-Hans.json';
import zhHant from '../../i18n/locales/zh-Hant.json';
import { createClassifier } from '../reply/classify.ts';
import { HARMFUL_MOVES, isHarmful } from '../reply/moves.ts';
import type { ForbiddenHit, Locale, ReplyAnalysis } from '../reply/reply.types.ts';
import { harmfulBetters, modelAnswerFinder, REMEDIES } from './better-phrasing.ts';

const classify = createClassifier();
const read = (text: string, options: { locale: Locale }) => classify(text, options);
const phrasings: Record<Locale, Record<string, string>> = { en: en.drill.feedback.betterFor, 'zh-Hant': zhHant.drill.feedback.betterFor, 'zh-Hans': zhHans.drill.feedback.betterFor };

describe('the per-move better phrasings in the locale files', () => {
  it.each(HARMFUL_MOVES.flatMap((move) => (['en', 'zh-Hant', 'zh-Hans'] as const).map((locale) => [move, locale] as const)))(
    '%s (%s): reads as one of its remedies, never as a harmful move or forbidden phrase',
    (move, locale) => {
      const text = phrasings[locale][move]!;
      const reading = classify(text, { locale });
      expect(reading.acts.filter(isHarmful)).toEqual([]);
      expect(reading.forbidden).toEqual([]);
      expect(reading.acts.some((act) => (REMEDIES[move] as readonly string[]).includes(act))).toBe(true);
    },
  );
});

describe('modelAnswerFinder: the scenario’s own model answer for the state, when one fits', () => {
  const scenario = {
    modelAnswers: {
      listening: [
        // Reads as blaming the customer itself: never offered as the better phrasing.
        { en: 'Why didn’t you tell us earlier? I will send someone.', 'zh-Hant': '你為甚麼不早點說？我會派人來。', 'zh-Hans': '你为什么不早点说？我会派人来。' },
        { en: 'I’m so sorry, that must be really frustrating.', 'zh-Hant': '真的很抱歉，這一定令您很困擾。', 'zh-Hans': '真的很抱歉，这一定让您很困扰。' },
      ],
      solving: [{ en: 'I will send a plumber at 3 pm today and call you when he is done.', 'zh-Hant': '我今天下午三點派水喉師傅上來，完成後打電話給您。', 'zh-Hans': '我今天下午三点派水管师傅上来，完成后打电话给您。' }],
    },
  };
  const find = modelAnswerFinder(scenario, read);

  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('%s: dismissing the feeling is answered by the state’s empathising answer, skipping the one that blames', (locale) => {
    expect(find('listening', 'dismiss_emotion', locale)).toBe(scenario.modelAnswers.listening[1]![locale]);
  });

  it('an answer that does not remedy the move is not offered: the per-move phrasing is used instead', () => {
    expect(find('listening', 'vague', 'en')).toBeUndefined();
    expect(find('solving', 'dismiss_emotion', 'en')).toBeUndefined();
  });

  it('only the state’s own answers: another state’s (or a state without answers) gives none', () => {
    expect(find('solving', 'vague', 'en')).toBe(scenario.modelAnswers.solving[0]!.en);
    expect(find('closing', 'vague', 'en')).toBeUndefined();
  });

  it('each model answer is read once, however often the transcript asks', () => {
    let reads = 0;
    const counting = modelAnswerFinder(scenario, (text, options) => (reads++, classify(text, options)));
    counting('listening', 'dismiss_emotion', 'en');
    counting('listening', 'dismiss_emotion', 'en');
    counting('listening', 'argue', 'en');
    expect(reads).toBe(2);
  });
});

describe('harmfulBetters: which harmful moves get their own better phrasing', () => {
  const analysis: ReplyAnalysis = { locale: 'en', acts: ['apologize', 'dismiss_emotion', 'lecture'], forbidden: [], evidence: [] };
  const none = () => undefined;

  it('every harmful move of the reply, in order; helpful moves get none', () => {
    expect(harmfulBetters(analysis, 's', 'en', none)).toEqual([{ move: 'dismiss_emotion' }, { move: 'lecture' }]);
  });

  it('a move a forbidden phrase already implies is left to the forbidden phrase’s own better phrasing', () => {
    const hit = { implies: 'dismiss_emotion' } as ForbiddenHit;
    expect(harmfulBetters({ ...analysis, forbidden: [hit] }, 's', 'en', none).map((b) => b.move)).toEqual(['lecture']);
  });

  it('the model answer found is carried with its move', () => {
    expect(harmfulBetters(analysis, 's', 'en', (_, move) => (move === 'lecture' ? 'Let me fix it.' : undefined))).toEqual([{ move: 'dismiss_emotion' }, { move: 'lecture', modelAnswer: 'Let me fix it.' }]);
  });
});
