import { beforeEach, describe, expect, it, vi } from 'vitest';
import { leaveCmi5Session, type ExitOutbox } from './cmi5-exit.ts';
import { useLmsSession } from './lms-session.ts';

const TARGET = 'launch:reg-1';

/** An outbox whose LRS takes everything on the first send, or never answers. */
function outbox(lrsUp: boolean, rows = { pending: 1, refused: 0 }): ExitOutbox & { sentNow: string[] } {
  let { pending } = rows;
  const sentNow: string[] = [];
  return {
    sentNow,
    sendNow: async (target) => {
      sentNow.push(target);
      if (lrsUp) pending = 0;
    },
    countFor: async () => ({ pending, unsent: pending + rows.refused }),
  };
}

// The bounded wait itself is tested in wait-for-drain.test.ts: here one check, then its answer.
const once: typeof import('./wait-for-drain.ts').waitForDrain = async (remaining) => remaining();

describe('leaving a cmi5 session', () => {
  beforeEach(() => useLmsSession.setState({ session: null, exit: { step: 'idle' } }));

  it('sends what is left now, then goes to the returnURL once the LRS has it all', async () => {
    const box = outbox(true);
    const navigate = vi.fn();
    await leaveCmi5Session({ outbox: box, target: TARGET, returnUrl: 'https://lms.example.com/back', navigate, wait: once });
    expect(box.sentNow).toEqual([TARGET]);
    expect(useLmsSession.getState().exit).toEqual({ step: 'ended', returnUrl: 'https://lms.example.com/back' });
    expect(navigate).toHaveBeenCalledWith('https://lms.example.com/back');
  });

  it('without a returnURL: ended, nowhere to go (the window can be closed)', async () => {
    const navigate = vi.fn();
    await leaveCmi5Session({ outbox: outbox(true), target: TARGET, navigate, wait: once });
    expect(useLmsSession.getState().exit).toEqual({ step: 'ended' });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('LRS unreachable: stops at unsent with the count and stays (the records remain queued)', async () => {
    const navigate = vi.fn();
    const steps: string[] = [];
    const unsubscribe = useLmsSession.subscribe((s) => steps.push(s.exit.step));
    await leaveCmi5Session({ outbox: outbox(false, { pending: 3, refused: 0 }), target: TARGET, returnUrl: 'https://lms.example.com/back', navigate, wait: once });
    unsubscribe();
    expect(steps).toEqual(['sending', 'unsent']);
    expect(useLmsSession.getState().exit).toEqual({ step: 'unsent', count: 3, returnUrl: 'https://lms.example.com/back' });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('a statement the LRS refused counts as unsent too', async () => {
    await leaveCmi5Session({ outbox: outbox(true, { pending: 1, refused: 1 }), target: TARGET, navigate: vi.fn(), wait: once });
    expect(useLmsSession.getState().exit).toEqual({ step: 'unsent', count: 1 });
  });

  it('uses the bounded wait with the exit time limit', async () => {
    const wait = vi.fn(async () => 0);
    await leaveCmi5Session({ outbox: outbox(true), target: TARGET, navigate: vi.fn(), wait, timeoutMs: 1234 });
    expect(wait).toHaveBeenCalledWith(expect.any(Function), { timeoutMs: 1234 });
  });
});
