import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createFlag, type FlagInput, type MisreadFlag } from '../../../domain/records/misread-flag.ts';
import type { Locale, ReplyAnalysis } from '../../../domain/reply/reply.types.ts';
import type { FlagsStorage } from '../../../storage/flags-storage.ts';

/** What a turn's flag control needs: the attempt it belongs to, the stored flags, and how to add or withdraw one. */
export interface FlagContextValue {
  /** Flags on this attempt by 0-based turn. */
  byTurn: ReadonlyMap<number, MisreadFlag>;
  /** The reader's analysis of each turn, when the drill still holds it (the words that earned each move). */
  analyses: readonly (ReplyAnalysis | undefined)[];
  /** The attempt's language: the reply's own when no analysis says otherwise. */
  locale: Locale;
  add: (input: Omit<FlagInput, 'attemptId' | 'scenarioId' | 'trainee'>) => Promise<void>;
  withdraw: (id: string) => Promise<void>;
}

const FlagContext = createContext<FlagContextValue | null>(null);

/** The flag control's context; null where flags are not offered (the studio's preview, a trainer's view). */
export const useFlagContext = () => useContext(FlagContext);

const newId = () => `flag-${typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`}`;

interface Props {
  storage: FlagsStorage;
  attempt: { id: string; scenarioId: string; trainee: string; locale: Locale };
  analyses?: readonly (ReplyAnalysis | undefined)[];
  children: ReactNode;
}

/** Loads an attempt's flags once and keeps them in step with what is stored (a reload shows the same). */
export function FlagProvider({ storage, attempt, analyses = [], children }: Props) {
  const [flags, setFlags] = useState<readonly MisreadFlag[]>([]);
  const { id: attemptId, scenarioId, trainee, locale } = attempt;
  useEffect(() => {
    let live = true;
    storage
      .listForAttempt(attemptId)
      .then((list) => live && setFlags(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [storage, attemptId]);
  const add = useCallback<FlagContextValue['add']>(
    async (input) => {
      const flag = createFlag({ ...input, attemptId, scenarioId, trainee }, newId(), new Date());
      await storage.add(flag);
      setFlags((list) => [...list.filter((f) => f.turn !== flag.turn), flag]);
    },
    [storage, attemptId, scenarioId, trainee],
  );
  const withdraw = useCallback<FlagContextValue['withdraw']>(
    async (id) => {
      await storage.withdraw(id);
      // Whatever the store says now (withdrawn, or already reviewed by a trainer on this device).
      setFlags(await storage.listForAttempt(attemptId));
    },
    [storage, attemptId],
  );
  const value = useMemo<FlagContextValue>(() => {
    const byTurn = new Map<number, MisreadFlag>();
    for (const f of flags) byTurn.set(f.turn, f);
    return { byTurn, analyses, locale, add, withdraw };
  }, [flags, analyses, locale, add, withdraw]);
  return <FlagContext.Provider value={value}>{children}</FlagContext.Provider>;
}
