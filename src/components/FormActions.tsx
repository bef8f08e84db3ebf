/** A form's closing row: its submit button, disabled while the form is busy, then an optional second action (skip, cancel, back). */
interface Props {
  submit: string;
  other?: { label: string; onClick: () => void; disabled?: boolean } | undefined;
  /** The submit button waits (saving, or nothing to submit yet). */
  busy?: boolean;
  className?: string;
  size?: 'small' | 'large';
}

export function FormActions({ submit, other, busy = false, className = 'actions', size }: Props) {
  const sized = (base: string) => (size ? `${base} ${size}` : base);
  return (
    <div className={className}>
      <button type="submit" className={sized('button primary')} disabled={busy}>
        {submit}
      </button>
      {other && (
        <button type="button" className={sized('button')} disabled={other.disabled ?? false} onClick={other.onClick}>
          {other.label}
        </button>
      )}
    </div>
  );
}
