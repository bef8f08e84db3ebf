// 你 or 您 on the Chinese scorecard (scen15q, recorded in scenarios/README.md). The scorecard speaks to the
// trainee as a coach does, 你 ("你提出了方案…"), and quotes what to say to the customer, always 您
// ("「我明白您等了這麼久一定很生氣。」"); the forbidden phrases' better phrasings are lines to the customer too.
// A mix of the two in one scorecard read as careless, and came back when strings were added one by one.
import { describe, expect, it } from 'vitest';
import forbidden from '../domain/reply/data/forbidden-phrases.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree, path = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${path}${k}`, v] as [string, string]] : strings(v, `${path}${k}.`)));

/** Text in 「」 or “” is a line to say to the customer; the rest speaks to the trainee. */
const QUOTED = /「[^」]*」|“[^”]*”/g;
const quoted = (text: string) => (text.match(QUOTED) ?? []).join('');
const unquoted = (text: string) => text.replace(QUOTED, '');

describe.each([
  ['zh-Hant', zhHant],
  ['zh-Hans', zhHans],
] as const)('%s scorecard', (locale, resources) => {
  const card = strings(resources.scorecards as unknown as Tree);

  it('calls the trainee 你, never 您', () => {
    expect(card.filter(([, text]) => unquoted(text).includes('您')).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('quotes lines that call the customer 您, never 你', () => {
    expect(card.filter(([, text]) => quoted(text).includes('你')).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('offers better phrasings for forbidden phrases with 您, never 你', () => {
    const better = forbidden.phrases.map((p) => p.better[locale]);
    expect(better.filter((text) => text.includes('你'))).toEqual([]);
  });
});
