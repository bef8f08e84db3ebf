import { useTranslation } from 'react-i18next';
import './move-chips.css';

export interface Highlight {
  start: number;
  end: number;
  /** CSS modifier, e.g. `forbidden`, `harmful`, `helpful`. */
  kind: string;
  /** Short explanation, read by screen readers after the marked words, in brackets of the UI language (（催促） in Chinese). */
  label?: string;
}

/**
 * The trainee's own words with spans marked. Always text nodes (never HTML); overlapping spans are
 * merged into the first one so every character appears exactly once.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const { t } = useTranslation();
  const sorted = [...highlights].filter((h) => h.end > h.start && h.start >= 0 && h.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: { text: string; mark?: Highlight }[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) continue;
    if (h.start > at) parts.push({ text: text.slice(at, h.start) });
    parts.push({ text: text.slice(h.start, h.end), mark: h });
    at = h.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className={`hl hl-${p.mark.kind}`}>
            {p.text}
            {p.mark.label && <span className="visually-hidden">{t('drill.feedback.aside', { label: p.mark.label })}</span>}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
