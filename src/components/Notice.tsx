import type { ReactNode } from 'react';

interface Props {
  tone: 'error' | 'info';
  title: string;
  children?: ReactNode;
  onDismiss?: () => void;
  dismissLabel?: string;
}

/** An inline message. Errors use role="alert" so they are announced when they appear. */
export function Notice({ tone, title, children, onDismiss, dismissLabel }: Props) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice-body">
        <strong>{title}</strong>
        {children}
      </div>
      {onDismiss && (
        <button type="button" className="button small" onClick={onDismiss}>
          {dismissLabel}
        </button>
      )}
    </div>
  );
}
