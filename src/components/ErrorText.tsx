import type { ReactNode } from 'react';

/** One problem, announced as an alert when it appears; nothing when there is none (see ErrorList for several). */
export function ErrorText({ children, className = 'error-text', id }: { children: ReactNode; className?: string; id?: string }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <p id={id} className={className} role="alert">
      {children}
    </p>
  );
}
