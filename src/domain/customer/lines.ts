// What the customer says on a turn, from everything the steps and the scenario's reactions offered to
// say: a turning point first, then the story and the answers, then remarks; at most three segments, and
// never a line said on the turn before (docs/training-model.md#customer-model: the customer remembers).
// A line whose `needs` do not hold (a fact not yet told, no offer made) is never said.
import { hollowRemark, isBareReply } from './hollow-remark.ts';
import { remark } from './remarks.ts';
import { harmsHer } from './harm.ts';
import type { LocalizedText, Line, Needs, Reaction, Scenario, SimState } from '../scenario/scenario.types.ts';
import { pick } from '../scenario/prng.ts';
import type { Say, TurnDraft } from './turn-draft.ts';

const MAX_SEGMENTS = 3;

/** Whether a line's needs hold once this turn is counted. */
export function needsHold(needs: Needs | undefined, facts: readonly string[], after: TurnDraft['after']): boolean {
  if (!needs) return true;
  return (
    (needs.facts === undefined || needs.facts.every((f) => facts.includes(f))) &&
    (needs.offered === undefined || needs.offered === (after.offer !== null)) &&
    (needs.accepted === undefined || needs.accepted === after.solutionAccepted) &&
    (needs.remedies === undefined || (after.offer?.remedy != null && needs.remedies.includes(after.offer.remedy)))
  );
}

/** One key per line, whatever the locale it is read in: two lines with the same key are the same words. */
export const lineKey = (l: LocalizedText): string => `${l['zh-Hant']}|${l.en}`;

/** A line's first clause, up to its first punctuation mark (…, ellipses and dashes aside). */
const opening = (s: string): string => s.split(/[,.!?;:，。！？；：]/u)[0]!.trim();

/**
 * Two lines of one turn that open alike ("這樣就好，謝謝你。" and "這樣就好，只要五點前能看完…") read as one
 * line stitched to another: a turn says the opening once (in every language, so no locale reads stitched).
 */
export const sameOpening = (a: LocalizedText, b: LocalizedText): boolean =>
  (['zh-Hant', 'zh-Hans', 'en'] as const).some((k) => opening(a[k]).length >= 2 && opening(a[k]) === opening(b[k]));

/** A line that asks when: "what time", "when do I…?", 幾點, 几时, 什麼時候. */
const ASKS_WHEN = { zh: /幾點|几点|幾時|几时|什麼時候|什么时候|何時|何时/u, en: /\bwhat time\b|\bwhen\b[^.!]*\?/iu };
/** A line that asks who: "who contacts me?", 邊個, 誰. */
const ASKS_WHO = { zh: /邊個|谁|誰/u, en: /\bwho\b[^.!]*\?/iu };
const asks = (re: { zh: RegExp; en: RegExp }, l: LocalizedText): boolean => re.zh.test(l['zh-Hant']) || re.zh.test(l['zh-Hans']) || re.en.test(l.en);

/**
 * A state line that asks for what the plan on the table already has — its time ("Please write again what time they're
 * coming tomorrow", 請你再寫一次聽朝幾點到) once a time was given, who and when once both were — asks for it again (scen15hh,
 * blind t33-21: the visit time was in the email before). Her state's other lines, or her prompt, are said instead.
 */
export function asksForWhatIsGiven(line: LocalizedText, after: TurnDraft['after']): boolean {
  const when = asks(ASKS_WHEN, line);
  const who = asks(ASKS_WHO, line);
  if (!when && !who) return false;
  const offer = after.offer;
  return offer !== null && offer.status !== 'refused' && (!when || offer.when !== null) && (!who || offer.owner);
}

interface Context {
  sim: SimState;
  turn: number;
  facts: readonly string[];
  after: TurnDraft['after'];
  /** The reply and its language: a line quoting the reply is said only when the reply said it (quotesUnsaid). */
  text: string;
  locale: keyof LocalizedText;
}

