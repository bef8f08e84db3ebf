// A studio form named by its heading (so assistive tech lists it by that name), submitted by Enter or its
// button without a page load.
import type { ReactNode } from 'react';

interface Props {
  /** Id of the heading (aria-labelledby). */
  titleId: string;
  title: string;
  className: string;
  onSubmit: () => void;
  children: ReactNode;
}

export function TitledForm({ titleId, title, className, onSubmit, children }: Props) {
  return (
    <form
      className={className}
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={titleId}>{title}</h3>
      {children}
    </form>
  );
}
