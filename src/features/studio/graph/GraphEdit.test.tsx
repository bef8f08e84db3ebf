// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MOVE_IDS } from '../../../domain/reply/moves.ts';
import type { Language } from '../../../i18n/languages.ts';
import { resources } from '../../../i18n/resources.ts';
import { renderForm, type FormUnderTest } from '../test-support/form-harness.tsx';
import { GraphEdit } from './GraphEdit.tsx';
import { ReactionsForm } from '../story/ReactionsForm.tsx';

const Graph: FormUnderTest = ({ scenario, edit }) => (scenario ? <GraphEdit scenario={scenario} edit={edit} /> : <></>);
const moveNames = (language: Language) => resources[language].translation.drill.moves;
const labels: Record<Language, { form: string; when: string; add: string; any: string }> = {
  en: { form: 'Draw a transition', when: 'When the reply makes the move', add: 'Add transition', any: 'Add to “This reply makes at least one of these moves”' },
  'zh-Hant': { form: '', when: '', add: '', any: '' },
  'zh-Hans': { form: '', when: '', add: '', any: '' },
};
for (const language of ['zh-Hant', 'zh-Hans'] as const) {
  const graph = resources[language].translation.authoring.graph;
  const conditions = resources[language].translation.authoring.conditions;
  labels[language] = { form: graph.addTransition, when: graph.when, add: graph.addTransitionButton, any: conditions.addTo.replace('{{list}}', conditions.fields.anyActs) };
}

/** What a select's options show, and what they hold. */
const shown = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => ({ value: o.value, text: o.textContent, title: o.title }));

describe('the studio move pickers', () => {
  for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    it(`show each move by its name in ${language} only (its id is the value and the tooltip), and say which move a new transition takes in words`, async () => {
      const { user, json } = await renderForm(Graph, undefined, language);
      const form = screen.getByRole('form', { name: labels[language].form });
      const picker = within(form).getByRole('combobox', { name: labels[language].when });
      const names = moveNames(language);
      expect(shown(picker)).toEqual(MOVE_IDS.map((m) => ({ value: m, text: names[m], title: m })));
      // No id beside a name: a Chinese screen shows no Latin letters in the picker.
      for (const { text } of shown(picker)) {
        expect(text).not.toMatch(/—|_/);
        if (language !== 'en') expect(text).not.toMatch(/[a-z]/i);
      }

      await user.selectOptions(picker, 'commit_followup');
      await user.click(within(form).getByRole('button', { name: labels[language].add }));
      await waitFor(() => expect(json().reactions.at(-1)).toMatchObject({ when: { anyActs: ['commit_followup'] } }));
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent(names.commit_followup);
      expect(status.textContent).not.toContain('commit_followup');
    });
  }

  it("the story forms' move lists do the same, and a chosen move and its remove button are named in words", async () => {
    const { user, json } = await renderForm(ReactionsForm, undefined, 'zh-Hant');
    const names = moveNames('zh-Hant');
    const { conditions } = resources['zh-Hant'].translation.authoring;
    const list = conditions.fields.anyActs;
    // angry-resident's first reaction answers 否定情緒 (dismiss_emotion).
    const group = screen.getByRole('group', { name: list });
    expect(within(group).getByText(names.dismiss_emotion)).toBeInTheDocument();
    const add = within(group).getByRole('combobox', { name: labels['zh-Hant'].any });
    const offered = shown(add).slice(1);
    expect(offered).toEqual(MOVE_IDS.filter((m) => m !== 'dismiss_emotion').map((m) => ({ value: m, text: names[m], title: m })));
    expect(offered.map((o) => o.text).join('')).not.toMatch(/[a-z]/i);
    await user.click(within(group).getByRole('button', { name: conditions.removeNamed.replace('{{list}}', list).replace('{{item}}', names.dismiss_emotion) }));
    await waitFor(() => expect(json().reactions[0].when).not.toHaveProperty('anyActs'));
  });

  for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    it(`the state pickers show each state by its name in ${language} (its id is the value and the tooltip), and so does the note of a new transition`, async () => {
      const { user, json } = await renderForm(Graph, undefined, language);
      const form = screen.getByRole('form', { name: labels[language].form });
      const graph = resources[language].translation.authoring.graph;
      const { states: named, outcomes } = resources[language].translation.studio;
      const [from, to] = [within(form).getByRole('combobox', { name: graph.from }), within(form).getByRole('combobox', { name: graph.to })];
      // angry-resident's states, then the end states.
      expect(shown(from)).toContainEqual({ value: 'venting', text: named.venting, title: 'venting' });
      expect(shown(to)).toContainEqual({ value: 'walked_out', text: outcomes.walked_out, title: 'walked_out' });
      if (language !== 'en') for (const { text } of [...shown(from), ...shown(to)]) expect(text).not.toMatch(/[a-z]/i);

      await user.selectOptions(from, 'venting');
      await user.selectOptions(to, 'walked_out');
      await user.click(within(form).getByRole('button', { name: labels[language].add }));
      await waitFor(() => expect(json().reactions.at(-1)).toMatchObject({ in: ['venting'], goto: 'walked_out' }));
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent(named.venting);
      expect(status).toHaveTextContent(outcomes.walked_out);
    });
  }
});
