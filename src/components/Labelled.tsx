import type { ReactNode } from 'react';

/**
 * A bold label and what follows it on the same line: a space after a label ending in an English colon ("Customer: Ms Ho"),
 * none after a full-width one (「顧客：何小姐」) — Chinese puts no space after full-width punctuation.
 */
export function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <strong>{label}</strong>
      {/[\u3000-\u303f\uff00-\uffef]$/.test(label) ? '' : ' '}
      {children}
    </>
  );
}
