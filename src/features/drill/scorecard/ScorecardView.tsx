import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, Scenario } from '../../../domain/scenario/scenario.types.ts';
import type { Language } from '../../../i18n/languages.ts';
import type { DrillAttempt } from '../session/finish-attempt.ts';
import { CustomerAvatar } from '../conversation/CustomerAvatar.tsx';
import { HostilityMeter } from '../conversation/HostilityMeter.tsx';
import { DiagnosisReview } from './DiagnosisReview.tsx';
import { DimensionChart } from './DimensionChart.tsx';
import { HostilityCurve } from './HostilityCurve.tsx';
import { useFocusOnMount } from '../use-focus-on-mount.ts';
import { ScoreDial } from './ScoreDial.tsx';
import { EvidenceLine, TurnEvidence } from './TurnEvidence.tsx';
import { useMessage } from './use-message.ts';
import { turnLimitText } from './ending-text.ts';

export interface ScorecardScenario {
  title: LocalizedText;
  customerName: LocalizedText;
  startHostility: number;
  passMark: number;
  explode?: number;
  /** The expected diagnosis, so the scorecard can show the right answer even when the step was skipped. */
  diagnosis?: Scenario['diagnosis'];
}

interface Props {
  attempt: DrillAttempt;
  scenario: ScorecardScenario;
  language: Language;
  /** Starts a fresh attempt in place (after a drill). */
  onRetry?: () => void;
  /** Where "try again" leads when there is no drill in place (a stored attempt). */
  retryHref?: string;
  /** What to practise next (after a drill), shown under the summary and not printed. */
  next?: ReactNode;
}

/** The end of a drill: score, outcome, dimensions, the hostility curve, and every point with its reason. */
export function ScorecardView({ attempt, scenario, language, onRetry, retryHref, next }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const card = attempt.scorecard.engine;
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(attempt.endedAt));
  // The diagnosis has its own section (each part beside the right answer), so it is left out here.
  const judged = card.evidence.filter((e) => e.rule === 'diagnosis');
  const finalHostility = card.hostility.at(-1) ?? scenario.startHostility;
  const overall = card.evidence.filter((e) => e.rule !== 'diagnosis' && (e.points !== 0 || e.suggestion));
  return (
    // The seed and locale that reproduce this scorecard (`npx defuse drill`) are for trainers and support,
    // not a line of text for the trainee: they travel with the stored attempt and its exports.
    <article className="page scorecard" aria-labelledby="scorecard-title" data-seed={attempt.seed} data-locale={attempt.locale}>
      <header className="scorecard-head card">
        <ScoreDial score={attempt.score} passed={attempt.passed} />
        <div className="scorecard-summary">
          <p className="eyebrow">{t('scorecards.eyebrow')}</p>
          <h1 id="scorecard-title" ref={heading} tabIndex={-1}>{scenario.title[language]}</h1>
          <p className="verdict">
            <span className={`badge ${attempt.passed ? 'pass' : 'fail'}`}>{attempt.passed ? t('scorecards.passed') : t('scorecards.failed')}</span>
            <span className={`badge outcome-${card.outcome}`}>{t(`scorecards.outcome.${card.outcome}`)}</span>
          </p>
          <p className="outcome-text">{turnLimitText(t, card.outcome, card.ending, card.turns.length) ?? t(`scorecards.outcomeText.${card.outcome}`)}</p>
          {/* An incomplete drill says what the customer was still waiting for (rules/unfinished.ts). */}
          {card.evidence
            .filter((e) => e.rule === 'unfinished')
            .map((e) => (
              <p key={e.message.key} className="outcome-why">{message(e.message)}</p>
            ))}
          <p className="meta">
            {t('scorecards.meta', { trainee: attempt.trainee, mode: t(`drill.modes.${attempt.mode}.name`), date: when, passMark: scenario.passMark })}
          </p>
          {attempt.scorecard.hintsUsed > 0 && (
            <p className="meta">{t('scorecards.hints', { count: attempt.scorecard.hintsUsed, cost: attempt.scorecard.hintCost, engine: card.score })}</p>
          )}
        </div>
        <div className="scorecard-actions no-print">
          {onRetry && (
            <button type="button" className="button primary" onClick={onRetry}>
              {t('scorecards.tryAgain')}
            </button>
          )}
          {!onRetry && retryHref && (
            <a className="button primary" href={retryHref}>
              {t('scorecards.tryAgain')}
            </a>
          )}
          <button type="button" className="button" onClick={() => window.print()}>
            {t('scorecards.print')}
          </button>
          <a className="button" href="#/">
            {t('common.backToLibrary')}
          </a>
        </div>
      </header>

      {next && <div className="no-print">{next}</div>}

      <div className="scorecard-grid">
        <section className="card" aria-labelledby="dims-title">
          <h2 id="dims-title">{t('scorecards.dimensionsTitle')}</h2>
          <DimensionChart dimensions={card.dimensions} />
        </section>
        <section className="card" aria-labelledby="curve-title">
          <h2 id="curve-title">{t('scorecards.curveTitle')}</h2>
          {/* How the customer felt at the end: the face and meter a drill in exam mode keeps hidden until now. */}
          <div className="final-mood">
            <CustomerAvatar hostility={finalHostility} name={scenario.customerName[attempt.locale]} typing={false} />
            {scenario.explode !== undefined && <HostilityMeter hostility={finalHostility} explode={scenario.explode} delta={null} />}
          </div>
          <HostilityCurve points={[scenario.startHostility, ...card.hostility]} {...(scenario.explode !== undefined ? { explode: scenario.explode } : {})} />
        </section>
      </div>

      <section className="card" aria-labelledby="judge-title">
        <h2 id="judge-title">{t('practice.judge.title')}</h2>
        {!attempt.diagnosis && <p>{t('practice.judge.skippedAll')}</p>}
        <DiagnosisReview given={attempt.diagnosis} expected={scenario.diagnosis} evidence={judged} />
      </section>

      {overall.length > 0 && (
        <section className="card" aria-labelledby="overall-title">
          <h2 id="overall-title">{t('scorecards.overallTitle')}</h2>
          <ul className="evidence-list">
            {overall.map((e, i) => (
              <EvidenceLine key={i} item={e} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="turns-title" className="turns">
        <h2 id="turns-title">{t('scorecards.turnsTitle')}</h2>
        {card.turns.length === 0 ? (
          <p>{t('scorecards.noTurns')}</p>
        ) : (
          <ol className="turn-list">
            {card.turns.map((turn, i) => (
              // The customer's words are in the drill's language (attempt.locale), whatever the page's is now.
              <TurnEvidence key={i} index={i} turn={turn} customerName={scenario.customerName[attempt.locale]} lang={attempt.locale} />
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
