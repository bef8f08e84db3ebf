// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import type { Language } from '../../../i18n/languages.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { DefuseDb } from '../../../storage/db.ts';
import { createFlagsStorage, type FlagsStorage } from '../../../storage/flags-storage.ts';
import { FlagProvider } from './flag-context.tsx';
import { MisreadFlag } from './MisreadFlag.tsx';

let n = 0;
const attempt = { id: 'att-1', scenarioId: 'angry-resident', trainee: 'Amy', locale: 'zh-Hant' as const };
const reply = '我已經escalate咗俾supervisor,你唔好再打嚟';

async function show(storage: FlagsStorage, language: Language = 'en') {
  const i18n = await setupI18n(language);
  const analyses = [{ locale: 'zh-Hant' as const, acts: ['blame_customer' as const], forbidden: [], evidence: [{ move: 'blame_customer' as const, rule: 'x', start: 22, end: 28 }] }];
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <FlagProvider storage={storage} attempt={attempt} analyses={analyses as never}>
          <MisreadFlag turn={0} reply={reply} found={['blame_customer']} forbiddenFound={false} />
        </FlagProvider>
      </I18nextProvider>,
    ),
  };
}

const fresh = () => {
  const name = `flag-ui-${Date.now()}-${n++}`;
  return { name, storage: createFlagsStorage(new DefuseDb(name)) };
};

describe('"I think this was misread"', () => {
  it('is flagged by keyboard alone, stored with the picks and a plain-text comment, and survives a reload', async () => {
    const user = userEvent.setup();
    const { name, storage } = fresh();
    const view = await show(storage);
    await user.tab();
    const open = screen.getByRole('button', { name: 'I think this was misread (reply 1)' });
    expect(open).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'What did the reader get wrong in reply 1?' })).toHaveFocus();
    await expectNoAxeViolations(view.container);
    // The first box: the move the reader found ("Blaming the customer" or however the locale words it).
    await user.tab();
    const wrongBox = screen.getByRole('group', { name: 'Read, but not in my reply' }).querySelector('input')!;
    expect(wrongBox).toHaveFocus();
    await user.keyboard(' ');
    await user.click(screen.getByRole('checkbox', { name: view.i18n.t('drill.moves.escalate') }));
    const comment = screen.getByRole('textbox', { name: 'Comment (optional)' });
    await user.type(comment, '<img src=x onerror=alert(1)>');
    expect(screen.getByText(`${500 - 28} characters left`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send flag' }));
    expect(await screen.findByText('You flagged this reply; a trainer will review it.')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    const [stored] = (await storage.listAll()).flags;
    expect(stored).toMatchObject({ attemptId: 'att-1', turn: 0, reply, locale: 'zh-Hant', found: ['blame_customer'], suggestion: { wrong: ['blame_customer'], missing: ['escalate'] }, comment: '<img src=x onerror=alert(1)>', evidence: [{ move: 'blame_customer', start: 22, end: 28 }], status: 'open' });
    view.unmount();

    // A reload: a new connection to the same database shows the turn as flagged.
    await show(createFlagsStorage(new DefuseDb(name)));
    expect(await screen.findByText('Flagged')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'I think this was misread (reply 1)' })).toBeNull();
  });

  it('can be withdrawn, which returns the control and focus to it', async () => {
    const user = userEvent.setup();
    const { storage } = fresh();
    await show(storage);
    await user.click(screen.getByRole('button', { name: 'I think this was misread (reply 1)' }));
    await user.click(screen.getByRole('button', { name: 'Send flag' }));
    await user.click(await screen.findByRole('button', { name: 'Withdraw the flag on reply 1' }));
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'I think this was misread (reply 1)' })).toHaveFocus());
    expect((await storage.listAll()).flags).toEqual([]);
  });

  it('is not withdrawn by one keypress: it asks first, with "Keep the flag" focused, and Escape keeps it too', async () => {
    const user = userEvent.setup();
    const { storage } = fresh();
    await show(storage);
    await user.click(screen.getByRole('button', { name: 'I think this was misread (reply 1)' }));
    await user.click(screen.getByRole('button', { name: 'Send flag' }));
    const withdraw = await screen.findByRole('button', { name: 'Withdraw the flag on reply 1' });
    withdraw.focus();
    // Enter twice where the flag is: the first asks, the second keeps the flag.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: 'Withdraw your flag on reply 1? Your picks and comment are deleted.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep the flag' })).toHaveFocus();
    await expectNoAxeViolations();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Withdraw the flag on reply 1' })).toHaveFocus());
    expect((await storage.listAll()).flags).toHaveLength(1);
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Withdraw the flag on reply 1' })).toHaveFocus());
    expect((await storage.listAll()).flags).toHaveLength(1);
    expect(screen.getByText('You flagged this reply; a trainer will review it.')).toBeInTheDocument();
  });

  it('closes on Escape without storing anything', async () => {
    const user = userEvent.setup();
    const { storage } = fresh();
    await show(storage);
    await user.click(screen.getByRole('button', { name: 'I think this was misread (reply 1)' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'I think this was misread (reply 1)' })).toHaveFocus());
    expect((await storage.listAll()).flags).toEqual([]);
  });

  it('says so when the flag cannot be stored, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { storage } = fresh();
    const failing: FlagsStorage = { ...storage, add: async () => Promise.reject(new Error('QuotaExceededError')) };
    await show(failing);
    await user.click(screen.getByRole('button', { name: 'I think this was misread (reply 1)' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment (optional)' }), 'keep me');
    await user.click(screen.getByRole('button', { name: 'Send flag' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The flag could not be saved on this device. Try again.');
    expect(screen.getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('keep me');
  });

  it('speaks the trainee’s language, with the moves in plain words', async () => {
    const user = userEvent.setup();
    const { storage } = fresh();
    const { i18n } = await show(storage, 'zh-Hant');
    await user.click(screen.getByRole('button', { name: '我認為這句被誤讀了（第 1 句回覆）' }));
    expect(screen.getByRole('checkbox', { name: i18n.t('drill.moves.blame_customer') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '送出標記' })).toBeInTheDocument();
  });
});
