import { useTranslation } from 'react-i18next';
import type { ConditionMiss } from '../../../domain/customer/match-condition.ts';
import type { FactDecision } from '../../../domain/customer/turn-draft.ts';
import type { ReactionTrial, TurnTrace, WantsTrace } from '../../../domain/customer/turn-trace.ts';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { Condition, Scenario, SimState, TurnRecord } from '../../../domain/scenario/scenario.types.ts';
import { useStateLabel } from './use-state-label.ts';
import { factNamer } from '../story/record-name.ts';
import { describeCondition } from '../graph/describe-condition.ts';
import { reactionName } from '../graph/state-name.ts';

interface Props {
  scenario: Scenario;
  sim: SimState;
  locale: Locale;
  /** The engine's trace of each turn, in order (same length as sim.turns). */
  traces: readonly (TurnTrace | null)[];
  /** Opens the "add a phrase" form for a move (null when the scenario is read-only). */
  onAddPhrase: ((move: string, text: string) => void) | null;
}

/**
 * The engine's ids in the UI language, each with the JSON's id after it where the author may look it up
 * ("道歉（apologize）"): moves, signals, facts, remedies, objections, forbidden lists, hostility causes.
 */
function useNames(scenario: Scenario) {
  const { t, i18n } = useTranslation();
  // Keys built from the engine's ids (checked with i18n.exists before use).
  const tr = t as unknown as (key: string, options?: object) => string;
  const named = (name: string, id: string) => (name === id ? id : t('authoring.trace.named', { name, id }));
  const list = (items: readonly string[]) => (items.length ? items.reduce((first, second) => (first ? t('studio.graph.when.list', { first, second }) : second), '') : t('studio.preview.debug.none'));
  const factName = factNamer(scenario.facts, i18n.language);
  // A fact, remedy or objection by its label with its id after it (factNamer names any of them by id).
  const record = (records: readonly { id: string; label?: Partial<Record<string, string>> }[]) => {
    const name = factNamer(records, i18n.language);
    return (id: string) => named(name(id), id);
  };
  const known = (key: string, id: string) => (i18n.exists(key) ? named(tr(key), id) : id);
  const move = (id: string) => known(`drill.moves.${id}`, id);
  const signal = (id: string) => known(`studio.graph.signals.${id}`, id);
  // A reaction by its name with its id after it; a time ("today") in words.
  const reaction = (id: string) => named(reactionName(id, t), id);
  const when = (id: string) => (i18n.exists(`authoring.trace.wants.when.${id}`) ? tr(`authoring.trace.wants.when.${id}`) : id);
  const fact = record(scenario.facts);
  const remedy = record(scenario.wants.remedies);
  const objection = record(scenario.objections);
  const cause = (c: string) => {
    const [kind, ...rest] = c.split('/');
    const id = rest.join('/');
    if (kind === 'move' && id) return t('authoring.trace.cause.move', { move: move(id) });
    if (kind === 'objection' && id) return t('authoring.trace.cause.objection', { name: objection(id) });
    if (kind === 'reaction' && id) return t('authoring.trace.cause.reaction', { id: reaction(id) });
    if (kind === 'forbidden' && id) return t('authoring.trace.cause.forbidden', { id });
    return i18n.exists(`authoring.trace.cause.${c}`) ? tr(`authoring.trace.cause.${c}`) : c;
  };
  // What the engine saw, for a condition that did not hold: moves, signals and facts by name, yes or no, numbers.
  const seen = (field: string, v: unknown): string => {
    if (typeof v === 'boolean') return t(v ? 'authoring.conditions.yes' : 'authoring.conditions.no');
    if (Array.isArray(v)) return list(v.map((x) => String(x)).map(field === 'signals' ? signal : field === 'factsKnown' ? fact : /Acts$/.test(field) ? move : (x) => x));
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  const wanted = (field: string, expected: unknown) => describeCondition({ [field]: expected } as Condition, t, factName);
  return { named, list, move, signal, fact, remedy, objection, cause, seen, wanted, factName, reaction, when };
}

/**
 * What the engine did with each reply, in the JSON's own ids: the reading (moves with the words and the
 * lexicon entry that matched), signals, hostility before, after the engine's rules and after the reaction,
 * every reaction tried in order with the first condition that failed, the facts, and why the state moved.
 */
export function DebugPanel({ scenario, sim, traces, onAddPhrase }: Props) {
  const { t } = useTranslation();
  const stateLabel = useStateLabel(scenario);
  return (
    <section className="studio-debug card" aria-labelledby="studio-debug-title">
      <h3 id="studio-debug-title">{t('studio.preview.debug.title')}</h3>
      <p>{t('studio.preview.debug.now', { state: stateLabel(sim.state), hostility: sim.hostility, turn: sim.turn })}</p>
      {sim.turns.length === 0 ? (
        <p className="hint">{t('studio.preview.debug.empty')}</p>
      ) : (
        <ol className="studio-debug-turns">
          {sim.turns.map((turn, i) => (
            <TurnView key={turn.turn} turn={turn} trace={traces[i] ?? null} scenario={scenario} onAddPhrase={onAddPhrase} last={i === sim.turns.length - 1} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TurnView({ turn, trace, scenario, onAddPhrase, last }: { turn: TurnRecord; trace: TurnTrace | null; scenario: Scenario; onAddPhrase: Props['onAddPhrase']; last: boolean }) {
  const { t } = useTranslation();
  const stateLabel = useStateLabel(scenario);
  const names = useNames(scenario);
  const a = turn.analysis;
  const none = t('studio.preview.debug.none');
  const words = (start: number, end: number) => turn.reply.slice(start, end);
  const miss = (m: ConditionMiss) => t('authoring.trace.miss', { wanted: names.wanted(m.field, m.expected), actual: names.seen(m.field, m.actual) });
  const trial = (r: ReactionTrial) => {
    switch (r.result) {
      case 'fired':
        return t('authoring.trace.fired');
      case 'other-state':
        return t('authoring.trace.otherState', { state: stateLabel(r.state), in: names.list(r.in.map(stateLabel)) });
      case 'failed':
        return miss(r.miss);
      case 'after-fired':
        return r.miss ? t('authoring.trace.afterFiredWould', { why: miss(r.miss) }) : t('authoring.trace.afterFired');
    }
  };
  // A fact by its label in the UI language, with the JSON's id after it ("等了多久（duration）").
  const { fact: namedFact } = names;
  const fact = (f: FactDecision) => {
    switch (f.kind) {
      case 'revealed':
        return t(`authoring.trace.fact.revealed.${f.why}`, { fact: namedFact(f.fact), hostility: f.hostility, max: f.maxHostility });
      case 'curt':
      case 'held-back':
        return t(f.forbidden ? `authoring.trace.fact.${f.kind === 'curt' ? 'curt' : 'heldBack'}Forbidden` : `authoring.trace.fact.${f.kind === 'curt' ? 'curt' : 'heldBack'}`, { fact: namedFact(f.fact), hostility: f.hostility, max: f.maxHostility });
      case 'question-answered-by-plan':
        return t('authoring.trace.fact.questionAnsweredByPlan', { fact: namedFact(f.fact) });
      case 'again':
        return t('authoring.trace.fact.again', { fact: namedFact(f.fact) });
      case 'nothing-left':
        return t('authoring.trace.fact.nothingLeft');
      case 'not-asked':
        return t('authoring.trace.fact.notAsked');
      case 'parroted':
        return t('authoring.trace.fact.parroted');
    }
  };
  const reactionIds = new Set(scenario.reactions.map((r) => r.id));
  return (
    <li className="studio-debug-turn">
      <p className="studio-debug-reply">{turn.reply}</p>
      <details open={last}>
        <summary>{t('authoring.trace.summary', { turn: turn.turn, before: stateLabel(turn.stateBefore), after: stateLabel(turn.stateAfter), fired: trace?.fired ? names.reaction(trace.fired) : none })}</summary>
        <h4>{t('authoring.trace.reading')}</h4>
        {a.evidence.length === 0 ? (
          <p className="studio-debug-none">
            {t('authoring.trace.noMoves')}
            {onAddPhrase && (
              <>
                {' '}
                <button type="button" className="button small link" onClick={() => onAddPhrase('', turn.reply)}>
                  {t('authoring.phrase.open')}
                </button>
              </>
            )}
          </p>
        ) : (
          <ul className="studio-debug-moves">
            {a.evidence.map((e, j) => (
              <li key={j}>
                {names.move(e.move)} <q>{words(e.start, e.end)}</q>{' '}
                <span className="hint">{e.entry ? t('authoring.trace.entry', { entry: e.entry }) : t('authoring.trace.rule', { rule: e.rule })}</span>
              </li>
            ))}
          </ul>
        )}
        {onAddPhrase && a.evidence.length > 0 && (
          <button type="button" className="button small link" onClick={() => onAddPhrase('', turn.reply)}>
            {t('authoring.phrase.openMisread')}
          </button>
        )}
        {a.forbidden.length > 0 && (
          <p>
            {t('studio.preview.debug.forbiddenList', { label: t('studio.preview.debug.forbidden'), phrases: a.forbidden.map((f) => t('studio.preview.debug.forbiddenPhrase', { phrase: f.matched, list: t(`drill.lists.${f.list}`) })).join(' · ') })}
          </p>
        )}
        {trace && (
          <>
            <h4>{t('authoring.trace.signals')}</h4>
            <p>{trace.signals.length ? names.list(trace.signals.map(names.signal)) : none}</p>
            <h4>{t('authoring.trace.hostility')}</h4>
            <p>{t('authoring.trace.hostilityValues', { before: trace.hostilityBefore, base: trace.hostilityBase, after: trace.hostilityAfter })}</p>
            {trace.changes.length > 0 && <p className="hint">{trace.changes.map((c) => t('authoring.trace.change', { cause: names.cause(c.cause), delta: c.delta > 0 ? `+${c.delta}` : `−${-c.delta}` })).join(' · ')}</p>}
            <h4>{t('authoring.trace.reactions')}</h4>
            {trace.reactions.length === 0 ? (
              <p>{none}</p>
            ) : (
              <ol className="studio-debug-reactions">
                {trace.reactions.map((r) => (
                  <li key={r.index} className={`trial ${r.result}`} data-reaction={r.id}>
                    {reactionIds.has(r.id) ? names.reaction(r.id) : <code>#{r.index}</code>} {trial(r)}
                  </li>
                ))}
              </ol>
            )}
            <h4>{t('authoring.trace.facts')}</h4>
            <ul>
              {trace.facts.length ? trace.facts.map((f, j) => <li key={j}>{fact(f)}</li>) : <li>{t('authoring.trace.fact.notAsked')}</li>}
            </ul>
            <WantsView wants={trace.wants} scenario={scenario} names={names} />
            <h4>{t('authoring.trace.state')}</h4>
            <p>{t(`authoring.trace.reason.${trace.stateReason}`, { before: stateLabel(trace.stateBefore), after: stateLabel(trace.stateAfter), fired: trace.fired ? names.reaction(trace.fired) : none })}</p>
          </>
        )}
      </details>
    </li>
  );
}

/** The remedy on the table and the objections, in the JSON's ids (issue 11: which remedies were offered, objections raised and answered). */
function WantsView({ wants, scenario, names }: { wants: WantsTrace; scenario: Scenario; names: ReturnType<typeof useNames> }) {
  const { t } = useTranslation();
  const none = t('studio.preview.debug.none');
  const yesNo = (b: boolean) => t(b ? 'authoring.trace.wants.yes' : 'authoring.trace.wants.no');
  const offer = wants.offerAfter;
  const open = Object.keys(wants.objectionsAfter).filter((id) => wants.objectionsAfter[id] === 'open');
  const anyObjection = Object.keys(wants.objectionsAfter).length > 0;
  return (
    <>
      <h4>{t('authoring.trace.wants.title')}</h4>
      <ul className="studio-debug-wants">
        <li>{t('authoring.trace.wants.offered', { remedies: names.list(wants.remediesNamed.map(names.remedy)), when: wants.timeNamed ? names.when(wants.timeNamed) : t('authoring.trace.wants.noTime'), owner: yesNo(wants.ownerNamed) })}</li>
        {wants.verdict && <li className="studio-debug-verdict">{t(`authoring.trace.wants.verdict.${wants.verdict}`, { deadline: scenario.wants.deadline?.by ? names.when(scenario.wants.deadline.by) : none })}</li>}
        <li>
          {offer
            ? t('authoring.trace.wants.table', { remedy: offer.remedy ? names.remedy(offer.remedy) : t('authoring.trace.wants.unlisted'), status: t(`authoring.trace.wants.status.${offer.status}`), when: offer.when ? names.when(offer.when) : t('authoring.trace.wants.noTime'), owner: yesNo(offer.owner) })
            : t('authoring.trace.wants.nothingOnTable')}
        </li>
        {wants.raised.length > 0 && <li>{t('authoring.trace.wants.raised', { ids: names.list(wants.raised.map(names.objection)) })}</li>}
        {wants.answered.length > 0 && <li>{t('authoring.trace.wants.answered', { ids: names.list(wants.answered.map(names.objection)) })}</li>}
        {wants.forestalled.length > 0 && <li>{t('authoring.trace.wants.forestalled', { ids: names.list(wants.forestalled.map(names.objection)) })}</li>}
        {open.length > 0 && <li>{t('authoring.trace.wants.open', { ids: names.list(open.map(names.objection)) })}</li>}
        {!anyObjection && <li className="hint">{t('authoring.trace.wants.noObjections')}</li>}
      </ul>
    </>
  );
}
