// Whole drills written by someone who had not read the rules (issue 11): six kinds of handling over the five
// shipped scenarios, in three languages. Each replay must behave as a fair customer and scorecard would.
// The set was scored once before tuning (23 of 36 behaved), then used to tune the customer engine; it now
// guards against regressions. A second set of the same kinds stays sealed outside the repository.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../src/domain/drill/run-drill.ts';
import { createReader } from '../../src/domain/reading/read-reply.ts';
import { shipped } from '../../src/domain/scenario/test-support/shipped.ts';
import { scoreDrill } from '../../src/domain/scoring/score-drill.ts';
import type { Locale } from '../../src/domain/reply/reply.types.ts';
import { DIFFICULTIES, type Difficulty } from '../../src/domain/scenario/playable.ts';

interface Transcript {
  id: string;
  scenario: string;
  locale: Locale;
  kind: 'good' | 'bad' | 'facts_first' | 'keyword_salad' | 'parroted_apology' | 'warm_no_substance';
  replies: string[];
}

const load = (file: string): Transcript[] =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Transcript);
const transcripts = load('./blind-t1.jsonl');

const play = (t: Transcript, difficulty: Difficulty = 'standard') => {
  const scenario = shipped(t.scenario);
  const run = runDrill(scenario, t.replies, { read: createReader(scenario), locale: t.locale, difficulty });
  return { run, card: scoreDrill(run.played, { ...run, locale: t.locale }) };
};

type Played = ReturnType<typeof play>;

/** Why a replay does not behave as a fair customer and scorecard would, or null when it does. */
function unfair(t: Transcript, run: Played['run'], card: Played['card']): string | null {
  // The customer remembers: never the same words two turns running.
  const said = card.turns.map((x) => x.customer);
  if (said.some((s, i) => i > 0 && s === said[i - 1])) return 'the customer repeated a line';
  if (t.kind === 'good') {
    // Good handling resolves and passes comfortably (issue 11: resolves, ≥ 75).
    return run.outcome === 'resolved' && card.score >= 75 ? null : 'good handling did not resolve at 75 or more';
  }
  if (t.kind === 'bad') {
    // The escalation ladder: consistently bad handling ends the drill, but not on the first reply and not
    // later than the sixth, and scores ≤ 35.
    const ended = (run.outcome === 'escalated' || run.outcome === 'walked_out') && run.sim.turn >= 2 && run.sim.turn <= 6;
    return ended && card.score <= 35 ? null : 'bad handling did not end the drill within 2–6 replies at 35 or less';
  }
  // Facts before feelings may still reach a solution, but never scores like good handling.
  if (t.kind === 'facts_first') return card.score < 75 ? null : 'facts first scored like good handling';
  // Gaming the reader — stuffed keywords, a parroted apology, warmth with nothing done — never resolves and
  // never passes (≤ 50).
  return run.outcome !== 'resolved' && card.score <= 50 ? null : 'gaming the reader resolved or passed';
}

describe('blind transcripts (tests/transcripts/blind-t1.jsonl)', () => {
  it('covers every kind in at least five drills', () => {
    const kinds = new Map<string, number>();
    for (const t of transcripts) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual(['bad', 'facts_first', 'good', 'keyword_salad', 'parroted_apology', 'warm_no_substance']);
    expect(Math.min(...kinds.values())).toBeGreaterThanOrEqual(5);
  });

  // Every kind behaves the same way at every difficulty (issue 15: realism targets at easy, standard, hard).
  it.each(transcripts.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (_id, _kind, difficulty, t) => {
    const { run, card } = play(t, difficulty);
    expect(unfair(t, run, card), `${run.outcome} ${card.score} curve=${card.hostility.join(',')}`).toBeNull();
  });
});

// Issue 15: the eight scenarios added after T1, five kinds each (40 drills), written on 2026-12-02 from the
// briefings and DOMAIN.md alone (no scenario file). Scored once at 2518f3f before any change: 36 of 40 behaved;
// the four misses were all good handling the customer did not let resolve at 75 or more within the replies
// written (broadband 56 incomplete, clinic 62 incomplete, cake chat resolved at 66, lift email 65 incomplete).
// Their causes, fixed for every scenario rather than for these sentences (scen15d), took them to 90, 80, 78
// and 86 resolved (standard): the reader heard a paraphrase of lost work (做唔到嘢) as a refusal, a question
// about the customer's plans (等一下還有事嗎) as a brush-off, and "nobody told you" as a promise to tell;
// it missed follow-ups in their face-to-face and written forms ("I'll come and get you the moment…", "I'll
// message you… in 5 min", 會再電郵確認), a report to the manager (報咗物業經理) and "can you confirm the
// order is…" as a restatement; a fact topic (客戶) matched the call centre's own name in the greeting; an
// email signed with the writer's name alone lost the sign-off; and the lift email's guard, alone among the
// library's "punish" objections, would not take "I'll follow it up and reply within three days". All 40
// now behave at standard; every drill that behaved must keep behaving.
const newScenarios = load('./blind-t3.jsonl');

describe('blind transcripts of the newer scenarios (tests/transcripts/blind-t3.jsonl)', () => {
  it('covers each of the eight newer scenarios with five kinds', () => {
    const byScenario = new Map<string, Set<string>>();
    for (const t of newScenarios) byScenario.set(t.scenario, (byScenario.get(t.scenario) ?? new Set()).add(t.kind));
    expect(byScenario.size).toBe(8);
    for (const kinds of byScenario.values()) expect([...kinds].sort()).toEqual(['bad', 'facts_first', 'good', 'keyword_salad', 'warm_no_substance']);
  });

  it.each(newScenarios.map((t) => [t.id, t.kind, t] as const))('%s (%s) behaves', (_id, _kind, t) => {
    const { run, card } = play(t);
    expect(unfair(t, run, card), `${run.outcome} ${card.score} curve=${card.hostility.join(',')}`).toBeNull();
  });
});
