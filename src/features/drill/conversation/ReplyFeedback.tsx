import { useTranslation } from 'react-i18next';
import type { HarmfulBetter } from '../../../domain/drill/better-phrasing.ts';
import { isHarmful, type MoveId } from '../../../domain/reply/moves.ts';
import type { ReplyAnalysis } from '../../../domain/reply/reply.types.ts';
import { sameWords } from '../../../domain/scoring/same-words.ts';
import { HighlightedText } from '../../../components/HighlightedText.tsx';
import { MoveChips } from '../../../components/MoveChips.tsx';
import { MisreadFlag } from '../flag/MisreadFlag.tsx';

interface Props {
  text: string;
  analysis: ReplyAnalysis;
  delta: number;
  /** 0-based turn, for the "I think this was misread" flag (none where flags are not offered). */
  turn?: number;
  /** A better phrasing per harmful move (the scenario's model answer, else the move's own from the locale files). */
  betters?: readonly HarmfulBetter[];
}

/** The distinct words (as typed) that earned each move, in text order. */
function wordsByMove(text: string, analysis: ReplyAnalysis): Partial<Record<MoveId, string[]>> {
  const words: Partial<Record<MoveId, string[]>> = {};
  for (const e of analysis.evidence) {
    const said = text.slice(e.start, e.end).trim();
    if (!said) continue;
    const list = (words[e.move] ??= []);
    if (!list.includes(said)) list.push(said);
  }
  return words;
}

/**
 * The harmful moves grouped by the phrasing offered for them, in order: two moves answered by one model answer (or
 * one generic phrasing) show it once, under both tags. A phrasing already offered for a forbidden phrase is not
 * repeated either.
 */
function groupBetters(betters: readonly HarmfulBetter[], phrasing: (b: HarmfulBetter) => string, shown: ReadonlySet<string>) {
  const groups = new Map<string, MoveId[]>();
  for (const b of betters) {
    const text = phrasing(b);
    if (shown.has(text)) continue;
    const moves = groups.get(text);
    if (moves) moves.push(b.move);
    else groups.set(text, [b.move]);
  }
  return [...groups].map(([text, moves]) => ({ text, moves }));
}

/** Practice-mode coaching under a reply: the trainee's words with forbidden phrases marked, moves, hostility change. */
export function ReplyFeedback({ text, analysis, delta, turn, betters = [] }: Props) {
  const { t } = useTranslation();
  // Every move is explained with the words that earned it: harmful and good moves alike are marked in the reply,
  // and each move's tag quotes its words.
  const highlights = [
    ...analysis.forbidden.map((f) => ({ start: f.start, end: f.end, kind: 'forbidden', label: t(`drill.lists.${f.list}`) })),
    ...analysis.evidence.map((e) => ({ start: e.start, end: e.end, kind: isHarmful(e.move) ? 'harmful' : 'helpful', label: t(`drill.moves.${e.move}`) })),
  ];
  const words = wordsByMove(text, analysis);
  // Each distinct phrasing is offered once: a later forbidden phrase (or harmful move) with the same one adds no copy.
  const firstBetter = new Set<string>();
  const forbidden = analysis.forbidden.map((f) => {
    const fresh = !firstBetter.has(f.better);
    firstBetter.add(f.better);
    return { f, better: fresh ? f.better : null };
  });
  const harmful = groupBetters(betters, (b) => b.modelAnswer ?? t(`drill.feedback.betterFor.${b.move}`), firstBetter);
  return (
    <div className="feedback">
      <h3 className="visually-hidden">{t('drill.feedback.heading')}</h3>
      {highlights.length > 0 && (
        <p className="feedback-words">
          <HighlightedText text={text} highlights={highlights} />
        </p>
      )}
      {analysis.forbidden.length > 0 && (
        <ul className="feedback-forbidden">
          {forbidden.map(({ f, better }, i) => (
            <li key={`${f.id}-${i}`}>
              <span className="feedback-tag forbidden">{t(`drill.lists.${f.list}`)}</span>
              <span>{t(sameWords(f.matched, f.phrase) ? 'drill.feedback.forbidden' : 'drill.feedback.forbiddenVariant', { matched: f.matched, phrase: f.phrase, list: t(`drill.lists.${f.list}`) })}</span>
              {better !== null && <span className="better">{t('drill.feedback.better', { better })}</span>}
            </li>
          ))}
        </ul>
      )}
      {harmful.length > 0 && (
        <ul className="feedback-forbidden feedback-harmful">
          {harmful.map(({ text: better, moves }) => (
            <li key={moves.join(' ')}>
              {moves.map((move) => (
                <span key={move} className="feedback-tag harmful">
                  {t(`drill.moves.${move}`)}
                </span>
              ))}
              <span className="better">{t('drill.feedback.better', { better })}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="feedback-row">
        <span className="feedback-label">{t('drill.feedback.moves')}</span>
        <MoveChips acts={analysis.acts} words={words} />
        <span className={`delta ${delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat'}`}>
          {delta === 0 ? t('drill.feedback.noChange') : t('drill.feedback.hostility', { delta: delta > 0 ? `+${delta}` : `−${-delta}` })}
        </span>
      </div>
      {turn !== undefined && <MisreadFlag turn={turn} reply={text} found={analysis.acts} forbiddenFound={analysis.forbidden.length > 0} />}
    </div>
  );
}
