import { describe, expect, it } from 'vitest';
import { shipped } from '../../../domain/scenario/test-support/shipped.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { describeCondition } from '../graph/describe-condition.ts';
import { needsOptions } from './NeedsFields.tsx';
import { factNamer, recordName } from './record-name.ts';

const resident = shipped('angry-resident');

describe('facts are named to the trainer by their label in the UI language, never by their id', () => {
  it('in the forms’ choices (the id is the value and the tooltip)', () => {
    const fact = resident.facts[0]!;
    const { facts, remedies } = needsOptions(resident, 'zh-Hans');
    expect(facts[0]).toEqual([fact.id, fact.label['zh-Hans']]);
    for (const [id, text] of [...facts, ...remedies]) expect(text, id).not.toContain(id);
    expect(needsOptions(resident, 'en').facts[0]).toEqual([fact.id, fact.label.en]);
  });

  it('in the graph’s conditions, and an unknown or unlabelled id is read as words', async () => {
    const { t } = await setupI18n('zh-Hant');
    const [a, b] = resident.facts;
    expect(describeCondition({ factsKnown: [a!.id, b!.id] }, t, factNamer(resident.facts, 'zh-Hant'))).toBe(`已知事實：${a!.label['zh-Hant']}、${b!.label['zh-Hant']}`);
    expect(factNamer(resident.facts, 'zh-Hant')('how_long')).toBe('how long');
    expect(recordName({ id: 'late-fee', label: { en: 'Late fee', 'zh-Hant': ' ', 'zh-Hans': '' } }, 'zh-Hant')).toBe('late fee');
  });
});
