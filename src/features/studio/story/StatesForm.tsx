// Each conversation state's lines without JSON: pick a state, then what is going on in it (for trainers)
// and the customer's lines per hostility band, each band a list of variants; then the customer's last line
// for each way the drill can end. Each field is written when the author leaves it (one undo step).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_STATE_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { LocField, PickField, Section, type Write } from './fields.tsx';
import { LineList } from './LineList.tsx';
import { needsOptions } from './NeedsFields.tsx';

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
  if (!scenario) return <p className="studio-empty">{t('studio.preview.needsSchema')}</p>;
  const states = Object.keys(scenario.states);
  const id = states.includes(picked) ? picked : (states[0] ?? '');
  const state = scenario.states[id];
  const write: Write = (path, value) => edit((text) => setAt(text, path, value));
  const append = (path: PathSegment[], value: unknown) => edit((text) => appendAt(text, path, value));
  const f = { readOnly, write };
  const { thresholds } = scenario;
  const bandHint = { high: { from: thresholds.high, to: 100 }, mid: { from: thresholds.mid, to: thresholds.high - 1 }, low: { from: 0, to: thresholds.mid - 1 } };

  return (
    <div className="studio-story">
      <p className="hint">{t('authoring.states.intro')}</p>
      <PickField label={t('authoring.states.pick')} value={id} options={states.map((s) => [s, s === scenario.initial ? t('authoring.states.initial', { id: s }) : s])} onChange={setPicked} />
      {state && (
        <Section key={id} title={t('authoring.states.title', { id })}>
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
