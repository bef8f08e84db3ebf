// A slice of `npm run fuzz` in the suite (the full run: 10,000 scenario files and 10,000 bundles).
import { describe, expect, it } from 'vitest';
import { fuzz } from './fuzz-core.ts';

describe('hostile and broken files', () => {
  // Time per file (at most 2 s) is checked by `npm run fuzz`, not here: the suite asserts no timings.
  it('never crash, print a stack trace, or pass when broken (a seeded slice of npm run fuzz)', () => {
    const report = fuzz({ seed: 1, scenarios: 120, bundles: 120 });
    expect({ crashes: report.crashes, stackTraces: report.stackTraces, brokenAccepted: report.brokenAccepted, wronglyRefused: report.wronglyRefused }).toEqual({
      crashes: [],
      stackTraces: [],
      brokenAccepted: [],
      wronglyRefused: [],
    });
    // The slice exercises both verdicts, and plays the files it accepts.
    expect(report.accepted).toBeGreaterThan(10);
    expect(report.refused).toBeGreaterThan(100);
    expect(report.played).toBeGreaterThan(5);
  }, 120_000);
});
