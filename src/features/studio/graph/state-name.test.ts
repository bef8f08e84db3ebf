import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { shippedDoc, SHIPPED_IDS } from '../../../domain/scenario/test-support/shipped.ts';
import { resources } from '../../../i18n/resources.ts';
import { reactionName, stateName } from './state-name.ts';

const tOf = async (lng: keyof typeof resources) => {
  const i18n = createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return i18n.t as TFunction;
};

describe('stateName', () => {
  // A copy of a shipped scenario showed `impatient`, `informing`, `agreeing` on a zh-Hans graph (play-through 4).
  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('%s: names every state of every shipped scenario in words, never by its id', async (lng) => {
    const t = await tOf(lng);
    for (const id of SHIPPED_IDS) {
      for (const state of Object.keys(shippedDoc(id).states as Record<string, unknown>)) {
        const name = stateName(state, t);
        expect(t(`studio.states.${state}` as 'studio.states.venting'), `${id}: ${state}`).toBe(name);
        expect(name).not.toBe(`studio.states.${state}`);
        if (lng !== 'en') expect(name, `${id}: ${state}`).toMatch(/^[\u3400-\u9fff]+$/);
      }
    }
  });

  it('humanises an author’s own id as a last resort', async () => {
    expect(stateName('winding-down', await tOf('zh-Hans'))).toBe('winding down');
  });
});

describe('reactionName', () => {
  // told-to-calm-down, solution-too-soon… were listed only by their English ids on a Chinese studio (play-through 4).
  it.each(['zh-Hant', 'zh-Hans'] as const)('%s: names every reaction of every shipped scenario in Chinese', async (lng) => {
    const t = await tOf(lng);
    const ids = SHIPPED_IDS.flatMap((id) => (shippedDoc(id).reactions as { id: string }[]).map((r) => r.id));
    expect(ids.filter((id) => !/^[\u3400-\u9fff，]+$/.test(reactionName(id, t)))).toEqual([]);
  });

  it('reads an author’s own reaction id as words', async () => {
    expect(reactionName('calm-down-dismissed', await tOf('zh-Hant'))).toBe('calm down dismissed');
  });
});
