import { describe, expect, it } from 'vitest';
import { normalize } from '../reply/text/normalize.ts';
import { firstMention, orderByTopic } from './fact-topics.ts';
import type { Fact, Scenario } from './scenario.types.ts';
import { analysisOf } from './test-support/keyword-classifier.ts';
import { playTurns, shipped, SHIPPED_IDS, type Play } from './test-support/shipped.ts';

// angry-resident's facts in file order: duration, reports, damage, upstairs. The topics are set here, not
// read from the file, so these tests pin the engine rule and not the scenario's word lists.
const TOPICS: Record<string, Fact['topics']> = {
  duration: { en: ['how long', 'start'], 'zh-Hant': ['幾時開始'] },
  reports: { 'zh-Hans': ['电话', '师傅'], en: ['phone', 'call', 'plumber'] },
  damage: { 'zh-Hant': ['天花', '損壞'], en: ['ceiling', 'damage'] },
  upstairs: { en: ['upstairs', '12B'] },
};

function resident(topics: Record<string, Fact['topics']> = TOPICS): Scenario {
  const s = shipped('angry-resident');
  return { ...s, facts: s.facts.map((f) => ({ ...f, topics: topics[f.id] })) };
}

const calm: Play = { text: "I'm so sorry, I'd be angry too.", analysis: analysisOf('apologize', 'empathize') };
const ask = (text: string): Play => ({ text, analysis: analysisOf('ask_open') });
const revealed = (scenario: Scenario, ...plays: Play[]) => playTurns(scenario, [calm, ...plays]).turns.slice(1).map((t) => t.factsRevealed);

describe('facts follow the question (topics)', () => {
  it('a question about a topic brings out that fact even when it is not first', () => {
    expect(revealed(resident(), ask('What did our staff tell you when you phoned?'))).toEqual([['reports']]);
    expect(revealed(resident(), ask('How bad is the damage to the ceiling?'))).toEqual([['damage']]);
  });

  it('without a topic match the order is unchanged', () => {
    expect(revealed(resident(), ask('Can you tell me more?'), ask('What else?'))).toEqual([['duration'], ['reports']]);
    // Scenarios without topics behave exactly as before.
    expect(revealed(resident({}), ask('What did our staff tell you when you phoned?'))).toEqual([['duration']]);
  });

  it('an acknowledgement keeps volunteering facts in order, even when it names a topic', () => {
    const goOn = (text: string): Play => ({ text, analysis: analysisOf('acknowledge') });
    expect(revealed(resident(), goOn('Go on.'), goOn('Go on, about the phone calls.'))).toEqual([['duration'], ['reports']]);
  });

  it('later questions still follow their topic, and the rest keep their order', () => {
    const s = resident();
    expect(revealed(s, ask('What happened to the ceiling?'), ask('And what else?'), ask('Who lives upstairs, in 12B?'), ask('Anything more?'))).toEqual([
      ['damage'], ['duration'], ['upstairs'], ['reports'],
    ]);
  });

  it('works across scripts, case and 您/你: a zh-Hant reply matches a zh-Hans topic', () => {
    expect(revealed(resident(), ask('您打電話來的時候,同事怎麼說?'))).toEqual([['reports']]);
    expect(revealed(resident(), ask('有冇師傅上嚟睇過?'))).toEqual([['reports']]);
    expect(revealed(resident(), ask('Did anyone PHONE you back？'))).toEqual([['reports']]);
    // Hong Kong code-mixing, in full-width letters: 嗰次 phone 你嘅同事點講?
    expect(revealed(resident(), ask('嗰次ＰＨＯＮＥ你嘅同事點講？'))).toEqual([['reports']]);
    // A zh-Hans reply matches a zh-Hant topic too.
    expect(revealed(resident(), ask('天花损坏得厉害吗?'))).toEqual([['damage']]);
  });

  it('a fact the question cannot reveal is not pulled forward by its topic', () => {
    // upstairs is revealed by open questions only; a closed question about it gets the next fact in order.
    const closed: Play = { text: 'Have you spoken to the owner upstairs?', analysis: analysisOf('ask_closed') };
    expect(revealed(resident(), closed)).toEqual([['duration']]);
  });

  it('while still too hostile, the curt answer is the one about the topic asked', () => {
    const sim = playTurns(resident(), [ask('What did our staff tell you when you phoned?')]);
    expect(sim.turns[0]?.factsRevealed).toEqual([]);
    expect(sim.turns[0]?.signals).toContain('question-curt');
    expect(sim.turns[0]?.customer).toEqual([resident().facts.find((f) => f.id === 'reports')?.curt]);
  });

  it('is deterministic', () => {
    const plays = [ask('What did our staff tell you when you phoned?'), ask('And the ceiling?')];
    expect(playTurns(resident(), [calm, ...plays], 3)).toEqual(playTurns(resident(), [calm, ...plays], 3));
  });
});

describe('orderByTopic', () => {
  const facts = resident().facts;
  const ids = (reply: string) => orderByTopic(facts, reply, () => true).map((f) => f.id);

  it('puts mentioned facts first, in the order the reply mentions them', () => {
    expect(ids('Did the plumber see the ceiling?')).toEqual(['reports', 'damage', 'duration', 'upstairs']);
    expect(ids('How bad is the ceiling, and did the plumber come?')).toEqual(['damage', 'reports', 'duration', 'upstairs']);
    expect(ids('Tell me everything.')).toEqual(['duration', 'reports', 'damage', 'upstairs']);
  });

  it('only reorders facts the reply asks about', () => {
    expect(orderByTopic(facts, 'And the phone calls?', (f) => f.id !== 'reports').map((f) => f.id)).toEqual(['duration', 'reports', 'damage', 'upstairs']);
  });

  it('matches English topics as whole words with common endings', () => {
    const reports = facts.find((f) => f.id === 'reports');
    if (!reports) throw new Error('no reports fact');
    const at = (reply: string) => firstMention(reports, normalize(reply).text);
    expect(at('You called twice?')).not.toBeNull();
    expect(at('How many calls?')).not.toBeNull();
    expect(at('Any recall notice?')).toBeNull();
    expect(at('Is it callous?')).toBeNull();
    expect(firstMention(facts.find((f) => f.id === 'upstairs') ?? reports, normalize('Is 12b empty?').text)).toEqual({ index: 3, length: 3 });
  });
});

// A greeting names the trainee's own organisation and role ("新港寬頻客戶服務中心，我係熱線主任阿欣"); a fact
// or remedy topic found there would count the greeting as naming the customer's problem (the reply
// "understood" before a word of it was heard) or as an offer. Each briefing's first sentence is that role.
describe('no topic in the trainee’s own role', () => {
  it.each([...SHIPPED_IDS])('%s', (id) => {
    const scenario = shipped(id);
    const found: string[] = [];
    for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const role = normalize(scenario.briefing[locale].split(/[。.]/)[0] ?? '').text;
      for (const item of [...scenario.facts, ...scenario.wants.remedies]) {
        const at = firstMention(item, role);
        if (at) found.push(`${locale} ${item.id}: "${role.slice(at.index, at.index + at.length)}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
