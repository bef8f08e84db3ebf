// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { freshStorage, renderDrill } from './test-support/render-drill.tsx';

type User = ReturnType<typeof userEvent.setup>;

const start = async (user: User, mode: RegExp) => {
  await user.click(await screen.findByRole('radio', { name: mode }));
  await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
};

const reply = async (user: User, text: string) => {
  const box = screen.getByLabelText('Your reply');
  // Pasted and sent with Enter: the reply is under test, not each keystroke (typing re-renders the drill
  // and saves the draft once per character). The draft test below types.
  await user.click(box);
  await user.paste(text);
  await user.keyboard('{Enter}');
  // The customer has answered: the box is writable again, or the drill has ended and it is gone.
  await waitFor(() => expect(box.isConnected && box.hasAttribute('readonly')).toBe(false));
};

describe('DrillPage', () => {
  it('practice: highlights a forbidden phrase in the trainee’s words with its list and a better phrasing', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'practice' });
    await start(user, /Practice/);
    const text = "I'm sorry you had to wait. That's company policy.";
    await reply(user, text);
    // Whether the customer calms down or explodes, the reply's feedback is shown (in the drill or on the diagnosis).
    const feedback = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('.feedback');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(within(feedback).getAllByText(/is a forbidden phrase/).length).toBeGreaterThan(0);
    expect(within(feedback).getAllByText(/Try instead:/).length).toBeGreaterThan(0);
    const list = feedback.querySelector('.feedback-tag.forbidden')?.textContent;
    expect(['The ten forbidden sentences', 'Never say to an angry customer', 'Ten customer-service mistakes']).toContain(list);
    const marked = feedback.querySelector('mark.hl-forbidden')?.firstChild?.textContent ?? '';
    expect(marked.length).toBeGreaterThan(0);
    expect(text).toContain(marked);
    expect(feedback.querySelector('.chip.harmful')).not.toBeNull();
    expect(within(feedback).getByText(/Hostility [+-]\d+|Hostility unchanged/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('practice: the hint shows a model answer and marks the next reply', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'practice' });
    await start(user, /Practice/);
    await user.click(screen.getByRole('button', { name: /Show a model answer/ }));
    expect(screen.getByRole('note')).toHaveTextContent('Model answer');
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
    expect(await screen.findByText('Model answer viewed')).toBeInTheDocument();
  });

  it('exam: no feedback and no hostility change during the drill', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'exam' });
    await start(user, /Exam/);
    await reply(user, "I'm sorry you had to wait. That's company policy.");
    expect(document.querySelectorAll('.bubble-row.trainee')).toHaveLength(1);
    expect(document.querySelector('.feedback')).toBeNull();
    // Nothing shows how the customer is scoring the trainee beyond what they say: no meter, no mood.
    expect(document.querySelector('.hostility')).toBeNull();
    expect(document.querySelector('.avatar-mood')).toBeNull();
    expect(screen.queryByRole('button', { name: /Show a model answer/ })).toBeNull();
  });

  it('guided: offers three candidate replies and plays the one picked', async () => {
    const user = userEvent.setup();
    const { storage } = await renderDrill({ mode: 'guided' });
    await start(user, /Guided/);
    const group = screen.getByRole('group', { name: 'Choose your reply' });
    const choices = within(group).getAllByRole('button');
    expect(choices).toHaveLength(3);
    const picked = choices[0]!.textContent!.slice(1);
    await user.click(choices[0]!);
    // Stored as the trainee's reply with the option picked (the customer may then calm down or explode).
    await waitFor(async () => {
      const stored = (await storage.loadProgress('T1', 'angry-resident'))?.snapshot as { context: { replies: { text: string; choice?: string }[] } };
      expect(stored.context.replies).toMatchObject([{ text: picked, choice: expect.stringMatching(/\//) }]);
    });
    expect(screen.queryByLabelText('Your reply')).toBeNull();
  });

  it('guided: never offers an option already picked, and always one good, one flawed and one harmful', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'guided' });
    await start(user, /Guided/);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const group = await screen.findByRole('group', { name: 'Choose your reply' });
      await waitFor(() => expect(group).not.toBeDisabled());
      const texts = within(group).getAllByRole('button').map((b) => b.textContent!.slice(1));
      for (const text of texts) expect(seen).not.toContain(text);
      const good = within(group).getAllByRole('button').find((b) => !/calm down|policy|冷靜|規定/i.test(b.textContent ?? ''))!;
      seen.push(good.textContent!.slice(1));
      await user.click(good);
      if (!screen.queryByRole('group', { name: 'Choose your reply' })) break;
    }
  });

  it('resumes a stored drill exactly where it was, from IndexedDB', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const first = await renderDrill({ mode: 'practice', storage });
    await start(user, /Practice/);
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
    await reply(user, 'When did the leak start?');
    const before = [...document.querySelectorAll('.bubble-text')].map((e) => e.textContent);
    first.unmount();

    await renderDrill({ mode: 'exam', storage });
    await screen.findByText(/Welcome back/);
    const after = [...document.querySelectorAll('.bubble-text')].map((e) => e.textContent);
    expect(after).toEqual(before);
    // The stored mode wins over the current preference.
    expect(document.querySelectorAll('.feedback')).toHaveLength(2);
  });

  it('keeps an unsent draft across a reload, and says how many replies were restored', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const first = await renderDrill({ mode: 'practice', storage });
    await start(user, /Practice/);
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
    await user.type(screen.getByLabelText('Your reply'), 'When did the leak');
    await waitFor(async () => expect((await storage.loadProgress('T1', 'angry-resident'))?.draft).toBe('When did the leak'));
    first.unmount();

    await renderDrill({ mode: 'practice', storage });
    expect(await screen.findByText(/Welcome back.*1 reply/)).toBeInTheDocument();
    expect(screen.getByLabelText('Your reply')).toHaveValue('When did the leak');
  });

  it('finishes with a diagnosis and a stored scorecard', async () => {
    const user = userEvent.setup();
    const { storage } = await renderDrill({ mode: 'practice' });
    await start(user, /Practice/);
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
    await user.click(screen.getByRole('button', { name: 'End drill' }));
    await user.click(screen.getByRole('button', { name: 'End and score' }));
    await user.selectOptions(await screen.findByLabelText('Type of complaint (by cause)'), 'service');
    await user.click(screen.getByRole('button', { name: 'Submit and see my scorecard' }));
    expect(await screen.findByRole('heading', { name: 'Skills' })).toBeInTheDocument();
    await expectNoAxeViolations();
    expect(screen.getAllByText('Incomplete').length).toBeGreaterThan(0);
    // …and says why: one apology, no remedy yet.
    expect(screen.getByText(/^Why it is unfinished: no solution was accepted yet/)).toBeInTheDocument();
    await waitFor(async () => expect(await storage.listAttempts('T1')).toHaveLength(1));
    expect(await storage.loadProgress('T1', 'angry-resident')).toBeNull();
  });

  it('tells the app where the stored scorecard lives, unless the trainee has left the page before it was stored', async () => {
    // The app moves the address to the attempt's scorecard when told. A trainee who goes elsewhere (For trainers,
    // the library) while the attempt is still being written must stay there, not be pulled back to the scorecard.
    for (const leaves of [false, true]) {
      const user = userEvent.setup();
      const storage = freshStorage();
      let release = () => {};
      const held = new Promise<void>((ok) => (release = ok));
      const told: string[] = [];
      const slow = { ...storage, saveAttempt: async (a: Parameters<typeof storage.saveAttempt>[0]) => (await held, storage.saveAttempt(a)) };
      const { unmount } = await renderDrill({ mode: 'practice', storage: slow, onAttemptSaved: (id) => told.push(id) });
      await start(user, /Practice/);
      await reply(user, "Mr Chan, I'm so sorry you've been kept waiting.");
      await user.click(screen.getByRole('button', { name: 'End drill' }));
      await user.click(screen.getByRole('button', { name: 'End and score' }));
      await user.click(await screen.findByRole('button', { name: 'Submit and see my scorecard' }));
      await screen.findByRole('heading', { name: 'Skills' });
      if (leaves) unmount();
      release();
      const [stored] = await waitFor(async () => {
        const list = await storage.listAttempts('T1');
        expect(list).toHaveLength(1);
        return list;
      });
      // Stored either way; only a trainee still on the page is moved to its address.
      await waitFor(() => expect(told).toEqual(leaves ? [] : [stored!.id]));
      if (!leaves) unmount();
    }
  });

  it('difficulty: chosen on the briefing by keyboard, played from the first line and stored on the attempt', async () => {
    const user = userEvent.setup();
    const { storage } = await renderDrill({ mode: 'practice' });
    const standard = await screen.findByRole('radio', { name: /^Standard/ });
    expect(standard).toBeChecked();
    expect(screen.getByRole('group', { name: 'Difficulty' })).toBeInTheDocument();
    // Arrow keys move through a radio group, as in any form.
    standard.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: /^Hard/ })).toBeChecked();
    await start(user, /Practice/);
    // angry-resident starts at 75 as written; hard starts hotter.
    expect(Number(screen.getByRole('meter').getAttribute('aria-valuenow'))).toBeGreaterThan(75);
    await user.click(screen.getByRole('button', { name: 'End drill' }));
    await user.click(screen.getByRole('button', { name: 'End and score' }));
    await user.click(await screen.findByRole('button', { name: 'Submit and see my scorecard' }));
    await waitFor(async () => expect(await storage.listAttempts('T1')).toHaveLength(1));
    expect((await storage.listAttempts('T1'))[0]).toMatchObject({ difficulty: 'hard', mode: 'practice' });
  });

  // `npm run dev` renders the app in React's StrictMode, which mounts each effect, cleans it up and mounts it again:
  // the drill's actor must survive that, or the customer's answer, scheduled after her typing pause, never comes.
  it('in StrictMode, the customer still answers after her typing pause and the drill goes on', async () => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'practice', strict: true, typingDelay: 30 });
    await start(user, /Practice/);
    const customerLines = () => document.querySelectorAll('.bubble-row.customer').length;
    expect(await screen.findByLabelText('Your reply')).toBeInTheDocument();
    expect(customerLines()).toBe(1);
    await reply(user, "Mr Chan, I'm so sorry you've been kept waiting. Can you tell me what happened?");
    await waitFor(() => expect(customerLines()).toBe(2));
  });

  it('reports an unknown scenario', async () => {
    await renderDrill({ scenarioId: 'no-such-scenario' });
    expect(await screen.findByRole('alert')).toHaveTextContent('no-such-scenario');
  });
});

describe('DrillPage with a stored drill from an older scenario version', () => {
  it('says so and starts afresh instead of replaying into a different conversation', async () => {
    const storage = freshStorage();
    await storage.saveProgress({
      schemaVersion: 2, key: 'T1\u0000angry-resident', attemptId: 'old', trainee: 'T1', scenarioId: 'angry-resident', scenarioVersion: '1-deadbeef',
      snapshot: { status: 'active', value: { conversation: 'traineeTurn' }, context: {} }, draft: '', updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await renderDrill({ storage });
    expect(await screen.findByText(/was updated since your last visit/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the conversation' })).toBeInTheDocument();
    expect(await storage.loadProgress('T1', 'angry-resident')).toBeNull();
  });
});
