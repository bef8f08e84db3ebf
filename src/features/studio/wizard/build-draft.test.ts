import { describe, expect, it } from 'vitest';
import { createReader } from '../../../domain/reading/read-reply.ts';
import { runDrill } from '../../../domain/drill/run-drill.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import { validateScenario } from '../../../domain/scenario/validate/validate-scenario.ts';
import { GOOD_PARKING_REPLIES } from '../test-support/parking-drill.ts';
import { buildDraft, type WizardInput } from './build-draft.ts';

/** The parking-space scenario, as an author would answer the wizard. */
export const parkingInput: WizardInput = {
  id: 'parking-space',
  title: { 'zh-Hant': '車位被借出', 'zh-Hans': '车位被借出', en: 'The lent parking space' },
  briefing: {
    'zh-Hant': '住戶黃太租用的車位被管理處借給了裝修工人,她來到管理處投訴。',
    'zh-Hans': '住户黄太租用的车位被管理处借给了装修工人,她来到管理处投诉。',
    en: "Mrs Wong's rented parking space was lent to a contractor by the management office. She has come to complain.",
  },
  setting: 'face_to_face',
  opening: {
    'zh-Hant': '我租的車位點解會泊咗架貨車?你哋問過我未?',
    'zh-Hans': '我租的车位为什么停了一辆货车?你们问过我吗?',
    en: 'Why is there a van in the parking space I rent? Did anyone ask me?',
  },
  persona: { name: { 'zh-Hant': '黃太', 'zh-Hans': '黄太', en: 'Mrs Wong' }, personality: 'eagle', motives: ['respect', 'fix'], startHostility: 70 },
  facts: [
    {
      label: { 'zh-Hant': '今早八點回來時發現車位被佔', 'zh-Hans': '今早八点回来时发现车位被占', en: 'Found the space taken at 8 this morning' },
      says: { 'zh-Hant': '今朝八點我返嚟,架貨車就泊喺度。', 'zh-Hans': '今早八点我回来,那辆货车就停在那里。', en: 'I came back at eight this morning and the van was just parked there.' },
      topics: ['time', 'morning', '幾點', '時間'],
    },
    {
      label: { 'zh-Hant': '保安說是管理處批准的', 'zh-Hans': '保安说是管理处批准的', en: 'The guard said the office allowed it' },
      says: { 'zh-Hant': '保安話係你哋管理處批准嘅。', 'zh-Hans': '保安说是你们管理处批准的。', en: 'The guard told me your office had approved it.' },
      topics: ['guard', 'security', '保安'],
    },
  ],
  want: { label: { 'zh-Hant': '移走貨車', 'zh-Hans': '移走货车', en: 'the van moved' }, topics: ['move the van', 'van', '貨車', '移走'], by: 'today' },
};

describe('the wizard draft', () => {
  it('is a valid scenario with five conversation states', () => {
    const doc = buildDraft(parkingInput);
    expect(validateScenario(doc)).toEqual([]);
    expect(Object.keys(doc.states as object)).toEqual(['venting', 'listening', 'exploring', 'solving', 'closing']);
  });

  it('is playable: good handling resolves it, and a harmful reply is answered', () => {
    const scenario = parseScenario(buildDraft(parkingInput));
    const read = createReader(scenario);
    const good = runDrill(
      scenario,
      [...GOOD_PARKING_REPLIES],
      { read, seed: 1, locale: 'en' },
    );
    expect(good.outcome).toBe('resolved');
    const bad = runDrill(scenario, ['Calm down.', 'That is company policy.', 'Calm down, it is not my problem.'], { read, seed: 1, locale: 'en' });
    expect(bad.sim.turns[0]?.reaction).toBe('told-to-calm-down');
    expect(bad.outcome).not.toBe('resolved');
  });

  it.each(['chat', 'email'] as const)('can be a written %s scenario, valid and playable in that channel', (setting) => {
    const doc = buildDraft({ ...parkingInput, setting });
    expect(validateScenario(doc)).toEqual([]);
    const scenario = parseScenario(doc);
    expect(scenario.setting).toBe(setting);
    // An email has a subject line for the trainee's "Re:"; a chat has none.
    expect(scenario.written?.subject?.en).toBe(setting === 'email' ? 'The lent parking space' : undefined);
    const played = runDrill(scenario, ["I'm so sorry, Mrs Wong. What happened?"], { read: createReader(scenario), seed: 1, locale: 'en' });
    expect(played.sim.turns).toHaveLength(1);
  });
});

describe('the wizard draft answers a lecture as the shipped scenarios do (scen15gg)', () => {
  const LECTURE = {
    'zh-Hant': '唉，個個都要排隊㗎啦，做人要有啲耐性先得㗎。',
    'zh-Hans': '哎，大家都得排队，做人要有点耐心才行嘛。',
    en: "Well, everyone has to wait their turn, you know. That's just how things work — a little patience goes a long way.",
  } as const;

  it('has `lectured` (lecture, no blame) just before `blamed`, as every shipped scenario has', () => {
    const reactions = buildDraft(parkingInput).reactions as { id: string; when: Record<string, unknown> }[];
    const ids = reactions.map((r) => r.id);
    expect(ids.indexOf('lectured')).toBe(ids.indexOf('blamed') - 1);
    expect(reactions.find((r) => r.id === 'lectured')!.when).toEqual({ anyActs: ['lecture'], noActs: ['blame_customer'] });
  });

  it.each(Object.entries(LECTURE))('%s: a lecture that blames nobody draws `lectured`, in the language of the drill; blame still draws `blamed`', (locale, text) => {
    const scenario = parseScenario(buildDraft(parkingInput));
    const read = createReader(scenario);
    const run = runDrill(scenario, [text], { read, seed: 1, locale: locale as 'en' });
    const turn = run.sim.turns[0]!;
    expect(turn.analysis.acts).toContain('lecture');
    expect(turn.analysis.acts).not.toContain('blame_customer');
    expect(turn.reaction).toBe('lectured');
    expect(turn.customer.map((c) => c[locale as 'en']).join(' ')).toMatch(/教我|lecture/);
    const blamed = runDrill(scenario, ['It is your own fault for parking there without checking.'], { read, seed: 1, locale: 'en' });
    if (blamed.sim.turns[0]!.analysis.acts.includes('blame_customer')) expect(blamed.sim.turns[0]!.reaction).toBe('blamed');
  });
});
