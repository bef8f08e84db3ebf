// The studio's validator off the main thread: one message per edit in, one verdict out (draft-checker.ts
// has the protocol). A 1 MB scenario takes tens of milliseconds and more to check; here it never blocks
// typing.
import { config } from 'zod/v4/core';
import type { CheckRequest, CheckResponse } from './draft-checker.ts';
import { recentVerdict } from './draft-verdict.ts';

// As in the page (src/app/csp.ts): no `new Function`, which a strict Content-Security-Policy forbids.
config({ jitless: true });

const scope = self as unknown as { onmessage: ((event: MessageEvent<CheckRequest>) => void) | null; postMessage: (message: CheckResponse) => void };

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, verdict: recentVerdict(data.text, data.tests) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
