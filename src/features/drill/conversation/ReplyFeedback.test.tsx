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

describe('ReplyFeedback: a harmful move gets a better phrasing of its own', () => {
  const harmful: ReplyAnalysis = { locale: 'en', acts: ['dismiss_emotion', 'rush'], forbidden: [], evidence: [] };
  it.each([
    ['en', 'Dismissing the emotion', 'Try instead: I’d be upset too.', 'Try instead: Please go on — tell me what happened.'],
    ['zh-Hant', '否定情緒', '可以改說：我也會不開心。', '可以改說：請您慢慢說，發生了甚麼事？'],
    ['zh-Hans', '否定情绪', '可以改说：我也会不开心。', '可以改说：请您慢慢说，发生了什么事？'],
  ] as const)('%s: the scenario’s model answer where one fits, else the move’s own phrasing from the locale files', async (language, tag, model, generic) => {
    const i18n = await setupI18n(language);
    const modelAnswer = model.slice(model.indexOf(language === 'en' ? ': ' : '：') + (language === 'en' ? 2 : 1));
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ReplyFeedback text="x" analysis={harmful} delta={5} betters={[{ move: 'dismiss_emotion', modelAnswer }, { move: 'rush' }]} />
      </I18nextProvider>,
    );
    const items = [...container.querySelectorAll('.feedback-harmful li')];
    expect(items.map((li) => li.querySelector('.better')?.textContent)).toEqual([model, generic]);
    expect(items[0]?.querySelector('.feedback-tag')?.textContent).toBe(tag);
  });

  it('no harmful move, no better phrasing of one', async () => {
    const i18n = await setupI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ReplyFeedback text="x" analysis={{ ...harmful, acts: [] }} delta={0} betters={[]} />
      </I18nextProvider>,
    );
    expect(container.querySelector('.feedback-harmful')).toBeNull();
  });
});

describe('ReplyFeedback: one phrasing, offered once', () => {
  // "…the pump department will deal with it, not me." reads as arguing and as blaming a colleague; the scenario's one
  // model answer fits both, so the long sentence was printed twice.
  const answer = 'I’m sorry about the water. I’ll call the pump team now and ring you back by five.';
  const both: ReplyAnalysis = { locale: 'en', acts: ['argue', 'blame_colleague'], forbidden: [], evidence: [] };
  it.each([
    ['en', ['Arguing', 'Blaming a colleague'], 'Try instead: '],
    ['zh-Hant', ['爭辯', '責怪同事'], '可以改說：'],
    ['zh-Hans', ['争辩', '责怪同事'], '可以改说：'],
  ] as const)('%s: two moves given the same phrasing show it once, under both moves', async (language, tags, lead) => {
    const i18n = await setupI18n(language);
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ReplyFeedback text="x" analysis={both} delta={8} betters={[{ move: 'argue', modelAnswer: answer }, { move: 'blame_colleague', modelAnswer: answer }]} />
      </I18nextProvider>,
    );
    expect([...container.querySelectorAll('.better')].map((b) => b.textContent)).toEqual([lead + answer]);
    expect([...container.querySelectorAll('.feedback-harmful .feedback-tag')].map((b) => b.textContent)).toEqual(tags);
  });

  it('a phrasing already offered for a forbidden phrase is not repeated for a harmful move, and distinct ones all stay', async () => {
    const i18n = await setupI18n('en');
    const hit: ForbiddenHit = { ...exact, better: answer };
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ReplyFeedback text="calm down!" analysis={{ ...analysis(hit), acts: ['dismiss_emotion', 'rush'] }} delta={8} betters={[{ move: 'dismiss_emotion', modelAnswer: answer }, { move: 'rush' }]} />
      </I18nextProvider>,
    );
    expect([...container.querySelectorAll('.better')].map((b) => b.textContent)).toEqual([`Try instead: ${answer}`, 'Try instead: Please go on — tell me what happened.']);
  });
});
