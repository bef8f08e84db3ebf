// The times the customer has named herself — in her opening words and in everything she has said since
// ("since 6 pm yesterday", "tomorrow morning", 尋晚六點): a reply that names one of them back is echoing
// her story, not telling her when something will happen.
import { normalize } from '../reply/text/normalize.ts';
import { findTimes } from '../reading/times.ts';
import type { Locale } from '../reply/reply.types.ts';
import type { LocalizedText, Scenario, SimState } from '../scenario/scenario.types.ts';

const timeWords = (text: string): string[] => {
  const folded = normalize(text).text;
  return findTimes(folded).map((t) => folded.slice(t.start, t.end));
};

// The times in each line she said, found once per line and language: asked on every turn, they were found
// again in every earlier line each time.
const wordsOf = new WeakMap<LocalizedText, Partial<Record<Locale, string[]>>>();
const lineTimes = (line: LocalizedText, locale: Locale): string[] => {
  let byLocale = wordsOf.get(line);
  if (!byLocale) wordsOf.set(line, (byLocale = {}));
  const text = line[locale];
  return (byLocale[locale] ??= text ? timeWords(text) : []);
};

/** The folded wording of every time she has named so far, in the drill's language. */
export function herTimes(scenario: Scenario, sim: SimState, locale: Locale): Set<string> {
  const said = [scenario.opening, ...sim.turns.flatMap((t) => t.customer)];
  return new Set(said.flatMap((line) => lineTimes(line, locale)));
}

/** The folded wording of a time span of the reply (spans are in the reply as typed). */
export const timeWording = (text: string, start: number, end: number): string => normalize(text.slice(start, end)).text;
