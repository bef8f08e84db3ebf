import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { storedAttempt } from '../domain/records/test-support/stored-attempt.ts';
import { setLmsSession } from '../lms/lms-session.ts';
import { DefuseDb } from '../storage/db.ts';
import { createDexieStorage } from '../storage/drill-storage.ts';
import { withAttemptReporting } from './report-attempts.ts';

let n = 0;
const storage = () => withAttemptReporting(createDexieStorage(new DefuseDb(`report-${Date.now()}-${n++}`)));

describe('stored attempts and identity', () => {
  afterEach(() => setLmsSession(null));

  it('marks an attempt played on this device with a typed name as unverified', async () => {
    const s = storage();
    await s.saveAttempt(storedAttempt({ id: 'a1', trainee: 'Amy', identity: 'typed' }));
    expect((await s.getAttempt('a1'))?.identity).toBe('typed');
  });

  it('marks an attempt made in an LMS launch as the LMS’s learner', async () => {
    const reported: string[] = [];
    setLmsSession({ kind: 'scorm', scenarioId: 'angry-resident', report: async (a) => void reported.push(a.trainee) });
    const s = storage();
    await s.saveAttempt(storedAttempt({ id: 'a2', trainee: 'Learner 42', identity: 'typed' }));
    expect((await s.getAttempt('a2'))?.identity).toBe('lms');
  });
});
