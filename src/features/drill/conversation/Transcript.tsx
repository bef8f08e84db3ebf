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
}

/** The conversation so far. New customer lines are announced by a separate polite live region. */
export function Transcript({ lines, customerName, showFeedback, typing }: Props) {
  const { t } = useTranslation();
  const endRef = useRef<HTMLDivElement>(null);
  const reduced = useReducedMotion() ?? false;
  const last = lines.at(-1);
  const lastCustomer = [...lines].reverse().find((l) => l.speaker === 'customer');

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  }, [lines.length, typing, reduced]);

  return (
    // Scrollable: focusable so keyboard users can scroll it even when it holds no links (exam mode).
    <section className="transcript" aria-labelledby="transcript-title" tabIndex={0}>
      <h2 id="transcript-title" className="visually-hidden">
        {t('drill.transcript.title')}
      </h2>
      <ol className="bubbles">
        {lines.map((line) => (
          <li key={line.id} className={`bubble-row ${line.speaker}`}>
            <div className="bubble">
              <span className="speaker">{line.speaker === 'customer' ? customerName : t('drill.transcript.you')}</span>
              <p className="bubble-text">{line.text}</p>
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
      <div ref={endRef} />
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {typing ? t('drill.transcript.typing', { name: customerName }) : lastCustomer && last?.speaker === 'customer' ? `${customerName}: ${lastCustomer.text}` : ''}
      </div>
    </section>
  );
}
