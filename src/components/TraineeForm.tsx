import { useId, useState, type FormEvent } from 'react';
import { FormActions } from './FormActions.tsx';

interface Props {
  heading: string;
  intro: string;
  label: string;
  hint: string;
  submitLabel: string;
  initial?: string;
  maxLength: number;
  onSubmit: (trainee: string) => void;
  /** A second button that leaves without saving (editing an existing name). */
  cancel?: { label: string; onClick: () => void };
}

/** Asks the trainee's name or staff id once; the caller remembers it. */
export function TraineeForm({ heading, intro, label, hint, submitLabel, initial = '', maxLength, onSubmit, cancel }: Props) {
  const [value, setValue] = useState(initial);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) onSubmit(value.trim());
  };
  return (
    <form className="card trainee-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      <p>{intro}</p>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        maxLength={maxLength}
        autoComplete="name"
        aria-describedby={`${id}-hint`}
        required
        onChange={(e) => setValue(e.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <FormActions submit={submitLabel} other={cancel} busy={value.trim() === ''} />
    </form>
  );
}
