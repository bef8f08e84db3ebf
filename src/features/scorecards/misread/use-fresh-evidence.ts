import { useEffect, useState } from 'react';
import type { MisreadFlag } from '../../../domain/records/misread-flag.ts';
import type { MoveId } from '../../../domain/reply/moves.ts';

type Evidence = readonly { move: MoveId; start: number; end: number }[];

/**
 * The words behind each move. A flag sent from practice feedback carries the reader's own evidence; one sent
 * from a stored scorecard (which keeps no evidence) is read again here, and only the moves it was flagged
 * with are marked. The reader loads only when such a flag is in the queue.
 */
export function useFreshEvidence(flags: readonly MisreadFlag[]): ReadonlyMap<string, Evidence> {
  const [fresh, setFresh] = useState<ReadonlyMap<string, Evidence>>(new Map());
  const needed = flags.filter((f) => f.evidence.length === 0 && f.found.length > 0 && !fresh.has(f.id));
  const key = needed.map((f) => f.id).join(',');
  useEffect(() => {
    if (needed.length === 0) return;
    let live = true;
    void import('../../../domain/reading/read-reply.ts')
      .then(({ createReader }) => {
        const read = createReader();
        const next = new Map(fresh);
        for (const f of needed) next.set(f.id, read(f.reply, { locale: f.locale }).evidence.map(({ move, start, end }) => ({ move, start, end })));
        if (live) setFresh(next);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Keyed by the ids still to read: a new array of the same flags must not read them again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return new Map(flags.map((f) => [f.id, f.evidence.length > 0 ? f.evidence : (fresh.get(f.id) ?? [])]));
}
