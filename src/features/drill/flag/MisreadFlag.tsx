import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveId } from '../../../domain/reply/moves.ts';
import { useFlagContext } from './flag-context.tsx';
import { MisreadForm } from './MisreadForm.tsx';
import './misread.css';
import { ErrorText } from '../../../components/ErrorText.tsx';

interface Props {
  /** 0-based index of the trainee's turn. */
  turn: number;
  reply: string;
  /** The moves the reader found, as shown above. */
  found: readonly MoveId[];
  /** The reader flagged a forbidden phrase in the reply. */
  forbiddenFound: boolean;
}

/**
 * "I think this was misread" under a reply: a button opening a short form; once sent, the turn shows
 * "Flagged" and the flag can be withdrawn while no trainer has reviewed it. Nothing where flags are not offered.
 */
export function MisreadFlag({ turn, reply, found, forbiddenFound }: Props) {
  const { t } = useTranslation();
  const context = useFlagContext();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  // Withdrawing deletes the trainee's picks and comment: asked once more, with "Keep the flag" focused, so a
  // second press of the same key where the flag was keeps it.
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  // Focus follows the control the trainee acted on once it is on screen: asked for before the change starts, so
  // it holds whichever lands first — the re-render from storage or the promise (a timer raced the render).
  const pendingFocus = useRef<typeof opener | typeof status | typeof keep | null>(null);
  useEffect(() => {
    const target = pendingFocus.current?.current;
    if (!target) return;
    target.focus();
    pendingFocus.current = null;
  });
  if (!context || reply.trim() === '') return null;
  const flag = context.byTurn.get(turn);
  const number = turn + 1;

  if (flag) {
    return (
      <div className="misread-flag flagged">
        <p className="misread-status" tabIndex={-1} ref={status}>
          <span className="chip flagged-chip">{t('misread.flag.flagged')}</span> {t(`misread.flag.status.${flag.status}`)}
        </p>
        {flag.status === 'open' && !confirming && (
          <button
            type="button"
            ref={withdrawButton}
            className="button link small"
            aria-label={t('misread.flag.withdrawLabel', { turn: number })}
            onClick={() => {
              setFailed(false);
              pendingFocus.current = keep;
              setConfirming(true);
            }}
          >
            {t('misread.flag.withdraw')}
          </button>
        )}
        {flag.status === 'open' && confirming && (
          <div
            className="misread-confirm"
            role="group"
            aria-labelledby={`misread-confirm-${turn}`}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              pendingFocus.current = withdrawButton;
              setConfirming(false);
            }}
          >
            <p id={`misread-confirm-${turn}`}>{t('misread.flag.withdrawConfirm', { turn: number })}</p>
            <button
              type="button"
              ref={keep}
              className="button small"
              onClick={() => {
                pendingFocus.current = withdrawButton;
                setConfirming(false);
              }}
            >
              {t('misread.flag.withdrawKeep')}
            </button>{' '}
            <button
              type="button"
              className="button link small"
              onClick={() => {
                pendingFocus.current = opener;
                setConfirming(false);
                context.withdraw(flag.id).catch(() => {
                  pendingFocus.current = null;
                  setFailed(true);
                });
              }}
            >
              {t('misread.flag.withdrawYes')}
            </button>
          </div>
        )}
        <ErrorText className="misread-error">{failed && t('misread.flag.withdrawFailed')}</ErrorText>
      </div>
    );
  }
  const analysis = context.analyses[turn];
  return (
    <div className="misread-flag no-print">
      {!open && (
        <button type="button" className="button link small" ref={opener} aria-expanded={false} aria-label={t('misread.flag.openLabel', { turn: number })} onClick={() => setOpen(true)}>
          {t('misread.flag.open')}
        </button>
      )}
      {open && (
        <MisreadForm
          number={number}
          found={found}
          onCancel={() => {
            pendingFocus.current = opener;
            setOpen(false);
          }}
          onSubmit={async ({ wrong, missing, comment }) => {
            pendingFocus.current = status;
            await context.add({
              turn,
              reply,
              locale: analysis?.locale ?? context.locale,
              found,
              evidence: analysis?.evidence ?? [],
              forbiddenFound,
              wrong,
              missing,
              comment,
            }).catch((error: unknown) => {
              pendingFocus.current = null;
              throw error;
            });
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}
