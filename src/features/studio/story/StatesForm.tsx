// Each conversation state's lines without JSON: pick a state, then what is going on in it (for trainers)
// and the customer's lines per hostility band, each band a list of variants; then the customer's last line
// for each way the drill can end. Each field is written when the author leaves it (one undo step). A state
// is renamed everywhere it is named, or deleted once nothing refers to it (one undo step each).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_STATE_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { deleteStateEdits, renameStateEdits, stateReferences } from '../editor/state-edits.ts';
import { ID_PATTERN, IdField, LocField, PickField, Section, type Write } from './fields.tsx';
import { LineList } from './LineList.tsx';
import { needsOptions } from './NeedsFields.tsx';
import { stateName } from '../graph/state-name.ts';

interface Props {
  scenario: Scenario | null;
  readOnly: boolean;
  edit: (make: (text: string) => Edit[]) => void;
}

const BANDS = ['high', 'mid', 'low'] as const;
const FRESH = { 'zh-Hant': '顧客這時說的話', 'zh-Hans': '顾客这时说的话', en: 'What the customer says now' };

export function StatesForm({ scenario, readOnly, edit }: Props) {
  const { t, i18n } = useTranslation();
  const [picked, setPicked] = useState('');
  // What the last rename or delete did, or why a delete was refused.
  const [notice, setNotice] = useState<{ text: string; refused: boolean } | null>(null);
  if (!scenario) return <p className="studio-empty">{t('studio.preview.needsSchema')}</p>;
  const states = Object.keys(scenario.states);
  const id = states.includes(picked) ? picked : (states[0] ?? '');
  const state = scenario.states[id];
  const write: Write = (path, value) => edit((text) => setAt(text, path, value));
  const append = (path: PathSegment[], value: unknown) => edit((text) => appendAt(text, path, value));
  const f = { readOnly, write };
  const name = (s: string) => stateName(s, t);
  // A picker shows the name; its value and tooltip stay the id (the JSON's key).
  const stateOptions = states.map((s) => [s, name(s), s] as const);
  const { thresholds } = scenario;
  const checkId = (next: string) =>
    !ID_PATTERN.test(next) ? t('authoring.graph.idInvalid') : states.includes(next) || (END_STATE_IDS as readonly string[]).includes(next) ? t('authoring.graph.idTaken', { id: next }) : null;
  const rename = (next: string) => {
    edit((text) => renameStateEdits(text, id, next));
    setPicked(next);
    setNotice({ text: t('authoring.states.renamed', { from: id, to: next }), refused: false });
  };
  const remove = () => {
    const refs = stateReferences(scenario, id);
    if (refs.initial || refs.reactions.length > 0) {
      const why = [refs.initial ? t('authoring.states.refInitial') : '', refs.reactions.length > 0 ? t('authoring.states.refReactions', { ids: refs.reactions.join(', ') }) : ''].filter(Boolean).join(' ');
      return setNotice({ text: t('authoring.states.deleteRefused', { id: name(id), why }), refused: true });
    }
    edit((text) => deleteStateEdits(text, id));
    setPicked('');
    setNotice({ text: t('authoring.states.deleted', { id: name(id) }), refused: false });
  };
  const bandHint = { high: { from: thresholds.high, to: 100 }, mid: { from: thresholds.mid, to: thresholds.high - 1 }, low: { from: 0, to: thresholds.mid - 1 } };

  return (
    <div className="studio-story">
      <p className="hint">{t('authoring.states.intro')}</p>
      <PickField label={t('authoring.states.pick')} value={id} options={stateOptions.map(([s, n]) => [s, s === scenario.initial ? t('authoring.states.initial', { id: n }) : n, s] as const)} onChange={(s) => (setPicked(s), setNotice(null))} />
      {!readOnly && state && (
        <div className="studio-story-actions">
          <IdField key={id} label={t('authoring.states.id')} value={id} readOnly={readOnly} check={checkId} onRename={rename} />
          <button type="button" className="button small link" onClick={remove}>
            {t('authoring.states.delete', { id: name(id) })}
          </button>
        </div>
      )}
      {notice && (
        <p role={notice.refused ? 'alert' : 'status'} className={notice.refused ? 'error-text' : 'hint'}>
          {notice.text}
        </p>
      )}
      <PickField label={t('authoring.states.first')} value={scenario.initial} options={stateOptions} disabled={readOnly} onChange={(s) => write(['initial'], s)} />
      {state && (
        <Section key={id} title={t('authoring.states.title', { id: name(id) })}>
          <LocField {...f} label={t('authoring.states.description')} path={['states', id, 'description']} value={state.description} multiline />
          {BANDS.map((band) => (
            <LineList
              key={band}
              label={t(`authoring.states.bands.${band}`, bandHint[band])}
              lines={state.lines[band]}
              path={['states', id, 'lines', band]}
              required
              fresh={FRESH}
              needs={needsOptions(scenario, i18n.language)}
              readOnly={readOnly}
              write={write}
              append={append}
            />
          ))}
        </Section>
      )}
      <Section title={t('authoring.states.endTitle')}>
        {END_STATE_IDS.map((end) => (
          <LocField key={end} {...f} label={t(`authoring.states.ends.${end}`)} path={['endStates', end, 'line']} value={scenario.endStates[end].line} multiline />
        ))}
      </Section>
    </div>
  );
}
