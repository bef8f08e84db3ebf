import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REPLY_LENGTH } from '../../../domain/limits.ts';

interface Props {
  disabled: boolean;
  /** The reply being written (owned by the drill, so a reload keeps it). */
  value: string;
  onChange: (text: string) => void;
  /** Shown under the box while disabled, e.g. "Mr Chan is typing…". */
  status: string | null;
  onSend: (text: string) => void;
  /** Practice mode: a button that reveals a model answer (costs points). */
  onHint?: () => void;
  hintShown?: boolean;
}

export { MAX_REPLY_LENGTH };

/** The labelled reply box: Enter sends, Shift+Enter adds a line; an IME composition is never sent. */
export function ReplyBox({ disabled, value: text, onChange: setText, status, onSend, onHint, hintShown }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!disabled) ref.current?.focus({ preventScroll: true });
  }, [disabled]);

  const send = () => {
    const reply = text.trim();
    if (disabled || reply === '') return;
    onSend(reply);
    setText('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    send();
  };

  return (
    <form
      className="reply-box"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor={id}>{t('drill.reply.label')}</label>
      <textarea
        id={id}
        ref={ref}
        value={text}
        rows={3}
        maxLength={MAX_REPLY_LENGTH}
        aria-describedby={`${id}-help`}
        aria-disabled={disabled || undefined}
        readOnly={disabled}
        placeholder={t('drill.reply.placeholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="reply-row">
        <p id={`${id}-help`} className="hint">
          {status ?? t('drill.reply.help')}
        </p>
        <span className="counter" aria-hidden="true">
          {text.length}/{MAX_REPLY_LENGTH}
        </span>
        {onHint && (
          <button type="button" className="button" onClick={onHint} disabled={disabled || hintShown}>
            {t('drill.hint.button')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={disabled || text.trim() === ''}>
          {t('drill.reply.send')}
        </button>
      </div>
    </form>
  );
}
