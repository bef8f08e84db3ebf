import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FLAG_COMMENT } from '../../../domain/records/misread-flag.ts';
import { isHarmful, MOVE_IDS, type MoveId } from '../../../domain/reply/moves.ts';
import { ErrorText } from '../../../components/ErrorText.tsx';
import { FormActions } from '../../../components/FormActions.tsx';

interface Props {
  /** 1-based reply number, for the heading. */
  number: number;
  found: readonly MoveId[];
  onSubmit: (choice: { wrong: MoveId[]; missing: MoveId[]; comment: string }) => Promise<void>;
  onCancel: () => void;
}

function MoveBoxes({ moves, picked, onToggle, name }: { moves: readonly MoveId[]; picked: ReadonlySet<MoveId>; onToggle: (m: MoveId) => void; name: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ul className="misread-moves">
      {moves.map((m) => (
        <li key={m}>
          <input type="checkbox" id={`${id}-${m}`} name={name} checked={picked.has(m)} onChange={() => onToggle(m)} />
          <label htmlFor={`${id}-${m}`} className={isHarmful(m) ? 'harmful' : 'helpful'}>
            {t(`drill.moves.${m}`)}
          </label>
        </li>
      ))}
    </ul>
  );
}

/** The short form behind "I think this was misread": optional moves picked, an optional plain-text comment. */
export function MisreadForm({ number, found, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [wrong, setWrong] = useState<ReadonlySet<MoveId>>(new Set());
  const [missing, setMissing] = useState<ReadonlySet<MoveId>>(new Set());
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const toggle = (set: ReadonlySet<MoveId>, m: MoveId) => {
    const next = new Set(set);
    if (next.has(m)) next.delete(m);
    else next.add(m);
    return next;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailed(false);
    onSubmit({ wrong: MOVE_IDS.filter((m) => wrong.has(m)), missing: MOVE_IDS.filter((m) => missing.has(m)), comment }).catch(() => {
      setBusy(false);
      setFailed(true);
    });
  };
  const others = MOVE_IDS.filter((m) => !found.includes(m));
  return (
    <form
      className="misread-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h4 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t('misread.flag.title', { turn: number })}
      </h4>
      <p className="hint">{t('misread.flag.intro')}</p>
      <fieldset>
        <legend>{t('misread.flag.wrongLegend')}</legend>
        {found.length > 0 ? <MoveBoxes moves={found} picked={wrong} onToggle={(m) => setWrong((s) => toggle(s, m))} name="wrong" /> : <p className="hint">{t('misread.flag.noneFound')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('misread.flag.missingLegend')}</legend>
        <MoveBoxes moves={others} picked={missing} onToggle={(m) => setMissing((s) => toggle(s, m))} name="missing" />
      </fieldset>
      <label htmlFor={`${id}-comment`}>{t('misread.flag.comment')}</label>
      <textarea id={`${id}-comment`} rows={2} maxLength={MAX_FLAG_COMMENT} value={comment} onChange={(e) => setComment(e.target.value.slice(0, MAX_FLAG_COMMENT))} aria-describedby={`${id}-left`} />
      <p id={`${id}-left`} className="hint counter">
        {t('misread.flag.commentLeft', { count: MAX_FLAG_COMMENT - comment.length })}
      </p>
      <ErrorText className="misread-error">{failed && t('misread.flag.saveFailed')}</ErrorText>
      <FormActions submit={busy ? t('misread.flag.saving') : t('misread.flag.submit')} other={{ label: t('misread.flag.cancel'), onClick: onCancel }} busy={busy} className="misread-actions" />
    </form>
  );
}
