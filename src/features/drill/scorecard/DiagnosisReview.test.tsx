// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import doc from '../../../../scenarios/angry-resident.json';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import { scoreDrill } from '../../../domain/scoring/score-drill.ts';
import { runDrill } from '../../../domain/drill/run-drill.ts';
import { createReader } from '../../../domain/reading/read-reply.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { DiagnosisReview } from './DiagnosisReview.tsx';

describe('the diagnosis beside the right answer', () => {
  it('a stored scorecard (no scenario at hand) agrees with the scorecard shown at the end: any accepted motive is right', async () => {
    const scenario = parseScenario(doc);
    // A motive the scenario accepts that is not its first: right at the end of the drill, right when reopened.
    const motive = scenario.diagnosis.motives[1]!;
    const diagnosis = { cause: scenario.diagnosis.causes[0]!, severity: scenario.diagnosis.severity, motive };
    const run = runDrill(scenario, ['對不起，令你咁困擾。'], { read: createReader(scenario), locale: 'zh-Hant' });
    const card = scoreDrill(scenario, { ...run, locale: 'zh-Hant', diagnosis });
    const judged = card.evidence.filter((e) => e.rule === 'diagnosis');
    const i18n = await setupI18n('en');
    const rowOf = (label: string) => screen.getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
    const motiveLabel = i18n.t('drill.diagnosis.motive.label');

    const atEnd = render(<I18nextProvider i18n={i18n}><DiagnosisReview given={diagnosis} expected={scenario.diagnosis} evidence={judged} /></I18nextProvider>);
    expect(rowOf(motiveLabel)).toHaveClass('right');
    atEnd.unmount();

    render(<I18nextProvider i18n={i18n}><DiagnosisReview given={diagnosis} expected={undefined} evidence={judged} /></I18nextProvider>);
    expect(rowOf(motiveLabel)).toHaveClass('right');
    expect(within(rowOf(motiveLabel)).getAllByText(i18n.t(`drill.diagnosis.motive.options.${motive}` as 'drill.diagnosis.motive.label')).length).toBeGreaterThan(0);
  });
});
