import { describe, expect, it } from 'vitest';
import { shipped } from '../scenario/test-support/shipped.ts';
import { scenarioExample, suggestWithExample } from './scenario-example.ts';

describe('scenarioExample: a suggestion’s example is the played scenario’s own model answer, or there is none', () => {
  const cake = shipped('chat-late-birthday-cake');

  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('%s: the first model answer that reads as the move, in the drill’s language', (locale) => {
    expect(scenarioExample(cake, locale, 'proposeSolution')).toBe(cake.modelAnswers['solving']![0]![locale]);
    expect(scenarioExample(cake, locale, 'askOpen')).toBe(cake.modelAnswers['listening']![0]![locale]);
  });

  it('the customer’s name is filled in, never shown as {name}', () => {
    const example = scenarioExample({ ...cake, modelAnswers: { venting: [{ en: "{name}, I'm so sorry. I'd be worried too.", 'zh-Hant': '{name}，真的很抱歉。', 'zh-Hans': '{name}，真的很抱歉。' }] } }, 'en', 'nameTheFeeling');
    expect(example).toBe(`${cake.persona.name.en}, I'm so sorry. I'd be worried too.`);
  });

  it('no answer that fits: the generic suggestion, with no example borrowed from anywhere', () => {
    const only = { ...cake, modelAnswers: { venting: cake.modelAnswers['venting']! } };
    expect(suggestWithExample(only, 'en', 'commit_followup')).toEqual({ key: 'commit_followup' });
    expect(suggestWithExample(cake, 'en', 'commit_followup')).toEqual({ key: 'example.commit_followup', params: { example: cake.modelAnswers['closing']![0]!.en } });
  });
});
