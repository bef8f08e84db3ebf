// evaluateSet against a labelled set: a move outside the label format (explain) is neither hit nor miss.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { evaluateSet, parseLabelled } from './evaluate-set.ts';

const explainedNo = "I'm sorry, I can't let it stay there: that stairway is how you and your baby would get out in a fire.";

describe('evaluateSet', () => {
  it('reads the explained no as explain, and an item that never labels explain is still correct', () => {
    const item = parseLabelled({ id: 'x1', locale: 'en', text: explainedNo, expect: ['apologize'], reject: ['refuse', 'cite_policy'] });
    const report = evaluateSet([item], (i) => classifyReply(i.text, { locale: i.locale }));
    expect(report.items[0]?.analysis.acts).toContain('explain');
    expect(report.items[0]?.correct).toBe(true);
    const stats = report.moves.find((m) => m.move === 'explain');
    expect([stats?.truePositives, stats?.falsePositives, stats?.falseNegatives]).toEqual([0, 0, 0]);
  });

  it('does not name explain as what a missed label was read as, unless the set labels explain', () => {
    const unlabelled = parseLabelled({ id: 'x2', locale: 'en', text: explainedNo, expect: ['empathize'], reject: [] });
    const run = (items: ReturnType<typeof parseLabelled>[]) => evaluateSet(items, (i) => classifyReply(i.text, { locale: i.locale }));
    expect(run([unlabelled]).confusions.map((c) => c.readAs)).not.toContain('explain');
    const labelsIt = parseLabelled({ id: 'x3', locale: 'en', text: 'Let me explain what happened: the doctor was called away.', expect: ['explain'], reject: [] });
    expect(run([unlabelled, labelsIt]).confusions.map((c) => c.readAs)).toContain('explain');
  });
});
