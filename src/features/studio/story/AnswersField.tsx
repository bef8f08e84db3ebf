// What answers an objection (the schema's answeredBy): any one of these answers does, and each answer's
// given parts must all hold in one reply — a move, a remedy offered, a time no later than, someone named, a fact
// the answer is about (a dated call named by its topics).
import { useTranslation } from 'react-i18next';
import { moveOptions } from './move-options.ts';
import { WHEN_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { CheckGroup, PickList, TriStateField } from './choice-fields.tsx';
import { PickField, type Write } from './fields.tsx';

type Answer = Scenario['objections'][number]['answeredBy'][number];

interface Props {
  answers: readonly Answer[];
  path: PathSegment[];
  /** The scenario's remedies as [id, name in the UI language] (NeedsFields.needsOptions). */
  remedies: readonly (readonly [string, string])[];
  /** The scenario's facts as [id, name in the UI language]: the author picks them by name (the id is the tooltip). */
  facts: readonly (readonly [string, string])[];
  readOnly: boolean;
  write: Write;
  append: (path: PathSegment[], value: unknown) => void;
}

export function AnswersField({ answers, path, remedies, facts, readOnly, write, append }: Props) {
  const { t } = useTranslation();
  const moves = moveOptions(t);
  return (
    <fieldset className="studio-story-item">
      <legend>{t('authoring.answers.title')}</legend>
      <p className="hint">{t('authoring.answers.intro')}</p>
      {answers.map((answer, i) => {
        const p = [...path, i];
        return (
          <fieldset key={i} className="studio-story-item">
            <legend>{t('authoring.answers.answer', { n: i + 1 })}</legend>
            <PickList label={t('authoring.answers.anyActs')} value={answer.anyActs} options={moves} readOnly={readOnly} onWrite={(v) => write([...p, 'anyActs'], v)} />
            <CheckGroup label={t('authoring.answers.remedies')} value={answer.remedies} options={remedies} readOnly={readOnly} onWrite={(v) => write([...p, 'remedies'], v)} />
            <PickField
              label={t('authoring.answers.within')}
              value={answer.within ?? ''}
              disabled={readOnly}
              options={[['', t('authoring.conditions.either')], ...WHEN_IDS.map((w): [string, string] => [w, t(`authoring.story.when.${w}`)])]}
              onChange={(v) => write([...p, 'within'], v === '' ? undefined : v)}
            />
            <TriStateField label={t('authoring.answers.owner')} value={answer.owner} readOnly={readOnly} onWrite={(v) => write([...p, 'owner'], v)} />
            <CheckGroup label={t('authoring.answers.facts')} value={answer.facts} options={facts} readOnly={readOnly} onWrite={(v) => write([...p, 'facts'], v)} />
            {!readOnly && answers.length > 1 && (
              <button type="button" className="button small link" onClick={() => write(p, undefined)}>
                {t('authoring.answers.remove', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <button type="button" className="button small" onClick={() => append(path, { anyActs: ['take_ownership'] })}>
          {t('authoring.answers.add')}
        </button>
      )}
    </fieldset>
  );
}