/** One variant: fresh ones first (never said), never one said last turn; null when none fits. */
// A line that opens by quoting the reply ("「盡快」即係幾時？", "'As soon as possible' means when?", "'We'll try', 'we'll
// see' — I want a real answer."): the quoted words, delimited by 「」, “”, ‘’ or '…' closed before a space or a mark.
const QUOTED = /[「“"]([^」”"]+)[」”"]|‘([^’]+)’|'(.+?)'(?=[\s,.?!;:—–-]|$)/gu;
const OPENS_WITH_QUOTE = /^\s*[「“"‘']/u;
const bare = (s: string): string => s.toLowerCase().replace(/[\s\p{P}]/gu, '');

/**
 * scen15dd: the line quotes words the reply did not say — "「盡快」即係幾時？" to a reply that never said 盡快 (blind t31-06:
 * "我啱啱睇咗記錄…呢個係我哋做得唔好" drew it). Among a family's variants, one that quotes the reply is said only when the
 * reply holds one of the quoted phrases; a family whose every variant quotes keeps them (its reaction listens for those words).
 */
export function quotesUnsaid(line: LocalizedText, locale: keyof LocalizedText, text: string): boolean {
  const words = line[locale];
  if (!OPENS_WITH_QUOTE.test(words)) return false;
  const quoted = [...words.matchAll(QUOTED)].map((m) => bare(m[1] ?? m[2] ?? m[3] ?? '')).filter((q) => q.length > 0);
  const said = bare(text);
  return quoted.length > 0 && !quoted.some((q) => said.includes(q));
}

function choose(lines: readonly Line[], ctx: Context, salt: number, lastTurn: ReadonlySet<string>): LocalizedText | null {
  const fitting = lines.filter((l) => needsHold(l.needs, ctx.facts, ctx.after) && !lastTurn.has(lineKey(l)));
  const heard = fitting.filter((l) => !quotesUnsaid(l, ctx.locale, ctx.text));
  const usable = heard.length > 0 ? heard : fitting;
  if (usable.length === 0) return null;
  const said = new Set(ctx.sim.turns.flatMap((t) => t.customer.map(lineKey)));
  const fresh = usable.filter((l) => !said.has(lineKey(l)));
  const chosen = pick(fresh.length > 0 ? fresh : usable, ctx.sim.seed, ctx.turn, salt);
  const { needs: _needs, ...line } = chosen as Line;
  return line;
}

const band = (scenario: Scenario, hostility: number): 'high' | 'mid' | 'low' =>
  hostility >= scenario.thresholds.high ? 'high' : hostility >= scenario.thresholds.mid ? 'mid' : 'low';

export interface ComposeInput {
  draft: TurnDraft;
  reaction: Reaction | undefined;
  /** State after the turn (an end state id when the drill ended). */
  next: string;
  ended: boolean;
  hostility: number;
}

export function compose({ draft, reaction, next, ended, hostility }: ComposeInput): LocalizedText[] {
  const { scenario, sim, turn } = draft;
  const ctx: Context = { sim, turn, facts: [...sim.factsKnown, ...draft.factsRevealed], after: draft.after, text: draft.text, locale: draft.reading.locale };
  const lastTurn = new Set((sim.turns.at(-1)?.customer ?? []).map(lineKey));
  const salt = scenario.reactions.indexOf(reaction ?? (scenario.reactions[0] as Reaction));
  const out: LocalizedText[] = [];
  const say = (lines: readonly Line[] | undefined, s: number): boolean => {
    if (!lines || out.length >= MAX_SEGMENTS) return false;
    const line = choose(lines, ctx, s, lastTurn);
    if (line && !out.some((o) => lineKey(o) === lineKey(line) || sameOpening(o, line))) out.push(line);
    return line !== null;
  };
  const turning = reaction?.goto !== undefined && reaction.goto !== sim.state;
  const endedByReaction = ended && reaction?.goto === next;
  // A turning point ("…Fine, at least you're listening.") comes before the story; when the drill ends,
  // the reaction that ended it and the end line are all that is said.
  if (reaction?.say && (turning || endedByReaction)) say(reaction.say, salt);
  if (ended) {
    if (next === 'resolved') draft.says.filter((s) => s.source.startsWith('fact/')).forEach((s, i) => say(s.lines, 10 + i));
    out.push(scenario.endStates[next as keyof Scenario['endStates']].line);
    return out.slice(-MAX_SEGMENTS);
  }
  // A reply that harms her is answered by her reaction to it first, and a remark on a reply with nothing behind it ("So what
  // are you actually going to do? Spell it out.") is not glued before it: "Passing the buck again!" is what she says to being
  // passed on (scen15ii, play-through).
  const harmed = reaction?.say !== undefined && harmsHer(draft.reading);
  if (harmed && !turning) say(reaction.say, salt);
  const hollow = (s: Say) => harmed && (s.source === 'remark/noSubstance' || s.source === 'remark/whatExactly');
  const ordered: Say[] = [...draft.says.filter((s) => s.early), ...draft.says.filter((s) => !s.early)].filter((s) => !hollow(s));
  ordered.forEach((s, i) => say(s.lines, 20 + i));
  if (reaction?.say && !turning && !harmed) say(reaction.say, salt);
  // A bare 「好」, 嗯, "ok" or "Hi" with nothing else said this turn draws a short prompt for substance in her voice (whatExactly:
  // 「咁實際上你會做啲咩？」) before her state's lines, which may answer a speech that was not made ("I haven't got time for a
  // long speech", 我冇時間聽你哋講一大堆: scen15ff, play-through). Asked on the turn before and answered with another 「好」, she
  // says she is still waiting for the answer, in its first, plain variant (unanswered: 「我頭先問你嘢，你仲未答我。」; the others
  // may answer a change of subject, 「唔好扯開話題」, that a bare 「好」 did not make).
  if (out.length === 0 && isBareReply(draft.text) && !say(hollowRemark(draft).lines, 1)) say(remark(scenario, 'unanswered').slice(0, 1), 2);
  // A yes to a read-back she was asked to confirm (read-back.ts) is no answer to what comes next: she confirms, then pushes on
  // as she would have ("Yes, that's right. So what are you going to do?").
  const confirmed = draft.says.filter((s) => s.source === 'confirm').length;
  if (out.length === confirmed) {
    const state = scenario.states[next];
    const now = band(scenario, hostility);
    // Her band's lines all asking for what she has been given, she says a calmer band's before an angrier one's.
    const allGiven = state !== undefined && state.lines[now].length > 0 && state.lines[now].every((l) => asksForWhatIsGiven(l, draft.after));
    const bands = state ? [now, ...(allGiven ? (['low'] as const) : []), 'mid', 'high', 'low'] as const : [];
    for (const b of bands) if (state && say(state.lines[b].filter((l) => !asksForWhatIsGiven(l, draft.after)), 0)) break;
    if (out.length === confirmed) say(hollowRemark(draft).lines, 1);
  }
  return out;
}
