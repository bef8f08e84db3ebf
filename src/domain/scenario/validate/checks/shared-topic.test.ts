import { describe, expect, it } from 'vitest';
import { broken, issuesOf, type Doc } from '../../test-support/broken.ts';

const withTopics = (...topics: unknown[]) =>
  broken((d: Doc) => d.facts.forEach((f: Doc, i: number) => (f.topics = topics[i])));

describe('shared-topic', () => {
  it('reports a topic another fact already has, across scripts and case', () => {
    const issues = issuesOf(withTopics({ 'zh-Hant': ['電話'], en: ['Phone'] }, { 'zh-Hans': ['电话', '师傅'], en: ['phone'] }));
    expect(issues.filter((i) => i.check === 'shared-topic').map((i) => i.path)).toEqual(['$.facts[1].topics["zh-Hans"][0]', '$.facts[1].topics.en[0]']);
  });
  it('accepts the same word in several locales of one fact', () => {
    const issues = issuesOf(withTopics({ 'zh-Hant': ['電話', 'phone'], 'zh-Hans': ['电话'], en: ['phone'] }, { en: ['plumber'] }));
    expect(issues.filter((i) => i.check === 'shared-topic')).toEqual([]);
  });
});
