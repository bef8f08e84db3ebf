// Test support: a reader that reads each reply once. A reading depends only on the scenario the reader was made
// for, the reply's words and the locale hint — never on the turn, the seed or the difficulty — so files that play
// the same replies many times (every drill at three difficulties, one transcript at many seeds) replay the reading.
import type { Reader } from '../../reading/read-reply.ts';
import type { Reading } from '../../reading/reading.types.ts';

/** Frozen all the way down: a play that changed a reading it was handed would fail instead of passing it on. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** `read`, remembering its reading of each reply per locale hint. */
export function readOnce(read: Reader): Reader {
  const readings = new Map<string, Reading>();
  return (text, options) => {
    const key = `${options?.locale ?? ''}\u0000${text}`;
    let reading = readings.get(key);
    if (!reading) {
      reading = deepFreeze(read(text, options));
      readings.set(key, reading);
    }
    return reading;
  };
}
