// The classifier measured on labelled sets, at the thresholds issue 2 sets: item accuracy ≥ 0.95 and
// forbidden-flag accuracy 1.00 on the shared dev set. holdout-replies.jsonl was written blind (without
// seeing the rules) and then used for development, so it is held to the same bar; blind2 stays unseen
// by rule-writing and is held to a floor that catches regressions.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet } from '../../src/cli/commands/eval.ts';
import { classifyReply } from '../../src/domain/reply/classify.ts';
import { evaluateSet } from '../../src/domain/reply/eval/evaluate-set.ts';

const path = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const run = (file: string) => evaluateSet(loadLabelledSet(file), (i) => classifyReply(i.text, { locale: i.locale }));
const failing = (r: ReturnType<typeof run>) => r.items.filter((i) => !i.correct || i.forbiddenOk === false).map((i) => `${i.item.id} ${i.item.text} missing=${i.missing} unwanted=${i.unwanted}`);

describe('labelled sets', () => {
  const dev = path('../../../shared/eval/dev-replies.jsonl');
  it.runIf(existsSync(dev))('dev set: item accuracy ≥ 0.95, forbidden-flag accuracy 1.00', () => {
    const r = run(dev);
    expect(r.itemAccuracy, failing(r).join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(r.forbiddenAccuracy).toBe(1);
  });

  it('held-out set: item accuracy ≥ 0.95, forbidden-flag accuracy ≥ 0.98', () => {
    const r = run(path('./holdout-replies.jsonl'));
    expect(r.itemAccuracy, failing(r).join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(r.forbiddenAccuracy).toBeGreaterThanOrEqual(0.98);
  });
});
