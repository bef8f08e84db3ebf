import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DrillSnapshot } from '../../../domain/drill/persisted.ts';
import type { DrillMode } from '../../../domain/drill/drill.types.ts';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { Diagnosis } from '../../../domain/scoring/scorecard.types.ts';
import type { DrillStorage } from '../../../storage/drill-storage.ts';
import type { Difficulty } from '../../../domain/scenario/playable.ts';
import type { DrillEngine } from './drill-engine.ts';
import { buildAttempt, type DrillAttempt } from './finish-attempt.ts';
import { toProgressRecord } from './progress-record.ts';
import type { DrillStart } from './use-drill-bootstrap.ts';

export interface DrillSessionOptions {
  engine: DrillEngine;
  storage: DrillStorage;
  /** A fresh attempt, or a stored drill's snapshot to restore. */
  initial: DrillStart;
  /** How long the customer "types" before answering, in ms. */
  typingDelay: (reply: string) => number;
  /** Called once the finished attempt is stored (the app points the address at its scorecard). */
  onAttemptSaved?: (attemptId: string) => void;
}

export interface DrillSession {
  /** The drill machine's snapshot: phase, customer, replies, hint — everything about the drill. */
  snapshot: DrillSnapshot;
  /** The customer is answering the last reply. */
  answering: boolean;
  /** The finished attempt (scored once the diagnosis is in). */
  attempt: DrillAttempt | null;
  /** Set when the finished attempt could not be stored (the scorecard still shows). */
  saveFailed: boolean;
  /** The reply being written (kept with the drill, so a reload keeps it). */
  draft: string;
  /** When the customer's latest message appeared (ms since the epoch): a written reply's delay counts from here. */
  waitingSince: number;
  setDraft: (text: string) => void;
  start: (mode: DrillMode, locale: Locale, difficulty?: Difficulty) => void;
  send: (text: string, choice?: string) => void;
  showHint: () => void;
  endEarly: () => void;
  finish: (diagnosis: Diagnosis | null) => void;
}

/**
 * One drill: the drill machine's actor (src/domain/drill), started fresh or restored from its persisted
 * snapshot; every change is written to storage as that snapshot, so a reload resumes exactly.
 */
export function useDrillSession({ engine, storage, initial, typingDelay, onAttemptSaved }: DrillSessionOptions): DrillSession {
  // @xstate/react's useActorRef, not createActor + start/stop in an effect: under StrictMode (`npm run dev`) React
  // cleans an effect up and runs it again, and a stopped actor started again never fires its delayed events — the
  // customer's answer after her typing pause never came. useActorRef keeps the actor's snapshot across that.
  const actor = useActorRef(engine.machine, initial.snapshot ? { snapshot: initial.snapshot as never, input: { meta: initial.meta } } : { input: { meta: initial.meta } });
  const snapshot = useSelector(actor, (s) => s);
  const [draft, setDraft] = useState(initial.draft);
  const [saveFailed, setSaveFailed] = useState(false);
  const finished = snapshot.matches('finished');
  // The trainee's turn starts when the customer's message appears (the opening, or an answer after the
  // typing pause); in chat and email the customer counts the seconds from there (customer/pace.ts).
  const traineeTurn = snapshot.matches({ conversation: 'traineeTurn' });
  const turnNumber = snapshot.context.replies.length;
  const [waitingSince, setWaitingSince] = useState(() => Date.now());
  useEffect(() => {
    if (traineeTurn) setWaitingSince(Date.now());
  }, [traineeTurn, turnNumber]);
  const written = engine.scenario.setting === 'chat' || engine.scenario.setting === 'email';

  // Failures are reported by the storage layer (banner); the drill goes on. Typing is saved a moment after
  // it pauses; a save still waiting is made at once when the drill is left (another screen, a reload, a
  // closed tab), so an unsent reply is never lost.
  // A page being torn down (pagehide) cannot finish an IndexedDB write: storage keeps the draft
  // synchronously then (saveProgressOnLeave). Another screen in the app is no such case.
  const pendingSave = useRef<((leaving: boolean) => void) | null>(null);
  useEffect(() => {
    if (finished) {
      pendingSave.current = null;
      return;
    }
    // Taken now, while the actor runs: a save made on the way out comes after the actor has stopped.
    const record = toProgressRecord(snapshot.context, actor.getPersistedSnapshot(), draft);
    const save = (leaving: boolean) => {
      pendingSave.current = null;
      if (leaving) storage.saveProgressOnLeave(record);
      else void storage.saveProgress(record).catch(() => undefined);
    };
    pendingSave.current = save;
    const timer = setTimeout(() => save(false), draft === initial.draft ? 0 : 250);
    return () => clearTimeout(timer);
  }, [actor, snapshot, draft, finished, storage, initial.draft]);
  useEffect(() => {
    const leave = () => pendingSave.current?.(true);
    // Hidden (another tab, a phone's home screen) may be the last moment before the page is discarded.
    const onHidden = () => document.visibilityState === 'hidden' && leave();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onHidden);
      pendingSave.current?.(false);
    };
  }, []);

  const attempt = useMemo(() => (finished ? buildAttempt(engine, snapshot.context) : null), [engine, finished, snapshot.context]);
  const saved = useRef(onAttemptSaved);
  useEffect(() => {
    saved.current = onAttemptSaved;
  }, [onAttemptSaved]);
  // Once stored, the app is told (it moves the address to the attempt's scorecard) — unless this page has gone:
  // a trainee who left for another page while the attempt was being written stays where they went.
  useEffect(() => {
    if (!attempt) return;
    let here = true;
    storage.saveAttempt(attempt).then(
      () => here && saved.current?.(attempt.id),
      () => here && setSaveFailed(true),
    );
    return () => {
      here = false;
    };
  }, [attempt, storage]);

  const start = useCallback(
    (mode: DrillMode, locale: Locale, difficulty?: Difficulty) => actor.send({ type: 'drill.start', mode, locale, at: new Date().toISOString(), ...(difficulty ? { difficulty } : {}) }),
    [actor],
  );
  const send = useCallback(
    (text: string, choice?: string) => {
      const now = actor.getSnapshot();
      if (!now.matches({ conversation: 'traineeTurn' })) return;
      const reading = engine.read(text, { locale: now.context.meta.locale });
      const sentAt = Date.now();
      const waited = written ? { waited: Math.max(0, Math.round((sentAt - waitingSince) / 1000)) } : {};
      actor.send({ type: 'trainee.reply', text, reading, at: new Date(sentAt).toISOString(), delay: typingDelay(text), ...(choice !== undefined ? { choice } : {}), ...waited });
      setDraft('');
    },
    [actor, engine, typingDelay, written, waitingSince],
  );
  const showHint = useCallback(() => actor.send({ type: 'hint.show' }), [actor]);
  const endEarly = useCallback(() => actor.send({ type: 'drill.end' }), [actor]);
  const finish = useCallback((diagnosis: Diagnosis | null) => actor.send({ type: 'diagnosis.submit', diagnosis, at: new Date().toISOString() }), [actor]);

  return { snapshot, answering: snapshot.matches({ conversation: 'customerAnswering' }), attempt, saveFailed, draft, setDraft, waitingSince, start, send, showHint, endEarly, finish };
}
