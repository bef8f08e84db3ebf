// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ForbiddenHit, ReplyAnalysis } from '../../../domain/reply/reply.types.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { ReplyFeedback } from './ReplyFeedback.tsx';

// 你冷静一点 is caught as a variant of the listed 你平静一点: the feedback must not read as if it named a
// different phrase from the one typed ("你冷静一点"属于禁语：你平静一点).
const variant: ForbiddenHit = { list: 'angry-customer', id: 'angry-customer/01', phrase: '你平静一点', matched: '你冷静一点', start: 0, end: 5, implies: 'dismiss_emotion', better: '我明白您很着急', source: 'x.txt' };
const exact: ForbiddenHit = { ...variant, phrase: 'Calm down', matched: 'calm down!' };
const analysis = (hit: ForbiddenHit): ReplyAnalysis => ({ locale: 'zh-Hans', acts: [], forbidden: [hit], evidence: [] });

async function feedback(language: 'en' | 'zh-Hant' | 'zh-Hans', hit: ForbiddenHit) {
  const i18n = await setupI18n(language);
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <ReplyFeedback text={hit.matched} analysis={analysis(hit)} delta={0} />
    </I18nextProvider>,
  );
  return container.querySelector('.feedback-forbidden li > span:nth-child(2)')?.textContent;
}

describe('ReplyFeedback: a forbidden phrase said plainly', () => {
  it.each([
    ['en', '“你冷静一点” is a variant of the forbidden phrase “你平静一点”, from the list “Never say to an angry customer”.'],
    ['zh-Hans', '“你冷静一点”是禁语“你平静一点”的变体，出自“面对愤怒顾客时避免的说法”。'],
  ] as const)('%s: the words typed are a variant of the listed phrase, from its list', async (language, said) => {
    expect(await feedback(language, variant)).toBe(said);
  });

  it('the listed phrase itself (case and punctuation aside) is named once, with its list', async () => {
    expect(await feedback('en', exact)).toBe('“calm down!” is a forbidden phrase, from the list “Never say to an angry customer”.');
  });
});

describe('ReplyFeedback: a move the learned back-off added', () => {
  const text = 'Let me take this on myself and sort it out';
  const learned: ReplyAnalysis = {
    locale: 'en',
    acts: ['take_ownership'],
    forbidden: [],
    evidence: [
      { move: 'take_ownership', rule: 'backoff/take_ownership', start: 4, end: 16 },
      { move: 'take_ownership', rule: 'backoff/take_ownership', start: 31, end: 38 },
    ],
  };
  it.each([
    ['en', /: learned from the labelled replies — “me take this”, “sort it”$/],
    ['zh-Hant', /：從已標註的回覆學來——「me take this」、「sort it」$/],
    ['zh-Hans', /：从已标注的回复学来——“me take this”、“sort it”$/],
  ] as const)('%s: names the move and the trainee’s own words that earned it', async (language, line) => {
    const i18n = await setupI18n(language);
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ReplyFeedback text={text} analysis={learned} delta={0} />
      </I18nextProvider>,
    );
    expect(container.querySelector('.feedback-learned li')?.textContent).toMatch(line);
  });

  it('shows nothing learned when every move came from the lexicon and rules', async () => {
    const i18n = await setupI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ReplyFeedback text={text} analysis={{ ...learned, evidence: [{ ...learned.evidence[0]!, rule: 'take_ownership/lexicon' }] }} delta={0} />
      </I18nextProvider>,
    );
    expect(container.querySelector('.feedback-learned')).toBeNull();
  });
});
