import { useSelector } from '@xstate/react';
import { useCallback, useRef, useState } from 'react';
import { createActor } from 'xstate';
import { isEndState } from '../../../domain/scenario/simulate-turn.ts';
import type { SimState, TraineeReplyEvent } from '../../../domain/scenario/scenario.types.ts';
import type { DrillStorage } from '../../../storage/drill-storage.ts';
import type { DrillMode, StoredDiagnosis, StoredReply } from '../../../storage/records.ts';
import type { DrillEngine } from './drill-engine.ts';
import { buildAttempt, type DrillAttempt } from './finish-attempt.ts';
import { toProgressRecord } from './progress-record.ts';
import type { SessionSnapshot } from './session.types.ts';

export interface DrillSessionOptions {
  engine: DrillEngine;
  storage: DrillStorage;
  /** Where the drill starts: a fresh briefing, or a stored drill to replay. */
  initial: SessionSnapshot;
  /** How long the customer "types" before answering, in ms. */
  typingDelay: (reply: string) => number;
}

export interface DrillSession {
  snapshot: SessionSnapshot;
  sim: SimState;
  /** The reply the customer is answering right now (null when it is the trainee's turn). */
  pending: string | null;
  hintShown: boolean;
  attempt: DrillAttempt | null;
  /** Set when the finished attempt could not be stored (the scorecard still shows). */
  saveFailed: boolean;
  start: (mode: DrillMode) => void;
  send: (text: string, extra?: Pick<StoredReply, 'choice'>) => Promise<void>;
  showHint: () => void;
  endEarly: () => void;
  finish: (diagnosis: StoredDiagnosis | null) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One drill: the scenario's XState actor plus what must survive a reload. Every reply is stored before
 * the customer answers; a stored drill is rebuilt by replaying its replies through a fresh actor.
 */
export function useDrillSession({ engine, storage, initial, typingDelay }: DrillSessionOptions): DrillSession {
  const event = useCallback(
    (text: string, locale: SessionSnapshot['meta']['locale']): TraineeReplyEvent => ({ type: 'trainee.reply', text, analysis: engine.classify(text, { locale }) }),
    [engine],
  );
  const [actor] = useState(() => {
    const a = createActor(engine.machine, { input: { seed: initial.meta.seed } }).start();
    for (const r of initial.replies) a.send(event(r.text, initial.meta.locale));
    return a;
  });
  const sim = useSelector(actor, (s) => s.context);
  const [snapshot, setSnapshotState] = useState<SessionSnapshot>(() =>
    initial.phase === 'conversation' && isEndState(actor.getSnapshot().context.state) ? { ...initial, phase: 'diagnosis' } : initial,
  );
  const latest = useRef(snapshot);
  const [pending, setPending] = useState<string | null>(null);
  const [hintShown, setHintShown] = useState(false);
  const [attempt, setAttempt] = useState<DrillAttempt | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const pendingRef = useRef(false);
  const hintRef = useRef(false);

  const update = useCallback((next: SessionSnapshot) => {
    latest.current = next;
    setSnapshotState(next);
  }, []);
  // Failures are reported by the storage layer (banner); the drill goes on.
  const persist = useCallback((s: SessionSnapshot) => storage.saveProgress(toProgressRecord(s)).catch(() => undefined), [storage]);

  const start = useCallback(
    (mode: DrillMode) => {
      const s: SessionSnapshot = { ...latest.current, phase: 'conversation', meta: { ...latest.current.meta, mode, startedAt: new Date().toISOString() } };
      update(s);
      void persist(s);
    },
    [persist, update],
  );

  const send = useCallback(
    async (text: string, extra?: Pick<StoredReply, 'choice'>) => {
      const current = latest.current;
      if (current.phase !== 'conversation' || pendingRef.current) return;
      pendingRef.current = true;
      const reply: StoredReply = { text, at: new Date().toISOString(), ...(hintRef.current ? { hintUsed: true } : {}), ...extra };
      const s: SessionSnapshot = { ...current, replies: [...current.replies, reply] };
      update(s);
      setPending(text);
      hintRef.current = false;
      setHintShown(false);
      await persist(s);
      const delay = typingDelay(text);
      if (delay > 0) await sleep(delay);
      actor.send(event(text, s.meta.locale));
      pendingRef.current = false;
      setPending(null);
      if (isEndState(actor.getSnapshot().context.state)) {
        const d: SessionSnapshot = { ...latest.current, phase: 'diagnosis' };
        update(d);
        void persist(d);
      }
    },
    [actor, event, persist, typingDelay, update],
  );
  const showHint = useCallback(() => {
    hintRef.current = true;
    setHintShown(true);
  }, []);

  const endEarly = useCallback(() => {
    if (pendingRef.current) return;
    const d: SessionSnapshot = { ...latest.current, phase: 'diagnosis' };
    update(d);
    void persist(d);
  }, [persist, update]);

  const finish = useCallback(
    async (diagnosis: StoredDiagnosis | null) => {
      const s: SessionSnapshot = { ...latest.current, diagnosis, phase: 'finished' };
      const record = buildAttempt(engine, s, actor.getSnapshot().context, new Date());
      setAttempt(record);
      update(s);
      try {
        await storage.saveAttempt(record);
      } catch {
        setSaveFailed(true);
      }
    },
    [actor, engine, storage, update],
  );

  return { snapshot, sim, pending, hintShown, attempt, saveFailed, start, send, showHint, endEarly, finish };
}
