import { afterEach, describe, expect, it, vi } from 'vitest';
import { lmsRecordStore, setLmsLaunching, setLmsSession } from './lms-session.ts';

afterEach(() => {
  vi.useRealTimers();
  setLmsLaunching(null);
  setLmsSession(null);
});

const store = { endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic c2Vzc2lvbg==' };

describe("the launch's record store", () => {
  it('is the cmi5 session’s once its launch has started', async () => {
    let started: () => void = () => {};
    setLmsLaunching(new Promise<void>((ok) => (started = ok)));
    const asked = lmsRecordStore();
    setLmsSession({ kind: 'cmi5', scenarioId: 'angry-resident', report: () => Promise.resolve(), store });
    started();
    expect(await asked).toEqual(store);
  });

  it('is none when the LMS does not answer in time, so nothing waits on it for ever', async () => {
    vi.useFakeTimers();
    setLmsLaunching(new Promise(() => {}));
    const asked = lmsRecordStore(10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await asked).toBeNull();
  });

  it('is none without a launch, and under SCORM', async () => {
    expect(await lmsRecordStore()).toBeNull();
    setLmsSession({ kind: 'scorm', scenarioId: 'angry-resident', report: () => Promise.resolve() });
    expect(await lmsRecordStore()).toBeNull();
  });
});
