// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { fillLayoutGaps, renderStudio } from './test-support/render-studio.tsx';

beforeAll(fillLayoutGaps);

describe('StudioPage: the library and the new-scenario wizard (issue 17)', () => {
  it('lists shipped scenarios by their title in the UI language, with the id beside it', async () => {
    await renderStudio();
    const shipped = within(screen.getByRole('navigation', { name: 'Scenario library' }));
    const item = shipped.getByRole('button', { name: /A leak from upstairs, reported twice, nobody came/ });
    expect(item).toHaveTextContent('angry-resident');
    await expectNoAxeViolations();
  });

  it('offers every channel in the wizard (face to face, phone, chat, email) and starts the author at its heading', async () => {
    const { user } = await renderStudio();
    await user.click(screen.getByRole('button', { name: 'New scenario…' }));
    const form = screen.getByRole('form', { name: 'New scenario' });
    // Focus moves into the form (on a phone it sits below the library, out of view).
    expect(within(form).getByRole('heading', { name: 'New scenario' })).toHaveFocus();
    const channel = within(form).getByRole('group', { name: 'How the complaint arrives' });
    expect(within(channel).getAllByRole('radio').map((r) => r.closest('label')?.textContent?.trim())).toEqual(['Face to face', 'On the phone', 'Web chat (written)', 'Email (written)']);
  });
});
