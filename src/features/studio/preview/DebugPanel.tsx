import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { Scenario, SimState } from '../../../domain/scenario/scenario.types.ts';

interface Props {
  scenario: Scenario;
  sim: SimState;
  locale: Locale;
}

/** What the engine saw after each reply: moves, forbidden hits, facts revealed, hostility, state. */
export function DebugPanel({ scenario, sim, locale }: Props) {
  const { t } = useTranslation();
  const factText = (id: string) => scenario.facts.find((f) => f.id === id)?.label[locale] ?? id;
  return (
    <section className="studio-debug card" aria-labelledby="studio-debug-title">
      <h3 id="studio-debug-title">{t('studio.preview.debug.title')}</h3>
      <p>{t('studio.preview.debug.now', { state: sim.state, hostility: sim.hostility, turn: sim.turn })}</p>
      {sim.turns.length === 0 ? (
        <p className="hint">{t('studio.preview.debug.empty')}</p>
      ) : (
        <ol className="studio-debug-turns">
          {sim.turns.map((turn) => (
            <li key={turn.turn}>
              <p className="studio-debug-reply">{turn.reply}</p>
              <dl>
                <dt>{t('studio.preview.debug.moves')}</dt>
                <dd>{turn.analysis.acts.length ? turn.analysis.acts.map((m) => t(`drill.moves.${m}`)).join(' · ') : t('studio.preview.debug.none')}</dd>
                <dt>{t('studio.preview.debug.forbidden')}</dt>
                <dd>{turn.analysis.forbidden.length ? turn.analysis.forbidden.map((f) => `${f.matched} (${t(`drill.lists.${f.list}`)})`).join(' · ') : t('studio.preview.debug.none')}</dd>
                <dt>{t('studio.preview.debug.facts')}</dt>
                <dd>{turn.factsRevealed.length ? turn.factsRevealed.map(factText).join(' · ') : t('studio.preview.debug.none')}</dd>
                <dt>{t('studio.preview.debug.hostility')}</dt>
                <dd>{t('studio.preview.debug.hostilityValue', { before: turn.hostilityBefore, after: turn.hostility, state: turn.stateAfter })}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
