import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** When the customer's latest message appeared (ms since the epoch). */
  since: number;
  /** Seconds after which the customer finds the answer slow. */
  slowAfter: number;
  customerName: string;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Chat: how long the customer has been waiting for the trainee's answer, and a warning once it is slow. */
export function WaitingClock({ since, slowAfter, customerName }: Props) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  const slow = seconds > slowAfter;
  return (
    <span className={`waiting-clock${slow ? ' slow' : ''}`}>
      {t(slow ? 'written.chat.waitingLong' : 'written.chat.waiting', { name: customerName, time: clock(seconds) })}
    </span>
  );
}
