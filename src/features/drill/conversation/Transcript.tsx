import { useReducedMotion } from 'framer-motion';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import type { ChatLine } from './chat-lines.ts';
import { ReplyFeedback } from './ReplyFeedback.tsx';

interface Props {
  lines: readonly ChatLine[];
  customerName: string;
  showFeedback: boolean;
  typing: boolean;
  /** The drill's language, which the conversation is in (the page may be in another). */
  lang?: string;
  /** Keep the newest line in view as the conversation grows (off where the transcript is read back). */
  follow?: boolean;
  /** How the conversation happens: chat shows message bubbles with times, email shows emails. */
  setting?: Scenario['setting'];
  /** Email: the subject line of the customer's email, in the drill's language. */
  subject?: string;
}

/** The conversation so far. New customer lines are announced by a separate polite live region. */
export function Transcript({ lines, customerName, showFeedback, typing, lang, follow = true, setting = 'face_to_face', subject }: Props) {
  const { t, i18n } = useTranslation();
  // The scorecard's style (timeStyle short), so a time reads the same in the chat and on the card (凌晨12:01, not 上午12:01).
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const timeOf = (line: ChatLine) => (line.at && !Number.isNaN(Date.parse(line.at)) ? <time dateTime={line.at}>{time.format(new Date(line.at))}</time> : null);
  const boxRef = useRef<HTMLElement>(null);
  const reduced = useReducedMotion() ?? false;
  const last = lines.at(-1);
  const lastCustomer = [...lines].reverse().find((l) => l.speaker === 'customer');

  // Scrolls the transcript's own box, never the page: the trainee's place on the page (the reply box, the
  // diagnosis above a read-back transcript) stays where it is.
  useEffect(() => {
    const box = boxRef.current;
    if (!follow || !box) return;
    box.scrollTo?.({ top: box.scrollHeight, behavior: reduced ? 'auto' : 'smooth' });
  }, [lines.length, typing, reduced, follow]);

  return (
    // Scrollable: focusable so keyboard users can scroll it even when it holds no links (exam mode).
    <section className={`transcript${follow ? '' : ' read-back'}`} aria-labelledby="transcript-title" tabIndex={0} ref={boxRef}>
      <h2 id="transcript-title" className="visually-hidden">
        {t('drill.transcript.title')}
      </h2>
      {setting === 'email' ? (
        <ol className="bubbles emails">
          {lines.map((line, i) => {
            const fromCustomer = line.speaker === 'customer';
            const re = i === 0 ? subject : subject && t('written.email.re', { subject });
            return (
              <li key={line.id} className={`bubble-row email ${line.speaker}`}>
                <article className="email-message" aria-label={fromCustomer ? t('written.email.message', { name: customerName }) : t('written.email.reply')}>
                  <dl className="email-head">
                    <div>
                      <dt>{t('written.email.from')}</dt>
                      <dd lang={fromCustomer ? lang : undefined}>{fromCustomer ? customerName : t('written.email.you')}</dd>
                    </div>
                    <div>
                      <dt>{t('written.email.to')}</dt>
                      <dd lang={fromCustomer ? undefined : lang}>{fromCustomer ? t('written.email.you') : customerName}</dd>
                    </div>
                    {re && (
                      <div>
                        <dt>{t('written.email.subject')}</dt>
                        <dd lang={lang}>{re}</dd>
                      </div>
                    )}
                  </dl>
                  {line.at && <p className="email-time">{timeOf(line)}</p>}
                  <p className="bubble-text email-body" lang={fromCustomer ? lang : undefined}>{line.text}</p>
                  {line.hintUsed && <span className="chip neutral">{t('drill.hint.used')}</span>}
                </article>
                {showFeedback && line.speaker === 'trainee' && line.analysis && (
                  <ReplyFeedback text={line.text} analysis={line.analysis} delta={line.delta ?? 0} turn={line.turn - 1} {...(line.betters ? { betters: line.betters } : {})} />
                )}
              </li>
            );
          })}
          {typing && <TypingRow />}
        </ol>
      ) : (
        <ol className={`bubbles${setting === 'chat' ? ' chat' : ''}`}>
          {lines.map((line) => (
            <li key={line.id} className={`bubble-row ${line.speaker}`}>
              <div className="bubble">
                <span className="speaker">{line.speaker === 'customer' ? customerName : t('drill.transcript.you')}</span>
                <p className="bubble-text" lang={line.speaker === 'customer' ? lang : undefined}>{line.text}</p>
                {line.hintUsed && <span className="chip neutral">{t('drill.hint.used')}</span>}
              </div>
              {setting === 'chat' && line.at && <span className="bubble-time">{timeOf(line)}</span>}
              {showFeedback && line.speaker === 'trainee' && line.analysis && (
                <ReplyFeedback text={line.text} analysis={line.analysis} delta={line.delta ?? 0} turn={line.turn - 1} {...(line.betters ? { betters: line.betters } : {})} />
              )}
            </li>
          ))}
          {typing && <TypingRow label={setting === 'chat' ? t('drill.transcript.typing', { name: customerName }) : undefined} />}
        </ol>
      )}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {typing ? t('drill.transcript.typing', { name: customerName }) : lastCustomer && last?.speaker === 'customer' ? t('drill.transcript.said', { name: customerName, text: lastCustomer.text }) : ''}
      </div>
    </section>
  );
}

/** The customer typing: three dots (a chat names who is typing). Hidden from screen readers, which hear the live status. */
function TypingRow({ label }: { label?: string | undefined }) {
  return (
    <li className="bubble-row customer typing" aria-hidden="true">
      <div className="bubble">
        {label && <span className="typing-label">{label}</span>}
        <span className="dots">
          <span />
          <span />
          <span />
        </span>
      </div>
    </li>
  );
}
