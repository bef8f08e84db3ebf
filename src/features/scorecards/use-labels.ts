import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../domain/scoring/scorecard.types.ts';
import type { Language } from '../../i18n/languages.ts';
import type { DashboardScenario } from './dashboard.types.ts';

/** Translated names for scenarios, dimensions, modes, difficulties and outcomes, plus number and date formats. */
export function useLabels(scenarios: readonly DashboardScenario[], language: Language) {
  const { t } = useTranslation();
  const scenarioTitle = useCallback((id: string) => scenarios.find((s) => s.id === id)?.title[language] ?? id, [scenarios, language]);
  const dimension = useCallback((d: Dimension) => t(`scorecards.dimensions.${d}.name`), [t]);
  const mode = useCallback((m: string) => (m === 'practice' || m === 'exam' || m === 'guided' ? t(`drill.modes.${m}.name`) : m), [t]);
  const difficulty = useCallback((d: string) => (d === 'easy' || d === 'standard' || d === 'hard' ? t(`playDifficulty.${d}.name`) : d), [t]);
  const outcome = useCallback(
    (o: string) => (o === 'resolved' || o === 'escalated' || o === 'walked_out' || o === 'incomplete' ? t(`scorecards.outcome.${o}`) : o),
    [t],
  );
  const formats = useMemo(
    () => ({
      date: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
      percent: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
    }),
    [language],
  );
  const date = useCallback((iso: string) => formats.date.format(new Date(iso)), [formats]);
  const percent = useCallback((share: number) => formats.percent.format(share), [formats]);
  return { scenarioTitle, dimension, mode, difficulty, outcome, date, percent };
}
