import { useReducedMotion } from 'framer-motion';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
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
}

/** The conversation so far. New customer lines are announced by a separate polite live region. */
export function Transcript({ lines, customerName, showFeedback, typing, lang, follow = true }: Props) {
  const { t } = useTranslation();
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
      <ol className="bubbles">
        {lines.map((line) => (
          <li key={line.id} className={`bubble-row ${line.speaker}`}>
            <div className="bubble">
              <span className="speaker">{line.speaker === 'customer' ? customerName : t('drill.transcript.you')}</span>
              <p className="bubble-text" lang={line.speaker === 'customer' ? lang : undefined}>{line.text}</p>
              {line.hintUsed && <span className="chip neutral">{t('drill.hint.used')}</span>}
            </div>
            {showFeedback && line.speaker === 'trainee' && line.analysis && (
              <ReplyFeedback text={line.text} analysis={line.analysis} delta={line.delta ?? 0} />
            )}
          </li>
        ))}
        {typing && (
          <li className="bubble-row customer typing" aria-hidden="true">
            <div className="bubble">
              <span className="dots">
                <span />
                <span />
                <span />
              </span>
            </div>
          </li>
        )}
      </ol>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {typing ? t('drill.transcript.typing', { name: customerName }) : lastCustomer && last?.speaker === 'customer' ? `${customerName}: ${lastCustomer.text}` : ''}
      </div>
    </section>
  );
}
