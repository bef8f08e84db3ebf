// @vitest-environment jsdom
// Issue 16's findings, as a trainee meets them: language switches, resuming, the hint, the end of a drill.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import scenario from '../../../scenarios/angry-resident.json';
import { freshStorage, renderDrill } from './test-support/render-drill.tsx';

type User = ReturnType<typeof userEvent.setup>;

const reply = async (user: User, text: string) => {
  const box = screen.getByRole('textbox');
  // Pasted and sent with Enter: the reply is under test, not each keystroke (the draft test types).
  await user.click(box);
  await user.paste(text);
  await user.keyboard('{Enter}');
  await waitFor(() => expect(box.isConnected && box.hasAttribute('readonly')).toBe(false));
};

const customerLines = () => [...document.querySelectorAll('.bubble-row.customer .bubble-text')];
const CJK = /[\u4e00-\u9fff]/;

describe('the drill’s language', () => {
  it('switched on the briefing: the drill, the scorecard and the stored attempt all use the new language', async () => {
    const user = userEvent.setup();
    const { setLanguage, storage } = await renderDrill({ mode: 'practice', language: 'en' });
    await screen.findByRole('button', { name: 'Start the conversation' });
    await setLanguage('zh-Hant');
    await user.click(screen.getByRole('button', { name: '開始對話' }));
    expect(customerLines()[0]).toHaveTextContent(scenario.opening['zh-Hant']);
    await reply(user, '陳生,真係唔好意思,要你等咗成個禮拜。');
    await user.click(screen.getByRole('button', { name: '結束演練' }));
    await user.click(screen.getByRole('button', { name: '結束並評分' }));
    await user.click(await screen.findByRole('button', { name: /略過/ }));
    await screen.findByRole('heading', { level: 1, name: scenario.title['zh-Hant'] });
    // The customer's answer on the scorecard is in Chinese, as it was in the drill.
    const answer = document.querySelector('.turn-customer')!;
    expect(answer.textContent).toMatch(CJK);
    expect(answer.querySelector('[lang]')).toHaveAttribute('lang', 'zh-Hant');
    const [attempt] = await storage.listAttempts('T1');
    expect(attempt?.locale).toBe('zh-Hant');
    expect(attempt?.transcript[0]?.text).toBe(scenario.opening['zh-Hant']);
  });

  it('switched mid-drill: the labels change, the customer keeps speaking the drill’s language to the end', async () => {
    const user = userEvent.setup();
    const { setLanguage, storage } = await renderDrill({ mode: 'practice', language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
    const before = customerLines().map((e) => e.textContent);
    await setLanguage('zh-Hans');
    // Labels follow the UI; the conversation stays as it was, marked as English for screen readers.
    expect(screen.getByRole('button', { name: '结束演练' })).toBeInTheDocument();
    expect(customerLines().map((e) => e.textContent)).toEqual(before);
    expect(customerLines()[0]).toHaveAttribute('lang', 'en');
    expect(screen.getByText('对话语言')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '结束演练' }));
    await user.click(screen.getByRole('button', { name: '结束并评分' }));
    await user.click(await screen.findByRole('button', { name: /跳过/ }));
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('.turn-customer')!.textContent).not.toMatch(CJK);
    const [attempt] = await storage.listAttempts('T1');
    expect(attempt?.locale).toBe('en');
  });
});

describe('resuming', () => {
  it('keeps a draft typed just before leaving (no pause to save it first)', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const first = await renderDrill({ mode: 'practice', storage });
    await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await user.type(screen.getByLabelText('Your reply'), 'Mr Chan, I am');
    // Navigating away at once: the save that was waiting for a pause in typing is made on the way out.
    first.unmount();
    await waitFor(async () => expect((await storage.loadProgress('T1', 'angry-resident'))?.draft).toBe('Mr Chan, I am'));
    await renderDrill({ mode: 'practice', storage });
    expect(await screen.findByLabelText('Your reply')).toHaveValue('Mr Chan, I am');
  });

  it('reloaded before the first reply: says so at once, and the notice leaves with the next reply', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const first = await renderDrill({ mode: 'practice', storage });
    await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await waitFor(async () => expect(await storage.loadProgress('T1', 'angry-resident')).not.toBeNull());
    first.unmount();

    await renderDrill({ mode: 'practice', storage });
    expect(await screen.findByText(/waiting for your first reply/)).toBeInTheDocument();
    expect(screen.queryByText(/replies so far/)).toBeNull();
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
    expect(screen.queryByText(/waiting for your first reply|Welcome back/)).toBeNull();
  });

  // A briefing opened and left is stored too (so its seed and choices hold), but no conversation was under way.
  const firstStart = {
    en: { start: 'Start the conversation', back: /back where you left it|Welcome back/ },
    'zh-Hant': { start: '開始對話', back: /回到你離開的地方|已恢復/ },
    'zh-Hans': { start: '开始对话', back: /回到你离开的地方|已恢复/ },
  } as const;
  for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    it(`only a briefing opened before: starting is a first start, with no "back where you left it" (${language})`, async () => {
      const user = userEvent.setup();
      const storage = freshStorage();
      const first = await renderDrill({ mode: 'practice', storage, language });
      await screen.findByRole('button', { name: firstStart[language].start });
      await waitFor(async () => expect(await storage.loadProgress('T1', 'angry-resident')).not.toBeNull());
      first.unmount();

      await renderDrill({ mode: 'practice', storage, language });
      await user.click(await screen.findByRole('button', { name: firstStart[language].start }));
      expect(await screen.findByRole('textbox')).toBeInTheDocument();
      expect(screen.queryByText(firstStart[language].back)).toBeNull();
    });
  }

  it('after a restored reply, the notice counts it and goes away with the next reply', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const first = await renderDrill({ mode: 'practice', storage });
    await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
    await waitFor(async () => expect(await storage.loadProgress('T1', 'angry-resident')).toMatchObject({ snapshot: { context: { replies: [{}] } } }));
    first.unmount();

    await renderDrill({ mode: 'practice', storage });
    expect(await screen.findByText(/Welcome back.*\(1 reply so far\)/)).toBeInTheDocument();
    await reply(user, 'When did the leak start?');
    expect(screen.queryByText(/Welcome back/)).toBeNull();
  });
});

