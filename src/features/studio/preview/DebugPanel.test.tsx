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
    expect(offered.getByText(`This reply named remedies: ${plumber.id} · time: now · someone to act: yes`)).toBeInTheDocument();
    expect(offered.getByText('The customer accepted the offer.')).toBeInTheDocument();
    expect(offered.getByText(`On the table after the turn: ${plumber.id} — accepted · by now · someone named: yes`)).toBeInTheDocument();
    expect(offered.getByText(`Objection raised: ${doubt.id}`)).toBeInTheDocument();
    expect(offered.getByText(`Still open: ${doubt.id}`)).toBeInTheDocument();
    const answered = within(turns.at(-1)!);
    expect(answered.getByText(`Objection answered: ${doubt.id}`)).toBeInTheDocument();
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
    expect(offer.getByText(`On the table after the turn: ${plumber.id} — pending · by no time yet · someone named: yes`)).toBeInTheDocument();
  });

  it('names states by their description in the UI language, the JSON id after it', async () => {
    const i18n = await setupI18n('zh-Hant');
    const { sim, traces } = play([analysisOf('greet')]);
    render(
      <I18nextProvider i18n={i18n}>
        <DebugPanel scenario={resident} sim={sim} locale="en" traces={traces} onAddPhrase={null} />
      </I18nextProvider>,
    );
    const description = resident.states[sim.state]!.description['zh-Hant'];
    expect(screen.getByText(`狀態 ${description}（${sim.state}） · 敵意 ${sim.hostility} · 第 ${sim.turn} 句`)).toBeInTheDocument();
  });
});

describe('the preview debugger: a forbidden phrase', () => {
  it('is listed with the colon and brackets of the UI language (禁语：你冷静一点（angry-customer）)', async () => {
    const hit = { list: 'angry-customer' as const, id: 'angry-customer/01', phrase: '你平静一点', matched: '你冷静一点', start: 0, end: 5, implies: 'dismiss_emotion' as const, better: '我明白', source: 'x.txt' };
    const turns = await show([{ ...analysisOf('dismiss_emotion'), forbidden: [hit] }], 'zh-Hans');
    expect(within(turns.at(-1)!).getByText('禁语：你冷静一点（angry-customer）')).toBeInTheDocument();
  });
});
