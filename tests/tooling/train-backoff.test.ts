import { describe, expect, it } from 'vitest';
import { JUDGE, serialise, train, trainingFiles } from '../../scripts/train-backoff.ts';
import type { LabelledReply } from '../../src/domain/reply/eval/evaluate-set.ts';

const items: LabelledReply[] = Array.from({ length: 40 }, (_, i) => ({
  id: `t${i}`,
  locale: i % 2 ? 'en' : 'zh-Hans',
  text: i % 2 ? `I will personally follow up on order ${i} for you` : `我们马上给您安排换货,第${i}号订单`,
  expect: i % 4 < 2 ? ['propose_solution'] : ['take_ownership'],
  reject: [],
  forbidden: null,
})) as LabelledReply[];

describe('train-backoff', () => {
  it('refuses any judge set outright', () => {
    for (const judge of JUDGE) expect(() => trainingFiles(['blind34-replies.jsonl', `${judge}-replies.jsonl`])).toThrow(/refusing judge set/);
    expect(trainingFiles(['blind35-replies.jsonl', 'blind34-replies.jsonl'])).toEqual(['blind34-replies.jsonl', 'blind35-replies.jsonl']);
  });

  it('is deterministic: the same replies give the same bytes', () => {
    const a = serialise(train(items, ['toy']));
    const b = serialise(train(items, ['toy']));
    expect(a).toBe(b);
    expect(JSON.parse(a).about.trainedOn).toEqual(['toy']);
  });
});
