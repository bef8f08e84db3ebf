import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedLabel, type FlagLabel, type MisreadFlag } from '../../../domain/records/misread-flag.ts';
import { isHarmful, MOVE_IDS, type MoveId } from '../../../domain/reply/moves.ts';
import { ErrorText } from '../../../components/ErrorText.tsx';
import { FormActions } from '../../../components/FormActions.tsx';

type Choice = 'none' | 'expect' | 'reject';
const CHOICES: readonly Choice[] = ['none', 'expect', 'reject'];

interface Props {
  flag: MisreadFlag;
  onLabel: (label: Pick<FlagLabel, 'expect' | 'reject' | 'forbidden'>) => Promise<void>;
  onDismiss: () => Promise<void>;
}

/** The trainer's reading of a flagged reply, in the label format of tests/eval: expect, reject, forbidden. */
export function LabelForm({ flag, onLabel, onDismiss }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [choices, setChoices] = useState<Record<MoveId, Choice>>(() => {
    const start = suggestedLabel(flag);
    return Object.fromEntries(MOVE_IDS.map((m) => [m, start.expect.includes(m) ? 'expect' : start.reject.includes(m) ? 'reject' : 'none'])) as Record<MoveId, Choice>;
  });
  const [forbidden, setForbidden] = useState<'null' | 'true' | 'false'>(() => String(suggestedLabel(flag).forbidden) as 'null' | 'true' | 'false');
  const [problem, setProblem] = useState<'needsMove' | 'saveFailed' | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    work().catch(() => {
      setBusy(false);
      setProblem('saveFailed');
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const expect = MOVE_IDS.filter((m) => choices[m] === 'expect');
    const reject = MOVE_IDS.filter((m) => choices[m] === 'reject');
    if (expect.length === 0 && reject.length === 0) {
      setProblem('needsMove');
      return;
    }
    run(() => onLabel({ expect, reject, forbidden: forbidden === 'null' ? null : forbidden === 'true' }));
  };
  return (
    <form className="label-form" onSubmit={submit} aria-label={t('misread.queue.labelLegend')}>
      <fieldset>
        <legend>{t('misread.queue.labelLegend')}</legend>
        <p className="hint">{t('misread.queue.labelHint')}</p>
        <ul className="label-grid">
          {MOVE_IDS.map((m) => (
            <li key={m} className={choices[m] !== 'none' ? `picked ${choices[m]}` : undefined}>
              <label htmlFor={`${id}-${m}`} className={isHarmful(m) ? 'harmful' : 'helpful'}>
                {t(`drill.moves.${m}`)}
              </label>
              <select id={`${id}-${m}`} value={choices[m]} onChange={(e) => setChoices((c) => ({ ...c, [m]: e.target.value as Choice }))}>
                {CHOICES.map((c) => (
                  <option key={c} value={c}>
                    {t(`misread.queue.choice.${c}`)}
                  </option>
                ))}
              </select>
            </li>
          ))}
          <li>
            <label htmlFor={`${id}-forbidden`}>{t('misread.queue.forbidden')}</label>
            <select id={`${id}-forbidden`} value={forbidden} onChange={(e) => setForbidden(e.target.value as 'null' | 'true' | 'false')}>
              {(['null', 'true', 'false'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`misread.queue.forbiddenChoice.${c}`)}
                </option>
              ))}
            </select>
          </li>
        </ul>
      </fieldset>
      <ErrorText className="misread-problem">{problem && t(`misread.queue.${problem}`)}</ErrorText>
      <FormActions submit={t('misread.queue.save')} other={{ label: t('misread.queue.dismiss'), onClick: () => run(onDismiss), disabled: busy }} busy={busy} className="label-actions" />
    </form>
  );
}
