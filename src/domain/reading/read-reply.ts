// One reading per reply: the classifier (with the scenario's own lexicon entries), the reconciliation of
// contradictory moves, and the details the customer weighs (times, owners, the facts and remedies
// named). The drill, the studio's preview, the CLI and the scorecard all read a reply through this.
import { createClassifier, type Classifier, type ClassifyOptions } from '../reply/classify.ts';
import { normalize } from '../reply/text/normalize.ts';
import { allMentions, firstMention, type Topical } from '../scenario/fact-topics.ts';
import type { Scenario } from '../scenario/scenario.types.ts';
import { declinedAt } from '../reply/context/declined.ts';
import { withFactsReadBack } from './read-back.ts';
import { bareKeywordAt, keywordListClauses } from './bare-keyword.ts';
import { dropEvidence } from './evidence-edit.ts';
import type { MoveId } from '../reply/moves.ts';
import { roomToTalkAt } from './room-to-talk.ts';
import { withRecapList } from './recap-list.ts';
import { reconcile } from './reconcile.ts';
import { findOwners } from './owners.ts';
import type { Reading } from './reading.types.ts';
import { findTimes } from './times.ts';
import { withOwnedCommitment } from './owns-it.ts';

export type Reader = (text: string, options?: ClassifyOptions) => Reading;


/** Ids of the items whose topics the folded reply mentions, in the order mentioned. */
function mentioned(items: readonly (Topical & { id: string })[], folded: string, skip?: (index: number) => boolean): string[] {
  return items
    .map((item) => ({ id: item.id, at: firstMention(item, folded, skip) }))
    .filter((m): m is { id: string; at: NonNullable<typeof m.at> } => m.at !== null)
    .sort((a, b) => a.at.index - b.at.index)
    .map((m) => m.id);
}

/**
 * Every part of a scenario its reader reads (the lexicon entries it classifies with, the facts and remedies it finds,
 * the times of her opening words and her facts' lines). createReader takes only these, so a part it starts to read must be added here,
 * beside readerKey, or it does not compile.
 */
export type ReaderScenario = Pick<Scenario, 'lexicon' | 'facts' | 'opening'> & { wants: Pick<Scenario['wants'], 'remedies'> };

const timesOf = (texts: readonly (string | undefined)[]): ReadonlySet<string> =>
  new Set(
    texts.flatMap((o) => {
      const folded = normalize(o ?? '').text;
      return findTimes(folded).map((t) => folded.slice(t.start, t.end));
    }),
  );

const openingTimesOf = new WeakMap<ReaderScenario, ReadonlySet<string>>();
/** The folded wording of every time her opening words name, in any language (尋晚六點 → 昨晚六点, "since 6 pm yesterday"). */
function openingTimes(scenario: ReaderScenario): ReadonlySet<string> {
  const hit = openingTimesOf.get(scenario);
  if (hit) return hit;
  const set = timesOf(Object.values(scenario.opening));
  openingTimesOf.set(scenario, set);
  return set;
}

/** Two scenarios with the same key read every reply alike: the key is every part of ReaderScenario. */
export const readerKey = (scenario: ReaderScenario, lexicon: Scenario['lexicon'] = scenario.lexicon): string =>
  JSON.stringify([lexicon ?? null, scenario.facts, scenario.wants.remedies, scenario.opening]);

const toldTimesOf = new WeakMap<ReaderScenario, ReadonlySet<string>>();
/** …and every time she gives in her story (her opening and her facts' lines: 我约的是两点半), for a check given back to her. */
function toldTimes(scenario: ReaderScenario): ReadonlySet<string> {
  const hit = toldTimesOf.get(scenario);
  if (hit) return hit;
  const set = new Set([...openingTimes(scenario), ...timesOf(scenario.facts.flatMap((f) => Object.values(f.says ?? {})))]);
  toldTimesOf.set(scenario, set);
  return set;
}

// What a keyword list cannot do by listing: take it on, commit a follow-up, propose (bare-keyword.ts).
const LISTED_COMMITMENTS: readonly MoveId[] = ['take_ownership', 'commit_followup', 'propose_solution'];
/** The analysis without the commitments found inside the listed clauses of a keyword list (original-text spans). */
function withoutListedCommitments<T extends Parameters<typeof dropEvidence>[0]>(analysis: T, listed: readonly { start: number; end: number }[]): T {
  if (listed.length === 0) return analysis;
  const inList = (e: { move: MoveId; start: number; end: number }) => LISTED_COMMITMENTS.includes(e.move) && listed.some((c) => e.start < c.end && c.start < e.end);
  return { ...analysis, ...dropEvidence(analysis, (e) => !inList(e), LISTED_COMMITMENTS) };
}

/**
 * A reader for one scenario (its lexicon entries, facts and remedies), or for no scenario at all. Tests
 * may pass their own classifier; everything else reads with the real one.
 */
export function createReader(scenario?: ReaderScenario, classify: Classifier = createClassifier(scenario?.lexicon)): Reader {
  return (text, options) => {
    const folded = normalize(text);
    const classified = reconcile(classify(text, options));
    const factsIn = (t: string) => (scenario ? mentioned(scenario.facts, t) : []);
    const analysis = scenario ? withFactsReadBack(withRecapList(classified, folded, factsIn), folded, factsIn, openingTimes(scenario), (t) => mentioned(scenario.wants.remedies, t), toldTimes(scenario)) : classified;
    const back = <T extends { start: number; end: number }>(s: T): T => {
      const start = folded.starts[s.start] ?? text.length;
      const end = s.end > s.start ? (folded.ends[s.end - 1] ?? start) : start;
      return { ...s, start, end };
    };
    const times = findTimes(folded.text);
    const timesBack = times.map(back);
    const aside = analysis.acts.includes('move_private');
    const ownersFolded = findOwners(folded.text, times);
    const owners = ownersFolded.map(back);
    // Every topic word, time and owner the reply names: a remedy's clause made of nothing else is listed, not offered.
    const spans = (items: readonly Topical[]) => items.flatMap((item) => allMentions(item, folded.text)).map((m) => ({ start: m.index, end: m.index + m.length }));
    const remedySpans = spans(scenario?.wants.remedies ?? []);
    const keywordsOnly = { offer: [...remedySpans, ...times, ...ownersFolded], story: spans(scenario?.facts ?? []), owners: ownersFolded, remedies: remedySpans };
    return {
      ...withoutListedCommitments(withOwnedCommitment(analysis, text, owners, timesBack), keywordListClauses(folded.text, keywordsOnly).map(back)),
      details: {
        times: timesBack,
        owners,
        facts: scenario ? mentioned(scenario.facts, folded.text) : [],
        // A remedy named under a no (I can't leave it there, 冇辦法通融) is declined, not offered.
        // …and a room she is taken aside to talk in (move_private) is not the room offered as her remedy (room-to-talk.ts);
        // nor is a remedy's word in a clause of keywords alone (儲物室，今日五點我負責: bare-keyword.ts).
        remedies: scenario
          ? mentioned(scenario.wants.remedies, folded.text, (i) => declinedAt(folded.text, i) || (aside && roomToTalkAt(folded.text, i)) || bareKeywordAt(folded.text, i, keywordsOnly))
          : [],
      },
    };
  };
}
