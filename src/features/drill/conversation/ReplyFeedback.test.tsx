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

describe('ReplyFeedback: the change in hostility', () => {
  it.each([
    ['en', -25, 'Hostility −25'],
    ['en', 10, 'Hostility +10'],
    ['zh-Hant', -25, '−25'],
  ] as const)('%s, %i: signed with a true minus sign (as the points are), never an ASCII hyphen', async (language, delta, shown) => {
    const i18n = await setupI18n(language);
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ReplyFeedback text="好" analysis={{ locale: 'zh-Hant', acts: [], forbidden: [], evidence: [] }} delta={delta} />
      </I18nextProvider>,
    );
    expect(container.textContent).toContain(shown);
    expect(container.textContent).not.toMatch(/-\d/);
  });
});

describe('ReplyFeedback: good moves are explained with the words that earned them', () => {
  const said = 'Sorry about that, I understand.';
  const good: ReplyAnalysis = {
    locale: 'en',
    acts: ['apologize', 'empathize'],
    forbidden: [],
    evidence: [
      { move: 'apologize', rule: 'apologize/lexicon', start: 0, end: 5 },
      { move: 'empathize', rule: 'empathize/lexicon', start: 18, end: 30 },
    ],
  };
  it.each([
    ['en', ['Apology: “Sorry”', 'Empathy: “I understand”']],
    ['zh-Hant', ['：「Sorry」', '：「I understand」']],
  ] as const)('%s: each good move’s tag quotes the trainee’s words, and the words are marked with the move named', async (language, chips) => {
    const i18n = await setupI18n(language);
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ReplyFeedback text={said} analysis={good} delta={-5} />
      </I18nextProvider>,
    );
    const tags = [...container.querySelectorAll('.chip.helpful')].map((c) => c.textContent);
    chips.forEach((chip, i) => expect(tags[i]).toContain(chip));
    const marks = [...container.querySelectorAll('mark.hl-helpful')];
    expect(marks.map((m) => m.firstChild?.textContent)).toEqual(['Sorry', 'I understand']);
    expect(marks[0]?.querySelector('.visually-hidden')?.textContent).not.toBe('');
  });
});
