import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REPLY_LENGTH } from '../../../domain/limits.ts';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { WaitingClock } from './WaitingClock.tsx';

/** A written channel's reply box: the clock in chat, greeting and sign-off in email. */
export interface WrittenReply {
  setting: Extract<Scenario['setting'], 'chat' | 'email'>;
  /** The customer's name as the drill says it (the greeting uses it). */
  customerName: string;
  /** The drill's language: the greeting and sign-off are written in it. */
  locale: Locale;
  /** When the customer's latest message appeared (ms since the epoch). */
  waitingSince: number;
  /** Seconds after which the customer finds the answer slow. */
  slowAfter: number;
}

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
  /** Chat or email: the channel's own labels, keys and helpers. */
  written?: WrittenReply;
}

export { MAX_REPLY_LENGTH };

/** The labelled reply box: Enter sends, Shift+Enter adds a line; an IME composition is never sent. */
export function ReplyBox({ disabled, value: text, onChange: setText, status, onSend, onHint, hintShown, written }: Props) {
  const { t } = useTranslation();
  const email = written?.setting === 'email';
  const chat = written?.setting === 'chat';
  // Labels in the UI's language; the greeting and sign-off in the drill's (they go into the reply).
  const label = email ? t('written.email.label') : chat ? t('written.chat.label') : t('drill.reply.label');
  const insert = (where: 'start' | 'end') => {
    if (!written) return;
    const words = where === 'start' ? t('written.email.greetingText', { lng: written.locale, name: written.customerName }) : t('written.email.signOffText', { lng: written.locale });
    const body = text.trim();
    setText(where === 'start' ? `${words}\n\n${body}` : `${body}${body ? '\n\n' : ''}${words}`);
    ref.current?.focus();
  };
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
    // An email has paragraphs: Enter adds a line, Ctrl+Enter (Cmd+Enter) sends.
    if (email && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    send();
  };

  return (
    <form
      className={`reply-box${written ? ` reply-${written.setting}` : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor={id}>{label}</label>
      {email && (
        <div className="email-helpers" role="group" aria-label={t('written.email.hints')}>
          <button type="button" className="button small" onClick={() => insert('start')} disabled={disabled}>
            {t('written.email.insertGreeting')}
          </button>
          <button type="button" className="button small" onClick={() => insert('end')} disabled={disabled}>
            {t('written.email.insertSignOff')}
          </button>
        </div>
      )}
      <textarea
        id={id}
        ref={ref}
        value={text}
        rows={email ? 8 : 3}
        maxLength={MAX_REPLY_LENGTH}
        aria-describedby={`${id}-help`}
        aria-disabled={disabled || undefined}
        readOnly={disabled}
        placeholder={email ? t('written.email.placeholder') : chat ? t('written.chat.placeholder') : t('drill.reply.placeholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="reply-row">
        <p id={`${id}-help`} className="hint">
          {status ?? (email ? t('written.email.help') : chat ? t('written.chat.help') : t('drill.reply.help'))}
          {chat && !disabled && written && (
            <>
              {' '}
              <WaitingClock since={written.waitingSince} slowAfter={written.slowAfter} customerName={written.customerName} />
            </>
          )}
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
          {email ? t('written.email.send') : chat ? t('written.chat.send') : t('drill.reply.send')}
        </button>
      </div>
    </form>
  );
}
