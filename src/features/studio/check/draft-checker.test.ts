import { describe, expect, it } from 'vitest';
import { inlineChecker, workerChecker, type CheckRequest, type CheckResponse, type WorkerPort } from './draft-checker.ts';
import type { DraftVerdict } from './draft-verdict.ts';

/** A verdict that says which text it was reached on (the id slot carries it). */
const verdictFor = (text: string): DraftVerdict => ({ problems: [], valid: text.startsWith('ok'), scenarioId: text, scenarioJson: null, readable: false, tests: [] });

/** A worker stand-in: keeps what the page sent; the test answers when it likes, in any order. */
function fakeWorker() {
  const sent: CheckRequest[] = [];
  let terminated = false;
  const port: WorkerPort = {
    postMessage: (m) => void sent.push(m),
    onmessage: null,
    onerror: null,
    terminate: () => void (terminated = true),
  };
  const answer = (request: CheckRequest, response?: CheckResponse) => port.onmessage?.({ data: response ?? { id: request.id, verdict: verdictFor(request.text) } });
  return { port, sent, answer, terminated: () => terminated };
}

const neverHere = () => {
  throw new Error('checked on the main thread');
};

describe('draft checker (worker protocol)', () => {
  it('sends one check and resolves with the worker’s verdict for that text', async () => {
    const w = fakeWorker();
    const checker = workerChecker(w.port, neverHere);
    const result = checker.check('ok 1', [{ name: 't' }]);
    expect(w.sent).toEqual([{ id: 1, text: 'ok 1', tests: [{ name: 't' }] }]);
    w.answer(w.sent[0]!);
    expect((await result)?.scenarioId).toBe('ok 1');
  });

  it('keeps one edit waiting while the worker is busy: a newer edit replaces it, and the busy answer is dropped', async () => {
    const w = fakeWorker();
    const checker = workerChecker(w.port, neverHere);
    const first = checker.check('ok a', []);
    const second = checker.check('ok ab', []);
    const third = checker.check('ok abc', []);
    // Only the first went to the worker; the second was replaced before it could be sent.
    expect(w.sent.map((r) => r.text)).toEqual(['ok a']);
    expect(await second).toBeNull();
    w.answer(w.sent[0]!);
    // The first answer arrived while a newer edit waited: stale, and the newest is sent now.
    expect(await first).toBeNull();
    expect(w.sent.map((r) => r.text)).toEqual(['ok a', 'ok abc']);
    w.answer(w.sent[1]!);
    expect((await third)?.scenarioId).toBe('ok abc');
  });

  it('ignores an answer to a request it no longer waits for', async () => {
    const w = fakeWorker();
    const checker = workerChecker(w.port, neverHere);
    const first = checker.check('ok 1', []);
    // A reply with an unknown id (a worker answering twice, or late) changes nothing.
    w.answer({ id: 99, text: 'bad', tests: [] });
    w.answer(w.sent[0]!);
    expect((await first)?.scenarioId).toBe('ok 1');
  });

  it('reports a check that failed inside the worker as an error naming the cause', async () => {
    const w = fakeWorker();
    const checker = workerChecker(w.port, neverHere);
    const result = checker.check('boom', []);
    w.answer(w.sent[0]!, { id: 1, error: 'Maximum call stack size exceeded' });
    await expect(result).rejects.toThrow('Maximum call stack size exceeded');
  });

  it('checks on the main thread from the moment the worker fails to load (a policy or a missing file)', async () => {
    const w = fakeWorker();
    const checker = workerChecker(w.port, verdictFor);
    const pending = checker.check('ok x', []);
    w.port.onerror?.(new Event('error'));
    expect(w.terminated()).toBe(true);
    expect((await pending)?.scenarioId).toBe('ok x');
    expect((await checker.check('ok y', []))?.valid).toBe(true);
    expect(w.sent).toHaveLength(1);
  });

  it('resolves pending checks as stale when the editor closes', async () => {
    const w = fakeWorker();
    const checker = workerChecker(w.port, neverHere);
    const pending = checker.check('ok 1', []);
    checker.dispose();
    expect(await pending).toBeNull();
    expect(w.terminated()).toBe(true);
  });

  it('without a worker, answers every check itself', async () => {
    expect((await inlineChecker(verdictFor).check('ok here', []))?.scenarioId).toBe('ok here');
  });
});
