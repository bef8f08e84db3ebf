// cmi5's ordering rules (src/domain/xapi/cmi5-rules.ts) applied to what the LRS stored for one
// registration, in the order it stored them. A cmi5 LMS refuses statements that break them; Learning
// Locker's statement service does not know cmi5, so the tests check the stored stream instead.
import { checkCmi5, emptyLedger } from '../../src/domain/xapi/cmi5-rules.ts';
import type { XapiStatement } from '../../src/domain/xapi/xapi.types.ts';

/** Every rule a registration's stream breaks, in order (empty: a valid cmi5 stream). */
export function cmi5Errors(stream: readonly XapiStatement[], masteryScore?: number): string[] {
  let ledger = emptyLedger();
  const errors: string[] = [];
  for (const s of stream) {
    const r = checkCmi5(ledger, s, masteryScore);
    if (r.error) errors.push(`${s.verb.id}: ${r.error}`);
    ledger = r.ledger;
  }
  return errors;
}
