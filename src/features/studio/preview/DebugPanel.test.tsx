// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { simulateTurnTraced } from '../../../domain/customer/simulate-turn.ts';
import type { TurnTrace } from '../../../domain/customer/turn-trace.ts';
import type { SimState } from '../../../domain/scenario/scenario.types.ts';
import { analysisOf, readingOf } from '../../../domain/scenario/test-support/keyword-classifier.ts';
import { offerOf, playTurns } from '../../../domain/scenario/test-support/shipped.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { DebugPanel } from './DebugPanel.tsx';

const resident = parseScenario(JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')));
const heard = playTurns(resident, [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']]);
const doubt = resident.objections.find((o) => o.raisedWhen === 'offer')!;
const plumber = resident.wants.remedies.find((r) => r.verdict === 'accept')!;
/** A remedy or objection as the debugger names it: its label in English, the JSON id after it. */
const en = (x: { id: string; label: { en: string } }) => `${x.label.en} (${x.id})`;

/** Plays readings from `heard`, keeping the engine's traces (earlier turns have none). */
function play(readings: Parameters<typeof simulateTurnTraced>[3][]): { sim: SimState; traces: (TurnTrace | null)[] } {
  let sim = heard;
  const traces: (TurnTrace | null)[] = heard.turns.map(() => null);
  readings.forEach((reading, i) => {
    // Unlike each other and the earlier replies, so none reads as parroting.
    const next = simulateTurnTraced(resident, sim, ['walnut orchard', 'copper kettle'][i] ?? `reply ${i}`, reading);
    sim = next.sim;
    traces.push(next.trace);
  });
  return { sim, traces };
}

async function show(readings: Parameters<typeof play>[0], language: 'en' | 'zh-Hans' = 'en') {
  const i18n = await setupI18n(language);
  const { sim, traces } = play(readings);
  render(
    <I18nextProvider i18n={i18n}>
      <DebugPanel scenario={resident} sim={sim} locale="en" traces={traces} onAddPhrase={null} />
    </I18nextProvider>,
  );
  return screen.getAllByRole('listitem').filter((li) => li.classList.contains('studio-debug-turn'));
}

describe('the preview debugger: wants and objections per turn', () => {
  it('shows the remedy offered, that it was accepted, and the objection it raised; then that objection answered', async () => {
    const turns = await show([offerOf(resident, ['propose_solution']), analysisOf('take_ownership')]);
    const offered = within(turns.at(-2)!);
    expect(offered.getByText(`This reply named remedies: ${en(plumber)} · time: now · someone to act: yes`)).toBeInTheDocument();
    expect(offered.getByText('The customer accepted the offer.')).toBeInTheDocument();
    expect(offered.getByText(`On the table after the turn: ${en(plumber)} — accepted · by now · someone named: yes`)).toBeInTheDocument();
    expect(offered.getByText(`Objection raised: ${en(doubt)}`)).toBeInTheDocument();
    expect(offered.getByText(`Still open: ${en(doubt)}`)).toBeInTheDocument();
    const answered = within(turns.at(-1)!);
    expect(answered.getByText(`Objection answered: ${en(doubt)}`)).toBeInTheDocument();
    expect(answered.queryByText(/^Still open/)).toBeNull();
    await expectNoAxeViolations();
  });

  it('says what an offer lacks, and when nothing is on the table', async () => {
    const noTime = readingOf(['propose_solution'], { remedies: [plumber.id], owners: [{ start: 0, end: 1, who: 'self' }] });
    const turns = await show([analysisOf('greet'), noTime]);
    const greet = within(turns.at(-2)!);
    expect(greet.getByText('Nothing on the table yet.')).toBeInTheDocument();
    expect(greet.getByText('No objection has come up yet.')).toBeInTheDocument();
    const offer = within(turns.at(-1)!);
    expect(offer.getByText('No time named: the customer asks when.')).toBeInTheDocument();
    expect(offer.getByText(`On the table after the turn: ${en(plumber)} — pending · by no time yet · someone named: yes`)).toBeInTheDocument();
  });

  it('names states by their description in the UI language, the JSON id after it', async () => {
    const i18n = await setupI18n('zh-Hant');
    const { sim, traces } = play([analysisOf('greet')]);
    render(
      <I18nextProvider i18n={i18n}>
        <DebugPanel scenario={resident} sim={sim} locale="en" traces={traces} onAddPhrase={null} />
      </I18nextProvider>,
    );
    const description = resident.states[sim.state]!.description['zh-Hant'].replaceAll('{name}', resident.persona.name['zh-Hant']);
    expect(screen.getByText(`狀態 ${description}（${sim.state}） · 敵意 ${sim.hostility} · 第 ${sim.turn} 句`)).toBeInTheDocument();
  });
});

describe('the preview debugger: a forbidden phrase', () => {
  it('is listed with the colon and brackets of the UI language, its list by name (禁语：你冷静一点（面对愤怒顾客时避免的说法）)', async () => {
    const hit = { list: 'angry-customer' as const, id: 'angry-customer/01', phrase: '你平静一点', matched: '你冷静一点', start: 0, end: 5, implies: 'dismiss_emotion' as const, better: '我明白', source: 'x.txt' };
    const turns = await show([{ ...analysisOf('dismiss_emotion'), forbidden: [hit] }], 'zh-Hans');
    expect(within(turns.at(-1)!).getByText('禁语：你冷静一点（面对愤怒顾客时避免的说法）')).toBeInTheDocument();
  });
});

describe('the preview debugger in Chinese: no internal term left in English', () => {
  it('names moves, signals, hostility causes, facts and unmet conditions in the UI language; Latin letters only in the JSON ids in brackets', async () => {
    const turns = await show([analysisOf('greet'), offerOf(resident, ['propose_solution'])], 'zh-Hans');
    const last = turns.at(-1)!;
    // Reaction ids (the author's own names, as the JSON has them) aside, everything is prose in the UI language.
    const prose = [...last.querySelectorAll('details > p, details li')]
      .filter((el) => !el.querySelector('p, li'))
      .map((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('code, q').forEach((c) => c.remove());
        // The JSON's ids are given in brackets after their names (reactions' too); no field name (maxHostility, goto, in).
        return (copy.textContent ?? '').replace(/（[^（）]*）/g, '');
      });
    expect(prose.length).toBeGreaterThan(5);
    expect(prose.filter((text) => /[A-Za-z]/.test(text))).toEqual([]);
    expect(last.textContent).toContain('未触发：条件是“');
    expect(last.textContent).toMatch(/提出解决方案（propose_solution）/);
  });
});