describe('the hint', () => {
  it('moves focus to the model answer it reveals (the button it replaces is disabled)', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'practice' });
    await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await user.click(screen.getByRole('button', { name: /Show a model answer/ }));
    const note = screen.getByRole('note', { name: 'Model answer' });
    await waitFor(() => expect(note).toHaveFocus());
    expect(document.activeElement).not.toBe(document.body);
  });
});

describe('the seed', () => {
  it('fixes the customer’s line variants, so two attempts with one seed hear the same answers', async () => {
    const play = async () => {
      const user = userEvent.setup();
      const view = await renderDrill({ mode: 'practice', seed: 7 });
      await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
      await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
      await reply(user, 'When did the leak start?');
      const lines = customerLines().map((e) => e.textContent);
      await act(async () => view.unmount());
      return lines;
    };
    const once = await play();
    expect(once).toHaveLength(3);
    expect(await play()).toEqual(once);
  });
});

describe('the judge step on the scorecard', () => {
  const endDrill = async (user: User) => {
    await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
    await user.click(screen.getByRole('button', { name: 'End drill' }));
    await user.click(screen.getByRole('button', { name: 'End and score' }));
  };
  const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

  it('shows a wrong pick beside the right answer, and a right one with its points', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'practice' });
    await endDrill(user);
    await user.selectOptions(await screen.findByLabelText('Type of complaint (by cause)'), 'price');
    await user.selectOptions(screen.getByLabelText('Severity'), 'serious');
    await user.click(screen.getByRole('button', { name: 'Submit and see my scorecard' }));
    await screen.findByRole('heading', { name: 'Your diagnosis' });
    // angry-resident: a service complaint, serious, wanting a fix, respect or to vent.
    expect(row('Type of complaint').textContent).toMatch(/Price.*Not this one.*Service/);
    expect(row('Severity').textContent).toMatch(/Serious complaint.*Correct, \+15/);
    expect(row('The customer').textContent).toMatch(/Skipped.*A fix or Respect or To vent/);
  });

  it('shows the right answers when the step was skipped', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'practice' });
    await endDrill(user);
    await user.click(await screen.findByRole('button', { name: 'Skip to the scorecard' }));
    await screen.findByRole('heading', { name: 'Your diagnosis' });
    expect(screen.getByText(/You skipped the diagnosis/)).toBeInTheDocument();
    expect(row('Type of complaint').textContent).toMatch(/Skipped.*Service/);
    // Nothing on the scorecard is a developer's command line.
    expect(document.body.textContent).not.toMatch(/npx defuse|--seed/);
  });
});

describe('after the drill', () => {
  it('the scorecard says what to practise next, from this attempt and the stored ones', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'practice' });
    await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await reply(user, 'ok');
    await user.click(screen.getByRole('button', { name: 'End drill' }));
    await user.click(screen.getByRole('button', { name: 'End and score' }));
    await user.click(await screen.findByRole('button', { name: 'Skip to the scorecard' }));
    const next = await screen.findByRole('region', { name: 'What to practise next' });
    // One attempt so far: its weakest skill, over one drill.
    expect(next).toHaveTextContent(/Your weakest skill lately: .+, \d+ \/ 100 in your last drill\./);
    expect(within(next).getByRole('link', { name: 'Start this drill' }).getAttribute('href')).toMatch(/^#\/drill\/[a-z-]+$/);
  });
});
