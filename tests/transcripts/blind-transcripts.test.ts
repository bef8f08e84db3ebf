// Whole drills written by someone who had not read the rules (issue 11): six kinds of handling over the five
// shipped scenarios, in three languages. Each replay must behave as a fair customer and scorecard would.
// The set was scored once before tuning (23 of 36 behaved), then used to tune the customer engine; it now
// guards against regressions. A second set of the same kinds stays sealed outside the repository.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../src/domain/drill/run-drill.ts';
import { createReader, type Reader } from '../../src/domain/reading/read-reply.ts';
import { readOnce } from '../../src/domain/scenario/test-support/read-once.ts';
import { shipped } from '../../src/domain/scenario/test-support/shipped.ts';
import { scoreDrill } from '../../src/domain/scoring/score-drill.ts';
import type { Locale } from '../../src/domain/reply/reply.types.ts';
import { DIFFICULTIES, type Difficulty } from '../../src/domain/scenario/playable.ts';
import { baseSeed } from '../../src/domain/scenario/base-seed.ts';
import type { Scenario } from '../../src/domain/scenario/scenario.types.ts';

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

// Drills were written from the briefing, which shows the base customer (persona.name, each var's first
// value): they are played at the seed that picks that customer, so using the name given never costs points.
// One parsed scenario and one reader per scenario for the whole file (nothing here changes them): parsing the file
// and compiling its topics for each of some 1,500 plays was a tenth of this file's time. Each drill is played at
// three difficulties with the same replies, so each reply is read once (readOnce): reading was about 40 % of the
// file's time, two thirds of it the same reply read again.
const scenarios = new Map<string, { scenario: Scenario; read: Reader }>();
const prepared = (id: string) => {
  let found = scenarios.get(id);
  if (!found) {
    const scenario = shipped(id);
    found = { scenario, read: readOnce(createReader(scenario)) };
    scenarios.set(id, found);
  }
  return found;
};
const play = (t: Transcript, difficulty: Difficulty = 'standard') => {
  const { scenario, read } = prepared(t.scenario);
  const run = runDrill(scenario, t.replies, { read, locale: t.locale, difficulty, seed: baseSeed(scenario) });
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

  // At every difficulty, as t1 and t4 (issue 15's realism targets hold at easy, standard and hard).
  it.each(newScenarios.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, T3_STILL_MISSED.has(`${id}/${difficulty}`));
  });
});

/**
 * Drills of t3 that do not behave at a difficulty other than standard (the set was tuned at standard only). The cake
 * chat at easy (t3-31), which closed on the fourth reply before the trainee's view-asking reply was played, behaves
 * since scen15p: asking her view (step 5) is owed only while she is still unhappy with what was offered.
 */
const T3_STILL_MISSED = new Set<string>();

/** Every drill that behaves must keep behaving; a listed one must still miss, so a fix moves it off its list. */
function holdsOrStillMissed(t: Transcript, difficulty: Difficulty, listed: boolean): void {
  const { run, card } = play(t, difficulty);
  const why = unfair(t, run, card);
  if (listed) expect(why, `${t.id} at ${difficulty} now behaves: take it off its still-missed list`).not.toBeNull();
  else expect(why, `${run.outcome} ${card.score} curve=${card.hostility.join(',')}`).toBeNull();
}

/**
 * The sets written after t3 (t4 on): good, bad and keyword-salad drills for each of the eight newer
 * scenarios, every drill at every difficulty; the ones listed as still missed must still miss (the list can
 * only shrink), every other must behave.
 */
function describeLaterSet(name: string, file: string, set: Transcript[], stillMissed: ReadonlySet<string>): void {
  describe(`blind transcripts of the newer scenarios, ${name} (tests/transcripts/${file})`, () => {
    it('covers each of the eight newer scenarios with good, bad and keyword-salad drills', () => {
      const byScenario = new Map<string, Set<string>>();
      for (const t of set) byScenario.set(t.scenario, (byScenario.get(t.scenario) ?? new Set()).add(t.kind));
      expect(byScenario.size).toBe(8);
      for (const kinds of byScenario.values()) expect([...kinds].sort()).toEqual(['bad', 'good', 'keyword_salad']);
    });

    it.each(set.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
      holdsOrStillMissed(t, difficulty, stillMissed.has(`${id}/${difficulty}`));
    });
  });
}

// A second blind set of the same kinds for the eight newer scenarios (24 good, 8 bad, 8 keyword salad), written
// from the briefings alone. Scored once before any change: 31 of 40 behaved at standard, both before and
// after the scen15d tuning that made all of t3 behave (94 of 120 at the three difficulties) — that tuning
// did not transfer. It is now a development set (scen15e); a third set judges the work.
const secondSet = load('./blind-t4.jsonl');
/**
 * Drills of the second set that do not yet behave, as id/difficulty. None since scen15h: stairwell-pram zh-Hans
 * (t4-03) ended with her objection about the red notice open, though an early reply had named how the notice
 * made her feel — the objection asks for that to be acknowledged, and empathy now answers it as an apology does.
 */
const T4_STILL_MISSED = new Set<string>();

describeLaterSet('second set', 'blind-t4.jsonl', secondSet, T4_STILL_MISSED);

// A third blind set of the same kinds (24 good by nervous, brisk and short-burst trainees, 8 bad, 8 keyword
// salad), written from the briefings alone to judge the scen15e tuning on t4. Scored once at 7de58b1, before
// that tuning: 27 of 40 behaved at standard (81 of 120 at the three difficulties); after it, the same 27 and
// 81 — as with t3 → t4, tuning to one set's good drills did not carry over to fresh ones. Every bad and
// keyword-salad drill behaves at standard; 13 of 24 good drills are not let resolve at 75 or more within the
// five or six replies written. Causes seen in two of them: answers that inform ("Dr Chen should be back in
// about ten minutes, and you'll be the first she sees") are no move the customer's "how long?" accepts, and
// a face-to-face follow-up in new words ("I'll come and tell you the moment…") is missed. It is the next
// development set; the drills that behave must keep behaving, and the list below can only shrink.
// inform15 fixed the two causes for every scenario (a time told in a statement answers "how long?"; a story
// told and restated is heard out) with the reader's estimates, 醫師 and "I'll come and tell you the moment…":
// 29 of 40 at standard, 87 of 120 at all difficulties (t5-26 and t5-28 off the list).
// scen15f: an alternative offered "if that's too late" no longer withdraws the sooner offer on the table, and
// a reply that completes the offer she was weighing with a timed follow-up lets her close on it: t5-01
// (the pram in English, at 75) and t5-33 (the cake chat in zh-Hans, 82) resolve — 93 of 120; the lobby's
// let-down suggestion-giver now leaves quietly on a harmful third reply, so t5-24 ends at easy too (94 of 120).
// A calm suggestion-giver met with thanks ("Not at all, Mrs Au, thank you for coming over"; 谢谢您特意过来跟我们说)
// had no feeling step on the scorecard (emotionFirst 0–50): opening thanks are that step for her (一謝, 002 §八),
// and t5-21 and t5-23 (the lobby in English and zh-Hans) pass at 82 and 78 — 100 of 120.
// scen15g: "and tomorrow I'll call you … to tell you what happened" is a promise, not a restatement: t5-06
// (the restaurant in English) resolves — 103 of 120.
// lex19 (the reader alone): t5-32 behaves at all three difficulties (three more of 120).
// scen15n: t5-27 (the clinic in zh-Hant) resolves at 79 at every difficulty — her situation retold by what nobody did
// (都沒有人過來跟您說) is a restatement — 117 of 120.
const thirdSet = load('./blind-t5.jsonl');
const T5_FIRST_MISSES = new Set<string>('t5-31/easy t5-31/standard t5-31/hard'.split(' '));

describeLaterSet('third set', 'blind-t5.jsonl', thirdSet, T5_FIRST_MISSES);

// A fourth blind set of the same kinds (trainees of the writer's own invention), written from the briefings
// alone while inform15 worked and kept from it. First score at e9abd18, before inform15: 31 of 40 at standard
// (93 of 120 at the three difficulties); after it 32 of 40 (96 of 120) — the first round whose change carried
// over to fresh drills at all (a time told answers "how long?"; a story restated has been heard out). The bad
// lobby drill t6-23 ends after the three replies written, before the customer gives up. Next development set;
// the drills that behave must keep behaving and the list can only shrink.
// scen15f: a follow-up in the customer's own setting — going up at a stated time to ask whether the fix
// worked ("I'll pop up … tomorrow morning to ask if…", "I'll come up myself at 10 to check"), asking back in
// the chat at a stated time whether it arrived (4點半我會再喺度問你收到未) — was missed, so the customer kept
// asking "will someone let me know?": t6-01, t6-25, t6-32 and t6-35 now resolve at every difficulty (32 → 36 of 40 at standard, 96 → 108 of 120).
// A feeling named as a soft tag question (我看您等了好久了，累了吧？) was read as a yes/no question before the
// apology, and "You must be exhausted" as nothing; a chat read-back after a colon ("can you confirm the order
// pls: 2lb nut-free mango cake…?") as a question only: t6-30 and t6-31 now resolve at 82 and 79 (114 of 120).
// "If it's too late, I can book you first thing tomorrow instead" had replaced the ten minutes on the table
// with tomorrow, and the last reply that completed that offer with a follow-up was never let close: t6-28
// resolves (117 of 120). A calm suggestion-giver brushed off and then sent elsewhere was only warned (a first
// harmful reply), so the bad lobby drill t6-23 never ended: once she has been let down that far (hostility 70,
// from a calm 32) but not to her breaking point, a harmful third reply or later sends her away quietly
// ("Never mind. Forget I said anything." — the 96 of 100 who leave without a word, 000); pushed past it, she
// escalates as before — 40 of 40 at standard, 120 of 120. Every drill behaves; the set now guards.
const fourthSet = load('./blind-t6.jsonl');
const T6_FIRST_MISSES = new Set<string>();

describeLaterSet('fourth set', 'blind-t6.jsonl', fourthSet, T6_FIRST_MISSES);

// A fifth blind set of the same kinds (concise, warm-and-chatty and methodical trainees), written from the
// briefings alone while scen15f worked and kept from it. First score at 2bf1caa, before scen15f: 26 of 40 at
// standard (78 of 120 at the three difficulties); after scen15f made all of t6 behave: the same 26 and 78 —
// tuning to one set's good drills again did not carry over. Every bad and keyword-salad drill behaves; 14 of
// 24 good drills are not let resolve at 75 or more at any difficulty (t7-22 has four replies where the brief
// asked five or more: kept as written). Next development set; the list below can only shrink.
// scen15g, mechanisms rather than wording: the customer answers the offer in the reply instead of restating
// her wants, reminds the trainee only of a question she actually put into words, hears no offer time in a
// question, and never says two lines of one turn that open alike; a closed question reading two of her
// details back to confirm is restating them (listening); a no given with her own safety as its reason is
// saying no for her good, not a refusal (002 §五); 讓您覺得被針對 names her feeling. t7-03, t7-31 and t7-32
// now resolve at 81, 77 and 78 at every difficulty (26 → 29 of 40 at standard, 78 → 87 of 120). A reaction
// that only speaks (the airport's "by the book" to a rule named beside the refund) no longer holds back the
// move to closing the accepted plan earned: t7-11 and t7-13 resolve at 83 and 88, t7-38 at 81 (easy and
// standard) — 32 of 40 at standard, 95 of 120. A plan in the lift email's first replies, naming back what
// her letter said (her father, the appointment), was heard as made blind ("You haven't asked a thing about my
// father") and never weighed: facts from her opening that the reply names back count as read. t7-36 resolves
// (standard and hard; at easy it closes after two replies at 67) — 33 of 40, 97 of 120. A clock time typed in
// digits in a Chinese chat (4:20我在这里发给您司机实时位置) is a time, and 我直接打您电话 a follow-up: t7-33
// resolves at 79 — 34 of 40, 100 of 120. A want was recognised only in its scenario's own words: shared topic
// families (scenario/topic-families.ts: the repairer, help downstairs, the fee waived, the month's fee back)
// let an offer in new words (违约金全免，您可以马上解约) meet it — t7-18 resolves: 35 of 40, 103 of 120.
// "And tomorrow I'll call you by 6pm to tell you what happened" was read as a restatement ("and … told you"),
// not the promise it is: t7-06 resolves at 90 (36 of 40, 106 of 120), and t5-06 with it (t5 103 of 120).
// Its Cantonese twin said "訂位同蛋糕點解會冇咗記錄，我聽日查清楚，下晝五點前打電話同你交代": the why she will find
// out was read as a reproach, and the call at a time to explain as explaining now — t7-07 resolves at 94
// (37 of 40, 109 of 120). scen15i: a calm suggestion-giver thanked first has had the opening step (一謝 before 二謙,
// 002 §八) — t7-22 resolves at every difficulty (38 → 39 of 40, 112 → 115 of 120).
const fifthSet = load('./blind-t7.jsonl');
const T7_FIRST_MISSES = new Set<string>([
  ...['t7-28'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)),
]);

describeLaterSet('fifth set', 'blind-t7.jsonl', fifthSet, T7_FIRST_MISSES);

// A sixth blind set of the same kinds (brisk, warm-and-chatty and methodical trainees), written from the briefings
// alone while scen15g worked and kept from it. First score at 8aa4803, before scen15g: 28 of 40 at standard (83 of
// 120 at the three difficulties); after scen15g, which fixed mechanisms rather than wording (the customer answers
// the offer made instead of restating her wants, topic families, a line-only reaction no longer blocks the close):
// 29 of 40 (87 of 120) — t8-12 and t8-13 now resolve, t8-21 no longer does (72). One keyword-salad drill (t8-10)
// scores 54 without resolving. Next development set; the list below can only shrink.
// scen15h, mechanisms again: a remedy or give-in named under a no ("I can't leave it there", 冇辦法通融) is
// declined, not offered or promised, and a safety reason in the sentence before the no (真有火灾浓烟的时候，最先要
// 从这里走的就是您和孩子…这一点我没办法让步) is saying no for her good; a storage topic family (儲物格, lockable
// storage); her objection that the notice treated her like a criminal asks to be acknowledged, so naming how it
// made her feel answers it (t8-01–03 and t4-03). A how-…-not whose not is an A-not-A tag's (我跟您說一下是怎麼回事
// 好不好?) is no reproach, and 讓您等到這麼累 names her feeling (t8-27). The 他 of 其他 is nobody speaking: 仲有冇其他嘢
// 想講? is no paraphrase, so keyword salad earns no listening (t8-10 walks out at 34–35). A time read back beside a
// fact in a question to confirm is one of her details (t8-31); 我告诉您 names an owner (t8-23); a statement opening
// with a restating "so", or a check before a colon, that names two or more of her facts restates her story
// (read-back.ts: t8-06, t8-21, t8-16 at hard); "Tell me from the start", "I'll look into … myself", "any other
// costs you'd like us to consider?" and "needs my supervisor's approval, but I'll put it to her" are heard
// (t8-11); a paraphrase of her opening words hears her out, and 係呀，我都覺得… acknowledges (t8-22 resolves, 74).
// 29 → 39 of 40 at standard, 87 → 117 of 120; t4 118 → 120 of 120. Checked against t5 and t7 in the same
// families: "To check I've got it: …", 聽晚我打電話問下你… (a follow-up), 我親自捧埋去 (ownership) and a private-room
// topic family (包间) — t7-21, t5-07 and t5-08 pass at every difficulty (t7 109 → 112, t5 103 → 109 of 120); a
// read-back in a closed question is the process dimension's paraphrase step too, as listening hears it. t1, t3,
// t6 unchanged. scen15i: thanking the suggestion-giver first is the opening step too (t8-22 and t7-22 74 → 76): 40 of 40, 120 of 120.
const sixthSet = load('./blind-t8.jsonl');
const T8_STILL_MISSED = new Set<string>();

describeLaterSet('sixth set', 'blind-t8.jsonl', sixthSet, T8_STILL_MISSED);

// A seventh blind set of the same kinds (24 good, 8 bad, 8 keyword salad; chatty, brisk, nervous and code-switching
// trainees), written from the briefings alone on 2026-12-03 to judge lex15 and scen15h, kept from both. First score at
// ede6e19, before them: 31 of 40 at standard (92 of 120 at the three difficulties); after both: 32 of 40 (95 of 120) —
// t8, the development set, went 29 → 39 of 40 in the same round. Every bad and keyword-salad drill behaves; the misses
// are good drills not let resolve at 75 or more (the cake chat in all three languages, the lobby suggestion in all
// three, the pram in English and zh-Hans, the restaurant in zh-Hant at hard). Next development set; the list can only shrink.
// scen15i, by mechanism: the reader missed what good drills said in every language — 換誰心裡都不舒服 (empathy with 心裡
// between), a name before the hello and an offered seat as the face-to-face greeting (梁太太，您好，您先坐 / "Mrs Leung,
// hello, please have a seat"; 您先坐 is move_private like "take a seat"), a call-back to her home (ring your flat,
// 打上你屋企), a long thing sent at a time (我會send司機電話同到達時間俾你; the 話 of 電話 says nothing), her suggestion taken to the meeting as the offer
// and news from that meeting as no brush-off, recaps ("So you've kept…", "So: … Right?", "So the light … is too dim"),
// and 我要查清楚蛋糕點解冇記錄 as the trainee's own checking, not a reproach. A calm suggestion-giver thanked first has had
// the opening step (一謝, 002 §八) as well as the feeling step. 32 → 40 of 40 at standard, 95 → 120 of 120 (t9-38 34 → 84);
// t7 112 → 115 and t8 117 → 120 of 120 (the lobby drills t7-22, t8-22); t1, t3–t6 unchanged. Every drill behaves; the set now guards.
const seventhSet = load('./blind-t9.jsonl');
const T9_FIRST_MISSES = new Set<string>();

describeLaterSet('seventh set', 'blind-t9.jsonl', seventhSet, T9_FIRST_MISSES);

// An eighth blind set of the same kinds (very polite, short-burst, apologetic and methodical trainees), written from
// the briefings alone on 2026-12-03 to judge lex16 and scen15i, kept from both. First score at 7a44aef, before them:
// 31 of 40 at standard (92 of 120 at the three difficulties); after both: 33 of 40 (98 of 120) — t9, the development
// set, went 32 → 40 of 40 in the same round. Every bad and keyword-salad drill behaves; the misses are good drills
// not let resolve at 75 or more: the airport in English, the clinic in English and zh-Hans, the lift email in English
// and zh-Hans, the lobby in zh-Hant, the pram in zh-Hant, the cake chat in English at hard. Next development set;
// the list can only shrink. scen15j: a time she named herself, read back to her, is no arrangement (t10-21 no longer
// closes on its read-back at 59; it plays all six replies, 54 at standard), and an offer after she has said what she
// wants is weighed, not called uninformed (t10-16 incomplete 36 → resolved 51); being seen first is a topic family
// (第一个就看您), so t10-18 resolves at 81 (was 60); a recap listed after a colon (归纳一下：一、…) is a paraphrase only
// (t10-23 40 → 55) and 我们派两名员工 names who will act (t10-23 → resolved 68; t5-38/standard now behaves, t5 109 → 110
// of 120). 33 → 34 of 40 at standard, 98 → 101 of 120; t1, t3, t4, t6–t9 unchanged.
const eighthSet = load('./blind-t10.jsonl');
const T10_FIRST_MISSES = new Set<string>([
  ...['t10-01', 't10-16', 't10-21'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)),
  // scen15z: t10-11 passes at hard.
]);

describeLaterSet('eighth set', 'blind-t10.jsonl', eighthSet, T10_FIRST_MISSES);

// A ninth blind set of the same kinds (a casual young new hire, a formal senior, a trainee who asks many questions
// before offering anything, one who offers two options each time), written from the briefings alone on 2026-12-03 to
// judge lex17 and scen15j, kept from both. First score at 9d1d8c4, before them: 23 of 40 at standard (71 of 120 at the
// three difficulties) — the hardest set yet; after both: the same 23 and 71 (t10, the development set, went 33 → 34).
// Every bad and keyword-salad drill behaves; 17 of 24 good drills are not let resolve at 75 or more within the replies
// written, many of them resolving at 63–74. The next development set; the list can only shrink.
// scen15k (the first round on t11): the kind no with its reason is the new move `explain` (六解釋) and the customer
// hears it; 我 with the time it acts at (我六點前打上你屋企), our kitchen / branch / its own driver name who acts;
// clock times in words (at ten to five) and 4:35 in Chinese text are times; a no whose next sentence says what the
// trainee will do is no refusal; "the first one he sees" is seen-first; and the reader's misses that left objections
// open (I will put them to my supervisor, our rules are on your side, if I have it right, which would help most,
// tell me if it works for you, would 8 am suit him, 换作是我，…，也会不舒服, and phone you by 6 pm; "whatever happens…, he
// will not miss it" is no brush-off, "I will look into it personally" no evasion). 23 → 30 of 40 at standard, 71 → 90 of 120;
// t1, t3–t10 unchanged. Still missed: the cake chat (short, few questions: listen/ask low, no preference asked), the
// clinic in English and zh-Hant (resolve at 65–66: judge and listen low), the lift email (resolves at 63–74 in three
// to five emails: judge and listen low; English now behaves at easy), the lobby zh-Hans (74) and English at hard, the
// pram zh-Hans (her "why only me?" never answered). scen15l (the round on t12) lifted t11-16 (the clinic in English) at
// every difficulty: 30 → 31 of 40 at standard, 90 → 93 of 120. lex19 (the reader alone: a fault owned in plain words,
// the customer's situation retold by its measure, lessons and contradictions read): t11-17 behaves at all three
// difficulties too. lex22b (the reader alone: Chinese run-ons split into clauses, the story told beside empathy read as a
// paraphrase, numbered remedies): t11-23 behaves at all three difficulties and t11-22 at hard.
const ninthSet = load('./blind-t11.jsonl');
const T11_FIRST_MISSES = new Set<string>([
  ...['t11-38'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)),
  't11-26/hard',
  't11-28/hard',
]);

describeLaterSet('ninth set', 'blind-t11.jsonl', ninthSet, T11_FIRST_MISSES);

// A tenth blind set of the same kinds (one who asks before apologising, one who apologises once and stays practical, one
// with short replies, one who explains a no at length with its reason and an alternative, one who restates before every
// offer; bad trainees cold and procedural, rushing, or blaming colleagues; salads naming vague "solutions"), written from
// the briefings alone on 2026-12-03 to judge scen15k and lex18, kept from both. First score at 08d22b4, before them:
// 22 of 40 at standard (65 of 120 at the three difficulties); after scen15k: the same 22 and 65 (t11, its development
// set, went 23 → 30). Every bad and keyword-salad drill behaves; the misses are good drills resolving at 61–74 or not let
// resolve within the replies written. The list can only shrink.
// scen15l (the first round on t12) fixed mechanisms, each in all three languages: a feeling attributed to her ("it must
// have felt like we'd forgotten you", 一定覺得被忘記, 抱歉让您着急了) is empathy, and forgotten / picked on / 被針對 name a
// feeling; a fault owned as ours ("that's our fault", "we let you down", 是我們的失職, 係我哋做得唔好 — 唔好 after 得 is
// "not good") is an apology, and "that's on us" after a failure is no free-of-charge offer; asking leave to explain and
// then explaining ("Can I explain what happened? At three…", 我同你解釋下發生咩事，好唔好？…) is explain; our side already
// moving with its arrival time (ETA 4:25, 派專車…預計四點半前到) is a remedy; doing it in person ("…myself", 我…親自)
// and a named owner (under my name, my direct line, 跟進人係我, 我叫李娜 + what I will do) are ownership; coming back to her
// at a stated time (I'll come up to 18B on Saturday at 10, 一回來我就過來帶您進去) is a follow-up, and 我上嚟 / 帶 / 接 act;
// a bare consent tag after a remedy ("… OK?", 得唔得？) asks her view; her wait told back as she sat through it is a
// restatement; a restatement opening a sentence ends where the trainee says what they will do (您说的晚上看不清，我们今天
// 就处理：…), and a restated point followed by the trainee's timed plan and 好唔好？ is the trainee's plan; a customer who
// needs to be seen is seen by her story given back (be_seen met by paraphrase). Being seen first read as a remedy was
// tried and dropped (t8-28 and t5-28 then asked what the arrangement was). 22 → 33 of 40 at standard, 65 → 96 of 120;
// t11 90 → 93 (t11-16); t1, t3–t10 unchanged. Still missed: the lift email in every language (closes on the third
// email at 64–74: judge 0 — extreme hostility and revenge are met only by escalate, move_private, take_ownership, none of
// which a written reply before the property manager's email gives), the cake chat in Chinese (66–69: no paraphrase, few
// questions; a read-back after 搵到喇： names one of her facts), the clinic in zh-Hans (65: 让您等了两个小时 is read as
// the apology formula, not her wait restated), the airport in zh-Hant at standard and hard (her extra costs: 交主管審批
// inside a sentence opened by 你講到… is not read as escalate), and four drills at hard only. lex19 (the reader alone):
// t12-20 behaves at all three difficulties, t12-09 and t12-24 at hard.
const tenthSet = load('./blind-t12.jsonl');
const T12_FIRST_MISSES = new Set<string>([
  ...['t12-13', 't12-23'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)),
  't12-03/standard',
  't12-03/hard',
  // scen15z: t12-06 passes at hard.
  't12-33/hard',
]);

describeLaterSet('tenth set', 'blind-t12.jsonl', tenthSet, T12_FIRST_MISSES);

// An eleventh blind set of the same kinds (a trainee who writes long, warm replies naming her feelings in her own words,
// one who lists two concrete options with times early, one who owns the fault plainly and explains what went wrong
// before fixing it, one who checks she is happy with the plan before closing; bad trainees polite but useless or
// losing their temper after a calm start; salads of stock empathy and restated facts), written from the briefings alone
// on 2026-12-03 to judge scen15l and lex19, kept from both. First score at 0706369, before them: 29 of 40 at standard
// (86 of 120 at the three difficulties); after both: 31 of 40 (91 of 120) — t12, scen15l's development set, went 22 → 33
// in the same round. Every bad and keyword-salad drill behaves. Still missed: the cake chat in all three languages
// (incomplete at 35–42: "Two options: 1) … 2) … Which one?" is read as an open question only, and "It's on its way: …
// driver ETA 4:35" leaves her asking where the cake is), the clinic in English and zh-Hans, the lift email in zh-Hant,
// the lobby in zh-Hant, the pram in zh-Hant and zh-Hans. The list can only shrink. After lex20 the lobby in zh-Hant
// (t13-27) behaves at every difficulty: the fault owned as 係我哋疏忽咗 is read as ownership.
// scen15m (the round on t13) fixed the mechanism behind each miss, for every scenario: options listed 1) 2) / 方案一、二
// and then "which one?" propose them and ask her choice; an offer is informed once her opening was given back in an
// apology or her case explained (刚查了：…, "Here's what happened:"), and explaining what happened shows her problem
// understood; her story given back with no opener (one of her facts beside a time she gave) is a paraphrase; the trainee
// naming themself to carry out the remedy at a stated time takes it on; her wait retold in words ("a long time",
// "two hours sitting here", "nobody has told you") restates her situation; times: "ETA 4:35", "around 4:45", not
// 这一点 or 两个小时; 貯物室 is the storage room, "seen first" is seen-first; our taxi waiting is no "wait there"; what was
// done to her in the passive (订了靠窗桌，结果被安排在厨房门口) retells her story, it offers nothing.
// t13 31 → 36 of 40 at standard, 91 → 108 of 120; t10 101 → 107, t12 101 → 107, t7 115 → 117, t11 96 → 98, t5
// 113 → 114 (of 120); t1, t3, t4, t6, t8, t9 unchanged. Still missed: the cake chat (resolves at 56–74: short replies,
// no feeling named, few questions; the Cantonese one closes on its fourth reply at 67), the pram in zh-Hans (her "why only me?" is never answered, so she does not close — right by DOMAIN.md).
// lex31: the Cantonese cake chat (t13-12) resolves at 75 at every difficulty (73 before) — its order checked back to her
// (想確認：係兩磅無果仁芒果蛋糕，送去太古城，啱嗎？) is read as a paraphrase now that the confirming tag matches after folding.
const eleventhSet = load('./blind-t13.jsonl');
const T13_FIRST_MISSES = new Set<string>([
  ...['t13-11', 't13-13', 't13-38'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)),
]);

describeLaterSet('eleventh set', 'blind-t13.jsonl', eleventhSet, T13_FIRST_MISSES);

// A twelfth blind set of the same kinds (a trainee who paraphrases her complaint back and asks "did I get that right?",
// one who explains the reason behind a rule for her own sake before offering what can be done, one short and practical
// who always names who will do what by when, one who asks her to choose between options, one in Hong Kong
// code-switching; bad trainees who blame her politely, pass the buck or promise everything at once; salads that echo
// her words and pile on apologies with no owner, time or action), written from the briefings alone on 2026-12-03 to
// judge scen15m and lex20, kept from both. First score at a31f458, before them: 28 of 40 at standard (84 of 120 at
// the three difficulties); after scen15m 30 (90), after both 30 of 40 (90 of 120) — t13, scen15m's development set,
// went 31 → 36 in the same round. Every bad and keyword-salad drill behaves. The list can only shrink.
// scen15n (the round on t14) fixed the mechanism behind each miss, for every scenario: telling her what happened offers
// nothing (王医生 in the story is no other-doctor offer) and a remedy named with its time is never met as ignoring her;
// seen-first is heard by its shape (第一个…就给您看, 回來第一位就是您), topic families may carry shapes; coming to fetch
// her at a time ("I'll come and walk you in … before five", 我五點前親自過來扶您進診間) and what I'll confirm by which
// channel ("… by phone before 5 pm tomorrow") are follow-ups; her situation retold by what nobody did (都沒有人過來跟您說)
// restates it; inviting her to tell it (您先说, 有什么…都可以告诉我) acknowledges; the 么 of 怎么 is no taunt; a no
// whose reason is for her family explains; the notice on every floor answers "why only me?" rather than blaming her;
// her feeling called natural is empathy; two offers joined by or, each with its remedy or time, then "which?" propose
// both; 想同你確認： restates her letter; when she would like it, asked right after the offer, is step 5, as "please
// tell us what time suits" is; "reported … to our property manager" escalates; "we refund your fare", "I've refunded
// your fee" offer; coming back in chat at a time to check it arrived (四点四十分我会再来确认蛋糕有没有送到) follows up.
// t14 30 → 39 of 40 at standard, 90 → 116 of 120; t5 114 → 117 (t5-27); t1, t3, t4, t6–t13 unchanged.
// The time of what I take on may come in the next sentence that goes on about it ("… now. It can reach you by 4:35.").
// Still missed: the lobby in zh-Hans at hard. scen15w: a chat's question with choices or a confirming one stands for the
// open question (the cake chat in English at easy, t14-11, 73 → 75).
const twelfthSet = load('./blind-t14.jsonl');
const T14_FIRST_MISSES = new Set<string>([
  't14-29/hard',
]);

describeLaterSet('twelfth set', 'blind-t14.jsonl', twelfthSet, T14_FIRST_MISSES);

// A thirteenth blind set of the same kinds (a trainee who opens with a short apology and goes straight to options, one
// who spends two replies listening before offering anything, one who writes long warm replies of several moves, one
// plain and a little clumsy who does the right things, one who explains what went wrong before fixing it; bad trainees
// polite but never committing, or arguing the facts; salads of empathy words and "someone will contact you"), written
// from the briefings alone on 2026-12-03 to judge scen15n and lex21, kept from both. First score at 2d57708 (after
// scen15m and lex20, before them): 28 of 40 at standard (83 of 120 at the three difficulties); after both 29 of 40
// (87 of 120) — t14, scen15n's development set, went 30 → 39 in the same round. Every bad and keyword-salad drill
// behaves. The list can only shrink. After scen15o (the round on t16, which also read t15's misses): 30 of 40 (90 of 120) —
// the English cake chat (t15-11) resolves at 78: its plan was told as what a colleague can do ("a dedicated driver can
// have it at your door by 4:30"), now weighed as one naming who does it. After scen15p (the round on t16, t18 and t15 at
// once, after lex22): 33 of 40 (97 of 120) — the zh-Hant lift email (step 5 owed only while she is unhappy with what was
// offered), the zh-Hans lobby at easy and standard (明天傍晚我去信箱那边看一下 is a timed follow-up; 今天下午我就安排 names me
// acting), the English restaurant at easy and standard (the private room she was taken aside to talk in is not the party's
// room; "tell me everything from when you arrived" asks for the story). After scen15q: 35 of 40 (103 of 120) — the
// zh-Hant broadband (t15-07: 對唔住，令你咁辛苦 is an apology for what we caused her, no mock sympathy blaming her) and
// the English lobby (t15-26, the clumsy writer: "I come by your flat tomorow evening to ask…" is a timed follow-up;
// "OK so at night you cant see the box numbers… Right?" gives her situation back).
const thirteenthSet = load('./blind-t15.jsonl');
const T15_FIRST_MISSES = new Set<string>(
  [
    ...['t15-12', 't15-18', 't15-21', 't15-23', 't15-33'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)),
    't15-28/hard',
    // t15-31 at hard cleared by scen15gg ("I can give you my full attention" is no offer: 65 → 76).
  ],
);

describeLaterSet('thirteenth set', 'blind-t15.jsonl', thirteenthSet, T15_FIRST_MISSES);

// A fourteenth blind set of the same kinds (a trainee who asks what she wants before offering, one who offers two or
// three options and lets her choose, one brisk and practical, one in Hong Kong code-switching or Taiwan and mainland
// colloquial style, one who gives her concern back at each step, one who must say no to part of it and offers
// another way; bad trainees who hand her to another department, blame a colleague or rush her; salads that give her
// own words back with apologies and no action), written from the briefings alone on 2026-12-03 as development data
// for scen15o beside t15. First score at dbb45c5, before any rule saw it: 29 of 40 at standard (88 of 120 at the
// three difficulties); the clinic's salad in zh-Hans scored 51 (gaming must stay ≤ 50), and eleven good drills were
// not let resolve at 75 — the cake chat in all three languages, the pram in all three, the lift email in English and
// Hong Kong Chinese, the lobby in Hong Kong Chinese, the restaurant in zh-Hans. The list can only shrink.
// scen15o (the round on t16 and t15) fixed the mechanism behind each miss it reached, for every scenario: an unfinished
// drill in which nothing was ever offered weighs ×0.75, not ×0.85 (the clinic salad's empathy and "we will follow up with
// a satisfactory solution" earned 51; 给您一个满意的解决方案 is a promise, not step 5); a plan told as what a colleague can
// or will do names who does it (the English cake chat, 77); the explained no in more shapes — "should something happen"
// (真出了事), her 家里人 at risk, the reason two clauses on, "I can't let them stay" as the no and never a refusal beside
// its reason; her feeling exclaimed after her situation (太着急了, 真係好大壓力) or 真係 before her hardship (真係唔方便) names
// it, "would upset anyone" as "anyone would be upset" does; "and tell you what I find when I call you at 6" carries on what
// I'll do; a remedy she accepted (time and owner) meets revenge and promise-kept motives; 你想我哋點幫你 asks step 5.
// t16 29 → 33 of 40 at standard, 88 → 100 of 120 (the cake in English and zh-Hans, the salad, the English pram; the
// zh-Hant lobby 51 incomplete → 70 resolved, the zh-Hans pram 48 → 67); t15 87 → 90; t1, t3–t14 unchanged in what behaves.
// Still missed: the cake chat in zh-Hant (74: no feeling named, no open question, no preference asked — a brisk writer),
// the lift email en/zh-Hant (71–73: she closes on the third reply, before ownership or her preference are reached), the
// lobby zh-Hant (70, closes on the third reply), the restaurant zh-Hans, the pram zh-Hant and zh-Hans (her "why only me?").
// lex22b (the reader alone) lifted t16-37 at all three difficulties; with lex22a's reader merged, t16-27 and t16-38 at
// all three and t16-33 at easy and standard (and t11-22 and t18-17 in their sets). scen15p (after lex22: 37 of 40, 111 of
// 120): the lift emails en/zh-Hant and the zh-Hant cake chat behave — step 5 of 000 is "if still unhappy, ask their
// opinion", so a customer who accepted a solution without refusing one or objecting to it was not owed the question, and
// the scorecard no longer counts it missing when she closes on the third reply (scoring/evidence.ts preferenceNotNeeded).
// The zh-Hans restaurant at hard behaves too: 让你们坐在厨房门口，太不应该了 (what was done to her, judged wrong) is no
// longer a seat offered before she has calmed. 40 of 40 at standard, 119 of 120. Still missed: the zh-Hant lift at easy
// (66: she closes on the third reply with ownership never shown).
const fourteenthSet = load('./blind-t16.jsonl');
const T16_FIRST_MISSES = new Set<string>([
  't16-22/easy',
]);

describeLaterSet('fourteenth set', 'blind-t16.jsonl', fourteenthSet, T16_FIRST_MISSES);

// A fifteenth blind set of the same kinds (a nervous trainee who over-apologises but reaches a plan, one who asks two
// or three questions and restates first, one in one- or two-sentence replies, one covering several steps in each
// reply, one who uses her name and title a lot, one in Cantonese-English or Taiwan and mainland colloquial style; bad
// trainees who correct her, lecture her on the rules or promise what they cannot keep; salads stacking apologies,
// "I totally understand" and "we value your feedback" with no action, owner or time), written from the briefings
// alone on 2026-12-03 as development data for the day's second customer round. First score at 4fffbf8 (after
// scen15o and lex22a), before any rule saw it: 35 of 40 at standard (104 of 120); every bad and salad drill behaves.
// The list can only shrink. After lex22 (main at 798c71a): 36 of 40 (107 of 120). scen15p: 39 of 40 (117 of 120) — the
// zh-Hant pram (其他樓層我都會一樣跟進，唔會淨係搵你 answers "why only me?": topic family same-for-all), the zh-Hant airport
// bus (架車就走咗 is what the bus did, not the trainee rushing her), the English clinic ("come back in five minutes to tell
// you" is a timed follow-up). Still missed: the zh-Hant cake chat (72: a brisk writer who never names her feeling nor
// asks her view — the scorecard's observe is right to stay low). The zh-Hans restaurant at hard behaves (91) since 外面吵，
// 我们到旁边包间坐下说 — the noise as the reason to move her somewhere quiet — is no longer "go outside and shout".
// lex31: the zh-Hant cake chat (t18-12) resolves at 78 at standard (every difficulty behaves) — its restatement closed by
// 啱唔啱? is read as a paraphrase, so her situation is shown understood.
const fifteenthSet = load('./blind-t18.jsonl');
const T18_FIRST_MISSES = new Set<string>();

describeLaterSet('fifteenth set', 'blind-t18.jsonl', fifteenthSet, T18_FIRST_MISSES);

// A sixteenth blind set (an ordinary cross-section: each drill a different trainee, the brief favouring no style),
// written from the briefings alone on 2026-12-03 to judge the day's two customer rounds (scen15o, scen15p) and kept
// from both. First score at dbb45c5, before them: 35 of 40 at standard (105 of 120); after both (with the four reader
// rounds) 38 of 40 (114 of 120) — the cake chat in English and zh-Hans and the pram in English now resolve. Still
// missed: the stairwell pram in Hong Kong and mainland Chinese, which end unfinished at 75–77 after six replies (the
// answer is no; she is never ready to close). Every bad and salad drill behaves. The list can only shrink. scen15r (t17 no
// longer a judge): 40 of 40 (120 of 120) — "this week the notice went on every flat with things in the stairwell, not
// only yours" (所有…住戶都…, 唔係淨係你一家, 不只是您家) answers "why only me?" before she asks it, and she remembers it.
const sixteenthSet = load('./blind-t17.jsonl');
const T17_FIRST_MISSES = new Set<string>();

describeLaterSet('sixteenth set', 'blind-t17.jsonl', sixteenthSet, T17_FIRST_MISSES);

// A seventeenth blind set (the same neutral brief as the sixteenth: each drill a different trainee, no style favoured),
// written from the briefings alone on 2026-12-03 to judge the afternoon's two customer rounds (scen15q, scen15r) and
// kept from both. First score at d4fd96e, before them: 35 of 40 at standard (104 of 120). After both (t15 33 → 35,
// t17 38 → 40, their own probes 15 → 19 and 6 → 14): still 35 of 40 (104 of 120) — neither round moved it. Missed:
// the cake chat in zh-Hans (60), the clinic in zh-Hant (70), the lift email in zh-Hans at hard (60), and the stairwell
// pram in all three languages (59–76, unfinished after six replies). Every bad and salad drill behaves. The list can
// only shrink. scen15s (t19 as its development set): 40 of 40 (120 of 120). Causes, fixed for every scenario: the plan
// told as an estimate or as what each colleague will do (陳醫師大概再十分鐘就回來…好不好？, "is expected back", 两名员工都会…)
// names someone to do it; a follow-up timed by what she waits for (司机出发后…发给您, "once he sets off") and brought to her
// door ("bring it up to your flat tomorrow by 6") is heard; the rule the same on every landing of the whole estate
// (全屋苑每個平台都一樣, 对小区每个楼梯平台都一样) answers "why only me?" before she asks; 老人家明早要去医院复诊 (someone else's
// errand) is her story, not her sent to the hospital; "Can I ask how…" is an open question.
const seventeenthSet = load('./blind-t19.jsonl');
const T19_FIRST_MISSES = new Set<string>();

describeLaterSet('seventeenth set', 'blind-t19.jsonl', seventeenthSet, T19_FIRST_MISSES);

// Probe drills of the answer-is-no case (scen15q, tests/transcripts/probe-pram-no.jsonl), written in the session's own
// words before looking at why such drills fail, the way different trainees would say no to the stairwell pram: kindly,
// with her feeling named, the fire-escape rule told as what protects her and her son, and an alternative — the storage
// room, a rack or hooks, a place by the front desk, a spot in the car park, two options and "which suits you?"; three
// gaming drills beside them (keyword salad in zh-Hant and English, warm words and the rule with nothing offered in
// zh-Hans). First score at d4fd96e: 15 of 20 at standard (45 of 60 at the three difficulties). Missed at first: p15q-01
// (72 incomplete: no follow-up ever committed — she asks when and who, by DOMAIN.md right), p15q-11 (61: two options
// and "which suits you?" not heard as offers; 留個位俾你 read as nothing), p15q-15 and p15q-16 (52–64: an alternative
// that is none of her listed remedies — a place behind the front desk, a spot in the car park — met as "nothing in
// particular"), and the zh-Hant salad p15q-20 (resolved at 71 on telegraphic "儲物室今日五點我負責"). The list can only shrink.
// scen15q's mechanism: a place kept for her things wherever it is (幫你騰個位, 给您划出一个车位, 留個位俾你, "set aside a
// spot for you") is the storage remedy in other words and, said as one, an offer (storage family shapes; lexicon
// scen15q-keep-a-place), and 给您找了个地方：… is a place found for her pram, not a quiet room to talk in; in Cantonese
// 真係有火警 … 架車會擋住你哋, 個仔 give her own safety as the no's reason. 18 of 20 at standard (54 of 60). Left: p15q-01
// (right by DOMAIN.md: no follow-up ever committed) and the salad p15q-20 (see scenarios/README.md, scen15q). scen15r:
// p15q-20 no longer resolves (incomplete, ≤ 50) — a remedy's keywords strung between commas are no offer of it
// (reading/bare-keyword.ts). 19 of 20 (57 of 60).
const pramProbes = load('./probe-pram-no.jsonl');
const PRAM_PROBE_FIRST_MISSES = new Set<string>(['p15q-01'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)));

describe('probe drills: the stairwell pram, where the answer is no (tests/transcripts/probe-pram-no.jsonl)', () => {
  it.each(pramProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, PRAM_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// Probe drills of scen15r (tests/transcripts/probe-answers-heard.jsonl), written in the session's own words before
// looking at how they read: six stairwell-pram drills in three languages that answer "why only me?" in words of their
// own — every flat the notice went on, "not only yours", every household treated the same — some before she asks; and
// eight keyword salads over six scenarios (remedy words, times, 我負責 / "I'm responsible" strung between commas with
// apologies). First score on main at e42150d: 6 of 14 at standard (19 of 42) — six salads resolved at 63–73 (the lift
// email not at hard), one scored 52, and the zh-Hant pram's "唔係得你一家" went unheard (78, incomplete). After scen15r:
// 14 of 14 (42 of 42). Four more written later in the round (p15r-15…18: "how do I know this time is different?"
// answered before she asks, in the trainee's own words — "I'm keeping your case myself", 我一個人跟到尾, a direct line)
// scored 11 of 12 on main and on the branch alike: the doubt is already heard that way. p15r-18 at hard ends incomplete
// after its three emails (59): the closing state's line asks her to be told again what time they come tomorrow, which
// the second email gave — a line variant, not a memory of what was said. The list can only shrink.
const heardProbes = load('./probe-answers-heard.jsonl');
const HEARD_PROBE_FIRST_MISSES = new Set<string>(['p15r-18/hard']);

describe('probe drills: answers heard in other words, and keyword lists that name nothing (tests/transcripts/probe-answers-heard.jsonl)', () => {
  it.each(heardProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, HEARD_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// Probe drills of scen15s (tests/transcripts/probe-plans-heard.jsonl), written in the session's own words after t19's causes
// were found and before looking at how the probes read: ten good drills over the pram (the answer is no), the clinic, the
// cake chat and the lift email in three languages — the same rule for "the whole estate" in other words (成個屋苑, 整个小区所有
// 楼道, "every stairwell in the estate"), the plan as an estimate put to her as a question (估计再过十来分钟…行吗？, "is expected
// back… would that be all right?"), a follow-up timed by the driver setting off (司機一出發, "as soon as he's on his way") and
// her father's hospital trip given back — with two keyword salads and one bad drill. First score on main at c89e185: 7 of
// 13 at standard (21 of 39); on the branch with t19's fixes: 10 of 13 (29 of 39). Missed then: the zh-Hant pram (成個屋苑 —
// Cantonese "whole" — not heard: 75 incomplete), the English clinic ("would that be all right?" read as a confirming
// "right?", and "come back over at ten to five to tell you" as nothing: 45), the English cake chat (71), the English lift
// email at hard ("will both be", "half an hour before he leaves" unread: 66). After: 12 of 13 (36 of 39). Left: p15s-07 (the
// English cake chat, 72: "I'm looking into it now" read as a vague promise, and her order read back after "Thanks —" is
// not heard as a restatement). The list can only shrink. scen15w: p15s-07 passes (72 → 75) now that its chat
// questions with choices stand for the open one — 13 of 13.
const planProbes = load('./probe-plans-heard.jsonl');
const PLAN_PROBE_FIRST_MISSES = new Set<string>();

describe('probe drills: plans, follow-ups and the same rule heard in other words (tests/transcripts/probe-plans-heard.jsonl)', () => {
  it.each(planProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, PLAN_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

/**
 * The sets written over the whole library (t20 on): every shipped scenario with a good drill and at least one of the
 * other kinds, all six kinds in the set; every drill at every difficulty, the ones listed as still missed must still
 * miss (the list can only shrink), every other must behave.
 */
function describeLibrarySet(name: string, file: string, set: Transcript[], stillMissed: ReadonlySet<string>): void {
  describe(`blind transcripts of the whole library, ${name} (tests/transcripts/${file})`, () => {
    it('covers every shipped scenario with a good drill and another kind, and all six kinds', () => {
      const byScenario = new Map<string, Set<string>>();
      for (const t of set) byScenario.set(t.scenario, (byScenario.get(t.scenario) ?? new Set()).add(t.kind));
      expect(byScenario.size).toBe(13);
      for (const kinds of byScenario.values()) {
        expect(kinds.has('good')).toBe(true);
        expect(kinds.size).toBeGreaterThanOrEqual(2);
      }
      expect([...new Set(set.map((t) => t.kind))].sort()).toEqual(['bad', 'facts_first', 'good', 'keyword_salad', 'parroted_apology', 'warm_no_substance']);
    });

    it.each(set.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
      holdsOrStillMissed(t, difficulty, stillMissed.has(`${id}/${difficulty}`));
    });
  });
}

/**
 * The sets from t33 on: drills over the whole library (all 13 scenarios, all six kinds, not every scenario with a good
 * drill); the ones listed as still missed must still miss (the list can only shrink), every other must behave.
 */
function describeWholeLibrarySet(file: string, stillMissed: ReadonlySet<string>): void {
  const set = load(`./${file}`);
  describe(`blind transcripts of the whole library (tests/transcripts/${file})`, () => {
    it('covers all 13 shipped scenarios and all six kinds', () => {
      expect(new Set(set.map((t) => t.scenario)).size).toBe(13);
      expect([...new Set(set.map((t) => t.kind))].sort()).toEqual(['bad', 'facts_first', 'good', 'keyword_salad', 'parroted_apology', 'warm_no_substance']);
    });

    it.each(set.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
      holdsOrStillMissed(t, difficulty, stillMissed.has(`${id}/${difficulty}`));
    });
  });
}

// An eighteenth blind set, the first over all 13 scenarios and six kinds (26 good, 4 bad, 4 facts first, 3 keyword
// salad, 3 parroted apologies, 3 warm words with nothing done), written from the briefings alone and scored once at
// c89e185 and again after scen15s, the same both times: easy 38, standard 37, hard 38 of 42. Missed then: the zh-Hans
// angry resident (t20-06, 74 incomplete at standard and hard), the English broadband facts-first drill (t20-10, resolved at
// 75 at easy and standard), the English cake chat (t20-15, 57), the stairwell pram in English and Hong Kong Chinese
// (t20-36, 63; t20-37, 51). It is this round's development set (scen15t). After scen15t: easy 42, standard 41, hard 41 —
// the pram's alternative heard as a place found for it (a safe spot near the lobby, 搵個安全位幫你擺, 找一个地方放婴儿车)
// and its no explained by "That's why…" after the danger; "I can see you're on a 24-month plan" is the account read, not
// empathy; "is going out from our Tai Koo branch now" proposes the cake. Left: t20-06, where she asks twice who pays for
// the ruined paint and light and the drill never answers (a fair customer keeps asking). The list can only shrink.
const eighteenthSet = load('./blind-t20.jsonl');
const T20_FIRST_MISSES = new Set<string>(['t20-06/standard', 't20-06/hard']);

describeLibrarySet('eighteenth set', 'blind-t20.jsonl', eighteenthSet, T20_FIRST_MISSES);

// Probe drills of scen15t (tests/transcripts/probe-places-found.jsonl), written in the session's own words: the stairwell
// pram, where the answer is no, with the alternative as a place found rather than a storage room (a space by the
// management office, beside the mailboxes, 大堂旁边找一个安全的地方, 管理處隔籬搵個位) and the no explained by "which is
// why", 正因为这样, 就係咁, with two salads, warm words and a bad drill. p15t-01…09 were written before any change and scored
// first on main at d1dcdab: 4 of 9 at every difficulty (every gaming and bad drill behaves; the five good drills 49–79
// incomplete). On the branch still 4 of 9, but each good drill now misses only because it never answers her "why only
// me?" (the same rule for everyone, her second want): a fair customer asks it and stays unsettled, so they stay listed.
// Before, p15t-04's "That's why it has to stay clear" and "Here's my suggestion: we make room for your pram…" were read as
// nothing (49 → 60), and p15t-05's 这就是为什么平台上不能放东西 as a rhetorical reproach. p15t-10…12 answer "why only me?" as
// well; written after the family's shapes and before they were read, scored first on main: 0 of 3 (62–73 incomplete); on
// the branch 3 of 3 (80–93 resolved). In all: main 4 of 12 (12 of 36), branch 7 of 12 (21 of 36). The list can only shrink.
const placeProbes = load('./probe-places-found.jsonl');
const PLACE_PROBE_FIRST_MISSES = new Set<string>(['p15t-01', 'p15t-02', 'p15t-03', 'p15t-04', 'p15t-05'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)));

describe('probe drills: the pram given a place found for it, and its no explained (tests/transcripts/probe-places-found.jsonl)', () => {
  it.each(placeProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, PLACE_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// A nineteenth blind set over all 13 scenarios and six kinds (tests/transcripts/blind-t21.jsonl), written from the
// briefings alone and scored once at c89e185 and again after scen15s and scen15t, the same each time: easy 39, standard 39,
// hard 38 of 42. Missed then: the zh-Hans broadband call (t21-07, 69 incomplete at all three), the zh-Hans cake chat
// (t21-15, resolved at 69–73), the zh-Hans shop-floor outburst at hard (t21-33, 70 incomplete: she cools, then heats) and
// the English stairwell pram (t21-37, 63 incomplete at all three). It is this round's development set (scen15u).
// After scen15u: easy 41, standard 42, hard 42 — the fee named first and waived after it (违约金全部免收) and the month's fee
// given back in the trainee's order (返还您这个月的月费) are her remedies; 司机出发了我第一时间… is a follow-up timed by the
// driver setting off; 您肯定急死了 names her feeling; 怎么个不热法？ asks how the fault shows, no reproach; "That's why I
// can't agree to leave them there" is the no explained, not the pram allowed; a wall hook is her rack. Left: t21-15 at
// easy (resolved at 71 on the third reply: a patient customer closes before the chat's follow-ups, and it asked nothing
// open). The list can only shrink. scen15bb: t21-15 resolves at easy too (75): its third reply asks her view on the cake
// already on its way, with a pickup as the other choice — her say given, not a hollow reply (customer/patience.ts).
const nineteenthSet = load('./blind-t21.jsonl');
const T21_FIRST_MISSES = new Set<string>();

describeLibrarySet('nineteenth set', 'blind-t21.jsonl', nineteenthSet, T21_FIRST_MISSES);

// Probe drills of scen15u (tests/transcripts/probe-own-order.jsonl), written in the session's own words after reading
// t21's misses and before any change: mainland Mandarin heavy — the termination fee waived and the month's fee refunded
// in the trainee's own order (违约金我们一分不收, 这个月的月费全部退给您, "the termination fee is waived in full"), a
// follow-up timed by the moment with 了 (司机出发了我马上…, 蛋糕送到了我再…), the Cantonese 我哋而家由太古分店即刻送個…過嚟,
// a diagnostic question about the rice cooker (面板上显示什么？), the pram's no as what the trainee can't agree to or let
// her keep (正因为这样，我不能同意您继续放, 唔可以俾你繼續擺, "I'm not able to let the pram stay"), a wall hook — with a
// keyword salad, warm words and a bad drill. First score on main at 7ec3836: 10 of 11 at every difficulty (30 of 33):
// p15u-01 missed (60–67 incomplete — 说说这几次 read as "as I said many times", 这让您根本没法安心工作 as arguing, and
// neither the fee waived nor the month's fee refunded heard). After scen15u: 11 of 11 (33 of 33). The list can only shrink.
const ownOrderProbes = load('./probe-own-order.jsonl');
const OWN_ORDER_PROBE_FIRST_MISSES = new Set<string>();

describe('probe drills: remedies and refusals in the trainee\'s own order (tests/transcripts/probe-own-order.jsonl)', () => {
  it.each(ownOrderProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, OWN_ORDER_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// A twentieth blind set over all 13 scenarios and six kinds (tests/transcripts/blind-t22.jsonl), written from the
// briefings alone and scored once at 7ec3836 and again after scen15u, the same both times: easy 40, standard 39, hard 38
// of 42. Missed then: the English cake chat (t22-18, 47 incomplete at all three: "Sending an identical…", "Driver's
// leaving now…", "Also refunding your delivery fee…" read as nothing), the English airport coach (t22-21, 62 incomplete:
// "I'm starting the fare refund now", "the fee will be paid with the refund" not heard as his remedy), the English angry
// resident at standard and hard (t22-32, 75–76 incomplete) and the Hong Kong lobby suggestion at hard (t22-41, 61). It is
// this round's development set (scen15v). After scen15v: easy 41, standard 40, hard 39 — remedies said as what is being
// done are proposed (chat gerunds "Sending an identical…", "Also refunding…", "Fixing it now"; "I'm starting the fare
// refund now"; passives "the fee will be paid with the refund"; "Driver's leaving now"), a remedy's topic is heard in the
// passive ("pay the fee" in "the fee will be paid"), and "He'll call you 5 mins before" is a timed follow-up: t22-21
// resolves. Left: t22-18 (47 → 74 resolved: she is heard, but it never takes the case on in words, names her or asks
// anything open, and leaves her "That's it, is it?" for two replies); t22-32, where he asks twice who pays for the ruined
// paint and light fitting and the drill never answers (a fair customer keeps asking, as at t20-06); t22-41 at hard, where
// the drill ignores her "tell me when it's fixed" for a reply, answers it only in its sixth (heard: 換好之後我聽日打俾你,
// and she thanks it) and never asks what she would prefer, which hard asks for — six replies end before she closes.
// The list can only shrink. scen15w: in a chat, a question with choices or a confirming one stands for the open question
// (docs/training-model.md#beyond-the-decks): t22-18 resolves at 76 at every difficulty (easy 42, standard 41, hard 40).
const twentiethSet = load('./blind-t22.jsonl');
const T22_FIRST_MISSES = new Set<string>([
  't22-32/standard', 't22-32/hard',
  't22-41/hard',
]);

describeLibrarySet('twentieth set', 'blind-t22.jsonl', twentiethSet, T22_FIRST_MISSES);

// Probe drills of scen15v (tests/transcripts/probe-said-as-doing.jsonl), written in the session's own words after reading
// t22's misses and before any change: remedies said as what is being done rather than "I'll" — English heavy: chat
// gerunds with no subject ("Arranging an identical cake…", "Booking a technician…"), the present progressive ("I'm
// processing the refund of your fare now", "We're refunding the delivery fee"), passives ("is being prepared", "has been
// refunded already", "will be reimbursed", "a 4G router is being couriered to you tonight"), and chat-style Chinese
// (而家幫你安排緊…, 正在给您办理…退款, 已经帮您申请了…) — with a gerund keyword salad, warm words that tell her story
// and ask a question in the same shapes ("the cake was sent to the wrong address", "Refunding takes a few weeks, they
// said", "Are you sending us a photo…?") and a bad drill that refuses ("Refunding fares is not something I can do").
// First score on main at d75357e: easy 9, standard 8, hard 8 of 11 (25 of 33): p15v-01 resolved at 73 at all three, p15v-03
// 71 incomplete at standard and hard, p15v-11 65–67 resolved at easy and standard and 45 incomplete at hard; every
// gaming and bad drill behaves. After scen15v: 9 of 11 at every difficulty (27 of 33) — p15v-03 resolves once "I'm
// putting it to her today" after the supervisor is heard as escalating. Left: p15v-01 (73: no ownership in words, no
// name, nothing open, and "he'll ring when he's downstairs" has no time) and p15v-11 (65–67, 45 at hard: 明白了：四次断网…
// is not read as a restatement and 太影响工作了 names no feeling — the Chinese listening family, not this round's).
// The list can only shrink. scen15w: p15v-01 passes (73 → 76) now that a chat's question with choices stands for the open one.
const doingProbes = load('./probe-said-as-doing.jsonl');
const DOING_PROBE_FIRST_MISSES = new Set<string>([
  // scen15z: p15v-11 resolves at 75 at easy and standard (its 明白了：四次断网… heard as a restatement of her things).
  'p15v-11/hard',
]);

describe('probe drills: remedies said as what is being done (tests/transcripts/probe-said-as-doing.jsonl)', () => {
  it.each(doingProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, DOING_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// A twenty-first blind set over all 13 scenarios and six kinds (tests/transcripts/blind-t23.jsonl), written from the
// briefings alone and scored once at d75357e and again after scen15v, the same both times: easy 40, standard 37, hard 37
// of 42. Missed then: the Hong Kong shop floor (t23-02, 77 incomplete at all three: her "who do I go to if the new one
// breaks?" met by a call-back the reader took for a deflection), the lift email in Hong Kong Chinese at standard and hard
// (t23-21, 66) and in English at all three (t23-32, 68), and the angry resident in zh-Hans and English at standard and
// hard (t23-23, 74; t23-24, 70: he asks twice who pays for the ruined paint and light fitting). It is this round's
// development set (scen15w). The list can only shrink.
// scen15w: the relief of a plan accepted in a reply the cap cut is carried into the next replies, down to the middle
// band at most (simulate-turn.ts, carryRelief) — a first email that settles everything no longer leaves him angrier for
// good than the same spread over two: t23-21 resolves at standard, t23-32 at easy (easy 41, standard 38, hard 37).
// lex26: "If anything changes on your side, just reply…" in the closing of t23-32's email is no longer read as blaming
// him (blame_customer/en/23): t23-32 resolves at standard too.
const twentyFirstSet = load('./blind-t23.jsonl');
const T23_FIRST_MISSES = new Set<string>([
  't23-02/easy', 't23-02/standard', 't23-02/hard',
  't23-21/hard',
  't23-23/standard', 't23-23/hard',
  't23-24/standard', 't23-24/hard',
  't23-32/hard',
]);

describeLibrarySet('twenty-first set', 'blind-t23.jsonl', twentyFirstSet, T23_FIRST_MISSES);

// Probe drills of scen15w (tests/transcripts/probe-damage-and-chat.jsonl), written in the session's own words after reading
// t23's misses and before any change: the angry resident's damage answered in general words in three languages ("whatever
// the water has spoiled… we'll put it right at our cost", 浸壞咗嘅天花同盞燈…我哋負責幫你執返好, 被水泡坏的地方…由我们负责修好),
// the cake chat confirmed with closed and preference questions only (no open one), the lift email with its escort timed
// by the clock and by the appointment (复诊前一个小时), the shop's "who do I go to if the new one breaks?" answered ahead
// (直接打我手机找我) — with a keyword salad on the damage, warm words about it, a chat that blames her and an email salad.
// First score on main at c6d8edd: 12 of 12 at every difficulty (36 of 36); after scen15w the same. The three angry-resident
// drills pass on main partly for a wrong reason: their restatement names the paint (油漆往下掉, "the paint's coming down"), and
// a remedy's word in a restatement counts as answering his damage question before he asks it (left: see scenarios/README).
// The list can only shrink.
const damageProbes = load('./probe-damage-and-chat.jsonl');
const DAMAGE_PROBE_FIRST_MISSES = new Set<string>();

describe('probe drills: the damage answered in general words, chat questions with choices (tests/transcripts/probe-damage-and-chat.jsonl)', () => {
  it.each(damageProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, DAMAGE_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// A twenty-second blind set over all 13 scenarios and six kinds (tests/transcripts/blind-t24.jsonl), written from the
// briefings alone, kept outside the repository while it judged scen15w and lex25, and scored first at c6d8edd: easy 41,
// standard 39, hard 37 of 42. After scen15w: hard 39 (both lift emails at hard, t24-19 and t24-28, close: the accepted
// plan's carried relief); after lex25 the same. Still missed: the Hong Kong water pump at standard and hard (t24-04, 61–64),
// the English cake chat at all three (t24-07, 54–55: "A driver is taking an identical cake … straight to you … At your
// door by 4:30" is read as no move — a remedy told in the third person's present progressive), and the zh-Hans angry
// resident at standard and hard (t24-24, 73). It becomes the next round's development set. The list can only shrink.
// scen15x: t24-07 now resolves (54–55 → 70–72 at all three): a remedy told as what someone on our side is doing now ("a
// driver is taking… straight to you", propose_solution/en/scen15x-third-party-progressive) and the bare "At your door by
// 4:30." are proposals, and she accepts. Still short of 75: no feeling named, nothing open, no ownership in words. Reading
// its "Fixing it now." as taking the case on lifts it to 75+, but closes t22-18 at easy a reply before its follow-up
// (76 → 74: she no longer asks who will message her), so it was left. Left too: t24-04 (his story
// retold, …維修部話搵工程部…, read as deflect/zh/01, and 以後唔可以再咁 as refuse/zh/02 — the harmful-move lexicon, lex26's)
// and t24-24 (he asks twice who pays for the paint and the lamp; the drill only asks whether anything was spoiled, as
// t23-24 — a fair customer keeps asking).
const twentySecondSet = load('./blind-t24.jsonl');
const T24_FIRST_MISSES = new Set<string>([
  // scen15y: t24-04 (the runaround retold, 以後唔可以再咁) passes at standard and hard.
  't24-07/easy', 't24-07/standard', 't24-07/hard',
  't24-24/standard', 't24-24/hard',
]);

describeLibrarySet('twenty-second set', 'blind-t24.jsonl', twentySecondSet, T24_FIRST_MISSES);

// A twenty-third blind set (tests/transcripts/blind-t25.jsonl), written from the briefings alone on 2026-12-03 night and
// kept outside the repository while it judged scen15x, scen15y, lex26 and lex27: easy 39, standard 38, hard 38 of 42 at
// c6d8edd and after each of them. Missed: the zh-Hans broadband cancellation at all three (t25-01, 72: never resolved in
// seven replies), the zh-Hans pram at all three (t25-04, 69), the zh-Hant clinic at all three (t25-22, resolved at 74) and
// the English pram at standard and hard (t25-26, 64: her hostility climbs back after the third reply). Development data
// from scen15z. The list can only shrink. scen15z: t25-01 resolves (72 → 91 at every difficulty) once 为您免掉违约金 and
// 返还您的月费 are heard (topic families waive-fee and fee-back, the verb first and the fee as hers) and she answers the
// choice by taking the cancellation and saying so (customer/offer.ts, choiceTaken). t25-26 resolves (64 → 78 at standard
// and hard): told before she asks that the rule is the same on every floor, she is answered, not ignored (customer/
// objections.ts, forestalls). Left: t25-04 (69: 后天上午我上楼看看 is not read as a follow-up, so she keeps asking who will
// tell her and when — the follow-up lexicon, lex28's) and t25-22 (74: see scenarios/README.md, scen15z).
const twentyThirdSet = load('./blind-t25.jsonl');
// scen15cc: t25-22 resolves at 78 at all three — 喔，這樣啊 before the offer is an acknowledgement
// (acknowledge/zh/scen15cc-oh-i-see), as scen15z found it would be; t25-04 at 84 — 后天上午我上楼看看 is a timed visit to
// see the fix worked (commit_followup/zh/scen15cc-go-upstairs), so she stops asking who will tell her and when.
const T25_FIRST_MISSES = new Set<string>();

describeLibrarySet('twenty-third set', 'blind-t25.jsonl', twentyThirdSet, T25_FIRST_MISSES);

// A twenty-fourth blind set (tests/transcripts/blind-t26.jsonl), written from the briefings alone on 2026-12-04 and kept
// outside the repository while it judged scen15z: easy 42, standard 41, hard 40 of 42 at fbd4ba3 and after scen15z.
// Missed: the zh-Hans shop-floor outburst at hard (t26-10, 73: her hostility rises after the first reply and takes four
// replies to come down) and the zh-Hant angry resident at standard and hard (t26-27, 73, not resolved in seven replies).
// Development data from the next round. The list can only shrink. After scen15aa: t26-27 resolves at standard and hard (the
// damaged things 受損嗰度我哋都會一齊睇埋點執 answer "who pays for the paint and the light?", and the closing sorry after the
// accepted visit no longer draws "I need someone to fix it"); t26-10 at hard still misses (73: reply 4's new rice cooker is
// now heard as the remedy, but her hostility is still 69 from reply 2's diagnostic question read as blame_customer).
const twentyFourthSet = load('./blind-t26.jsonl');
// The lead, after lex30: 怎么发现…不热 ('how did you notice it was not heating?') is a plain question, not a reproach — t26-10
// resolves at hard.
const T26_FIRST_MISSES = new Set<string>();

describeLibrarySet('twenty-fourth set', 'blind-t26.jsonl', twentyFourthSet, T26_FIRST_MISSES);

// A twenty-fifth blind set (tests/transcripts/blind-t27.jsonl), written from the briefings alone on 2026-12-04 and kept
// outside the repository while it judged scen15z (41/39/39 of 42 before and after) and scen15aa (41/40/40 after: t27-06,
// the English angry resident, resolves at standard and hard). Still missed: the English airport coach at standard and
// hard (t27-01, 74: the refund and the loss paid told as the rule applied — "When a coach leaves before the ticketed
// time … we refund the fare and pay the direct loss" — is read as no move), and the English water pump at all three
// (t27-40, 69: "if it can't be repaired" read as arguing and "more patient than you should ever have had to be" as
// blame and the listed 'you should'). Development data from the next round. The list can only shrink.
// scen15bb: t27-01 resolves at standard and hard — the remedy told as the rule applied to his case is an offer
// (propose_solution/en/scen15bb-rule-applied), "Any other costs need my supervisor's approval; I'll put them to her today"
// puts his airport costs forward (scenario/escalate/en/02), and "would you like anything done differently?" asks his view.
const twentyFifthSet = load('./blind-t27.jsonl');
// The lead's precision fix after lex29: 'than you should ever have had to be' and 'if it can't be repaired' no longer
// read as blame and arguing — t27-40 resolves at all three.
const T27_FIRST_MISSES = new Set<string>();

describeLibrarySet('twenty-fifth set', 'blind-t27.jsonl', twentyFifthSet, T27_FIRST_MISSES);

// A twenty-seventh blind set (tests/transcripts/blind-t29.jsonl), written from the briefings alone on 2026-12-04 by
// someone who never read the scenario files, and scored first at 8d0b8c5: easy 41, standard 40, hard 41 of 42. Missed:
// the zh-Hant angry resident at standard and hard (t29-06, 73 incomplete: he asks who pays for the ruined paint and lamp
// and the last reply thanks and apologises instead of answering — a fair customer keeps asking; before that his fourth
// line tells when it started and asks for the owner's number right after the trainee said he would contact the owner
// himself) and the zh-Hans cake chat's facts-first drill at easy and standard (t29-16, resolved at 83 and 81: three cold
// replies of nothing but facts — 请提供订单号, 请确认收货地址和联系电话, the delivery slot — take her to 99, then warmth and
// a remedy resolve it, and emotion-first lost nothing because none of the three was read as a question). Development
// data of scen15cc. The list can only shrink.
// scen15cc: a reply of facts alone before her feeling was met costs emotion-first as much as a question
// (scoring/rules/feelings-first.ts, COLD_POINTS): t29-16 scores 72 and 70 (facts first, under 75). t29-06 no longer asks
// for the owner's number the trainee said he would contact himself (customer/questions.ts: a fact's closing question the
// reply's own plan answers is dropped); it still misses, fairly — the paint and the lamp are never answered.
const twentySeventhSet = load('./blind-t29.jsonl');
const T29_FIRST_MISSES = new Set<string>([
  't29-06/standard', 't29-06/hard',
]);

describeLibrarySet('twenty-seventh set', 'blind-t29.jsonl', twentySeventhSet, T29_FIRST_MISSES);

// A twenty-eighth blind set (tests/transcripts/blind-t30.jsonl), written from the briefings alone on 2026-12-04 by someone
// who never read the scenario files, and kept outside the repository while it judged scen15cc and the reader rounds lex31
// and lex32. First score at 8d0b8c5: easy 41, standard 40, hard 39 of 42 — missed the zh-Hans airport coach's facts-first
// drill at all three (t30-03, resolved at 76–78), the zh-Hant angry resident at standard and hard (t30-05, 76 incomplete)
// and the English restaurant at hard (t30-30, 61). After scen15cc: 42/41/40 (t30-03 scores as facts first: its cold
// replies now cost emotion-first); after lex32 and lex31: 42/42/41 (t30-05 resolves). Left: t30-30 at hard (her hostility
// climbs on the third reply and stays high). Development data from the next round. The list can only shrink.
const twentyEighthSet = load('./blind-t30.jsonl');
const T30_FIRST_MISSES = new Set<string>(['t30-30/hard']);

describeLibrarySet('twenty-eighth set', 'blind-t30.jsonl', twentyEighthSet, T30_FIRST_MISSES);

// A twenty-ninth blind set (tests/transcripts/blind-t31.jsonl), written from the briefings alone on 2026-12-04 by someone
// who never read the scenario files, after this session's rounds (scen15cc, lex31, lex32), and scored once at 728c576
// before any rule saw it: easy 39, standard 39, hard 39 of 42. Missed: the zh-Hans airport coach's facts-first drill at easy
// (t31-04, resolved at 88: her hostility was low from the start, so cold facts cost little), the zh-Hant angry resident at
// standard and hard (t31-06, 75 incomplete within seven replies), the English broken promise at all three (t31-11, 71
// incomplete: her hostility rises on the third and fourth replies) and the zh-Hans lobby suggestion at all three (t31-26,
// 64 incomplete although her hostility falls to 0 by the third reply). Development data from the next round. The shop-floor
// outburst has no good drill in this set, so it is checked per drill only. The list can only shrink.
const twentyNinthSet = load('./blind-t31.jsonl');
const T31_FIRST_MISSES = new Set<string>([
  // t31-04 at easy cleared by scen15gg (its 「好的，」 before the questions is not the feeling met: 84 → 73).
  ...['t31-06'].flatMap((id) => ['standard', 'hard'].map((d) => `${id}/${d}`)),
  // t31-11 cleared by scen15ee (a named, owned, timed step after the plan is accepted is the follow-up).
  ...['t31-26'].flatMap((id) => DIFFICULTIES.map((d) => `${id}/${d}`)),
]);

describe('blind transcripts of the whole library, twenty-ninth set (tests/transcripts/blind-t31.jsonl)', () => {
  it('covers all 13 shipped scenarios and all six kinds', () => {
    expect(new Set(twentyNinthSet.map((t) => t.scenario)).size).toBe(13);
    expect([...new Set(twentyNinthSet.map((t) => t.kind))].sort()).toEqual(['bad', 'facts_first', 'good', 'keyword_salad', 'parroted_apology', 'warm_no_substance']);
  });

  it.each(twentyNinthSet.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, T31_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// A thirtieth blind set (tests/transcripts/blind-t32.jsonl), written from the briefings alone on 2026-12-04 by someone
// who never read the scenario files, and scored once at 335ab85 before any rule saw it: easy 38, standard 38, hard 38 of 42.
// It judged scen15dd and lex33: 38/38/38 after each. Missed at every difficulty: the zh-Hans broken promise's warm drill with
// nothing done (t32-13, 53: not resolved, but scored over 50), the zh-Hant clinic wait's good drill (t32-18, 69 incomplete
// though her hostility falls to 0–3), the zh-Hans restaurant's facts-first drill (t32-32, resolved at 75–78) and the English
// pram in the stairwell's good drill (t32-37, 71 incomplete: "Tell me what you have in mind" right after a storage room was
// offered). Development data from the next round. The list can only shrink.
const thirtiethSet = load('./blind-t32.jsonl');
// scen15ee cleared t32-18 and t32-37 (a named, owned, timed step after the plan is accepted is the follow-up: she closes on
// it and no longer asks "will you come and call me? when?" after "I'll bring you in myself as soon as Dr Chen is back").
// scen15ff cleared t32-13 (the card promised only for "very soon" is nothing offered: 53 → 47) and t32-32 (her booking read
// back alone before any word for her feeling is facts first: 75–78 → 72–74).
const T32_FIRST_MISSES = new Set<string>();

describe('blind transcripts of the whole library, thirtieth set (tests/transcripts/blind-t32.jsonl)', () => {
  it('covers all 13 shipped scenarios and all six kinds', () => {
    expect(new Set(thirtiethSet.map((t) => t.scenario)).size).toBe(13);
    expect([...new Set(thirtiethSet.map((t) => t.kind))].sort()).toEqual(['bad', 'facts_first', 'good', 'keyword_salad', 'parroted_apology', 'warm_no_substance']);
  });

  it.each(thirtiethSet.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, T32_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// The t33 set, 42 drills over all 13 scenarios and six kinds, written from the briefings alone on 2026-12-04 by a writer who
// never read the scenario files, kept outside the repository while it judged scen15ff and scen15gg. First score at d8dca42,
// before either: easy 42, standard 41, hard 40 of 42; the same after scen15ff, lex35 and scen15gg. Missed: t33-05 at standard
// and hard (zh-Hant angry resident, good, 75 unfinished after seven replies: the trainee never answers his question of who
// pays for the stained ceiling and the lamp — a fair customer keeps asking, so this one is the drill's) and t33-21 at hard
// (English lift-outage email, good, 65 unfinished after four emails: the first reply's 8:45 a.m. staff visit is asked for
// again — "please write again what time they're coming" — and thanks are answered "I am still waiting for it in writing").
// Development data for a later round. The list can only shrink.
const T33_FIRST_MISSES = new Set<string>(['t33-05/standard', 't33-05/hard', 't33-21/hard']);

describeWholeLibrarySet('blind-t33.jsonl', T33_FIRST_MISSES);

// The t35 set, 42 drills over all 13 scenarios and six kinds, written from the briefings alone by a writer who never
// read the scenario files; the development set of scen15gg. First score at 55c823b (main after scen15ff), before any change:
// easy 37, standard 37, hard 36 of 42. Misses: t35-02 at easy (zh-Hans airport bus, facts first resolved at 87), t35-04 at
// standard and hard (zh-Hant angry resident, 67 unfinished: "who pays for the ceiling?" answered with a call by 7 tonight
// to say how it is repaired and who pays, then "you haven't answered me"), t35-16 at all three (zh-Hant clinic, 62
// unfinished: 「陳醫師大概再十分鐘就回來，您是他回來後第一位」 not heard as seeing her first), t35-23 at all three (English lobby,
// facts first resolved at 77: "OK. Which mailboxes exactly…?" credited as meeting her feeling), t35-28 at hard (zh-Hant
// restaurant, 67: 「係系統定係同事出錯」 read as deflect and blame_colleague), t35-30 at all three (zh-Hans restaurant, facts
// first resolved at 76–81 behind 「好的，」), t35-31 at all three (English shop floor, 70: "No, it isn't heating at all" read
// as argue). scen15gg cleared t35-23 and t35-30 (a bare 「好的，」／"OK" before the questions is not the feeling met: 77 → 62,
// 76–81 → 65–70), t35-04 (the angry resident's damage-cost is answered by the owner's dated call about the damage: 67 → 86),
// t35-16 (seeing her first when the doctor is back is the see-now remedy: 62 → 85) and t35-31 ("No, it isn't heating at all"
// confirms the fault; "I can give you my full attention" is no offer: 70 → 81). Left: t35-02 at easy (facts first resolved
// at exactly 75 after 87: two facts-first replies cost emotion-first all they can; scen15hh: two such replies keep the score
// at 74 at most, so it behaves) and t35-28 at hard (the reader's:
// 「係系統定係同事出錯」 read as deflect and blame_colleague, 「保證唔會再」 as overpromise). The list can only shrink.
const T35_FIRST_MISSES = new Set<string>([
  't35-28/hard',
]);

describeWholeLibrarySet('blind-t35.jsonl', T35_FIRST_MISSES);

// Probe drills of scen15cc (tests/transcripts/probe-cold-and-told.jsonl), written in the session's own words after reading
// t29-06 and t29-16 and before any change: facts first in three languages whose cold replies are requests or facts the
// reader hears as no move ("Order number please.", 請提供你嘅賬戶號碼同安裝地址。, 系统显示该班次昨天下午…发车。) before warmth
// and a remedy; a good phone drill that opens with a bare greeting; and the angry resident in English and zh-Hans whose
// plan says the trainee will contact the owner upstairs himself. First score on main at 8d0b8c5: easy 4, standard 6, hard
// 5 of 6 — p15cc-01 and p15cc-02 at easy (facts first resolved at 81 and 78) and p15cc-06 at hard (63: 浴室那边漏成什么样
// read as blame_colleague, 如果是楼上的问题 as deflect). After the scoring rule: 6/6/5 (p15cc-01 and 02 at easy 70); after
// the two vetoes (blame_colleague/zh/scen15cc-not-where-it-leaks, deflect/zh/scen15cc-if-theirs-i-take-it): 6/6/6
// (p15cc-06 at hard 91; p15x-07, misread the same way, 83–87 → 89). The list can only shrink.
const coldProbes = load('./probe-cold-and-told.jsonl');
const COLD_PROBE_FIRST_MISSES = new Set<string>();

describe('probe drills: cold replies before the feeling, the plan that answers her question (tests/transcripts/probe-cold-and-told.jsonl)', () => {
  it.each(coldProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, COLD_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// Probe drills of scen15bb (tests/transcripts/probe-rule-applied.jsonl), written in the session's own words after reading
// t27-01 and before any change: the remedy told as the rule being applied to the customer's case, in three languages
// ("Where a coach leaves before its ticketed time… we refund the fare in full and pay the rebooking fee against the
// receipt", 按規定我哋會全數退返車費同賠償改機費用, 按规定我们会退还票款并赔偿改签费用; the cake chat's "when a delivery misses its
// slot, we refund the delivery fee"), the costs beyond the rules put to a supervisor — with two bad drills whose rule refuses
// ("Our rules only allow a refund within 24 hours", 按規定我哋只會喺開車前二十四個鐘退票), a keyword salad and warm words.
// First score on main at 57163c4: 6 of 9 at every difficulty (18 of 27): p15bb-02 (67: 改機費用 not heard as the rebooking
// fee), p15bb-04 (62: the rule applied read as cite_policy alone, the supervisor's approval not as putting it forward),
// p15bb-05 (68–69). After scen15bb: 8 of 9 at every difficulty. Left: p15bb-05 (69, resolved: the remedies are all heard;
// it restates nothing and asks nothing open, so listening and asking score low — the drill's, not the engine's).
// The list can only shrink.
const ruleProbes = load('./probe-rule-applied.jsonl');
const RULE_PROBE_FIRST_MISSES = new Set<string>(['p15bb-05/easy', 'p15bb-05/standard', 'p15bb-05/hard']);

describe('probe drills: the remedy told as the rule applied (tests/transcripts/probe-rule-applied.jsonl)', () => {
  it.each(ruleProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, RULE_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// Probe drills of scen15x (tests/transcripts/probe-third-party-and-choices.jsonl), written in the session's own words
// after reading t24-07 and the trainee's report, before any change: a remedy told as what someone on our side is doing
// now ("a van is heading over with it… Outside your door by 4:30", 同事而家帶緊…由分店出發, 维修师傅正在往您家赶, "our service
// engineer is coming out… the factory is preparing a brand-new pump"), and choices that hold what she wants ("a
// replacement cake brought to you by 4:30, or a full refund?", 做一个一模一样的…专人送到；或者全额退款, 派師傅上門免費維修，
// 定係直接退錢, 换一台全新的，或者全额退款) — with a keyword salad of both, a bad chat whose driver "is taking a lot of orders"
// and whose choice holds nothing she wants, and warm words offering only another day.
// First score on main at 8a39bb8: easy 7, standard 6, hard 6 of 11 (19 of 33). Missed: p15x-01 (60: the van heading over
// read as no move), p15x-02 (67: 帶緊…出發 proposed but naming no remedy), p15x-04 (64: the replacement cake not heard in
// the choice, so she answers "What good is money?" as if only the refund were offered), p15x-07 at standard and hard
// (70: 师傅正在往您家赶 read as no move; 现在浴室那边漏成什么样？ read as blaming a colleague) and p15x-11 (62–66: after the
// choice she asks "if the new one breaks, who do I go to?" and 直接打我手机找我 in a thanks is not heard). The list can only
// shrink. After scen15x: 10 of 11 at every difficulty (30 of 33) — p15x-01, 02 and 07 once a colleague's progress is
// proposed (propose_solution/en|zh/scen15x-third-party-progressive) and names her remedy (topic family brought-to-her),
// p15x-04 once the replacement brought to her is heard in the choice and a choice's options are all on offer
// (customer/offer.ts, putsAChoice). Left: p15x-11 (a call to my mobile is not read as a follow-up: commit_followup/en/not-02
// decides "you call me" is not one, and the shop's "who do I go to?" waits for one).
const choiceProbes = load('./probe-third-party-and-choices.jsonl');
const CHOICE_PROBE_FIRST_MISSES = new Set<string>([
  'p15x-11/easy', 'p15x-11/standard', 'p15x-11/hard',
]);

describe('probe drills: remedies told as what a colleague is doing, choices that hold what she wants (tests/transcripts/probe-third-party-and-choices.jsonl)', () => {
  it.each(choiceProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, CHOICE_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// Probe drills of scen15z (tests/transcripts/probe-choices-and-no.jsonl), written in the session's own words after reading
// t25-01, 04 and 26 and before any change: a choice of two remedies she would take in the trainee's verb-first words
// (免掉您的违约金, 免咗你嘅解約費, "waive your termination fee", 返还当月的月费, 退返你嘅月費, "refund your monthly fee") with a
// zh-Hans keyword salad of them; and the stairwell pram in three languages where "why only me?" is answered before she asks
// it and the no is explained, with a bad English drill. First score on main at fbd4ba3: easy 7, standard 7, hard 6 of 8.
// Missed: p15z-03 (71 incomplete at all three: neither the waived fee nor the refunded monthly fee heard, so she answers the
// technician alone with "What about this month's fee?") and p15z-05 at hard (57: the plain restatement and the no
// explained read as nothing, so her hostility climbs). After the topic families: p15z-03 resolves; after her things read back
// as hers (paraphrase/her-things: "A tiny flat where the door won't open…, and your son to take to nursery every morning.")
// and the same rule told before she asks heard as an answer: p15z-05 at hard. 8 of 8 at every difficulty.
const choiceAndNoProbes = load('./probe-choices-and-no.jsonl');
const CHOICE_AND_NO_PROBE_FIRST_MISSES = new Set<string>();

describe('probe drills: choices in the trainee\'s own words, and the no with its answer given first (tests/transcripts/probe-choices-and-no.jsonl)', () => {
  it.each(choiceAndNoProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, CHOICE_AND_NO_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// Probe drills of scen15aa (tests/transcripts/probe-damage-sorted-and-fetched.jsonl), written in the session's own words
// after reading t26-10 and t26-27 and before any change: the angry resident in three languages whose damage is answered as
// looked at and sorted out rather than repaired ("we'll come and look at whatever got damaged together and sort it out",
// 油漆同盞燈嗰啲整壞咗嘅地方…同你一齊睇，跟住搞掂佢, 受损的部分…一起看怎么处理), the shop-floor outburst in three languages
// whose new rice cooker is told as what the trainee is fetching now ("I'm fetching the same model from our stockroom right
// now", 我而家入貨倉攞部同款全新嘅出嚟, 我这就去库房拿一台全新的同款出来), and an English keyword salad of the damage. First
// score on main at fb6bf78: easy 7, standard 6, hard 5 of 7 (the three angry-resident probes already resolved there: the
// plumber and the follow-up carry them). Missed: p15aa-04 at hard (walked out, 36: the fetched cooker heard as a paraphrase
// only) and p15aa-05 at standard and hard (70/69: reply 5's 問下新嗰部用成點 read as deflect, so she answers the accepted
// replacement with "又係規矩、又係禮拜一！" — a misreading for the lexicon's owner, left). After scen15aa: p15aa-04 resolves.
const fetchedProbes = load('./probe-damage-sorted-and-fetched.jsonl');
const FETCHED_PROBE_FIRST_MISSES = new Set<string>(['p15aa-05/standard', 'p15aa-05/hard']);

describe('probe drills: the damage looked at and sorted out, a replacement fetched now (tests/transcripts/probe-damage-sorted-and-fetched.jsonl)', () => {
  it.each(fetchedProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, FETCHED_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// Probe drills of scen15dd (tests/transcripts/probe-said-and-not-said.jsonl), written in the session's own words after the
// play-through reports: the angry resident in three languages, good handling with a bare 好 / 嗯 / "OK." as the second reply
// and a plan with a time and a call-back. First score on main at 335ab85: 3 of 3 at every difficulty — the reports were about
// what the customer says, not how the drill ends: on main p15dd-01's 好 drew 「我不是来听安慰的，我要一个解决办法。」 (nothing
// comforting was said), on the branch 「那你实际上会怎样处理？」 (whatExactly); 嗯 and "OK." bring out his story on both. A fourth
// drill, the lost phone opened with a plan before any listening, was dropped as not a good drill. The list can only shrink.
const saidProbes = load('./probe-said-and-not-said.jsonl');
const SAID_PROBE_FIRST_MISSES = new Set<string>();

describe('probe drills: a bare reply mid-drill and a plan with its call-back (tests/transcripts/probe-said-and-not-said.jsonl)', () => {
  it.each(saidProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, SAID_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// Probe drills of scen15ff (tests/transcripts/probe-warm-and-facts-first.jsonl), written in the session's own words after
// reading t32-13 and t32-32 and before any change: warm words with the thing she came for promised for "soon" in three
// scenarios and languages (p15ff-01 to 03), facts first with a read-back of her records before the feeling in three
// (p15ff-04 to 06), good handling with a bare 好 / 嗯 / "ok" twice mid-drill (p15ff-07, 08) and a zh-Hans bad drill of
// lectures that blame nobody (p15ff-09). First score at d8dca42 (main): easy 5, standard 4, hard 4 of 9 — p15ff-01 and 02
// (warm, 53 and 57), p15ff-04 and 06 (facts first resolved at 75–79) and p15ff-08 at standard and hard. After scen15ff:
// easy 7, standard 7, hard 8. Left: p15ff-04 at easy and p15ff-06 at easy and standard (facts first resolved at exactly 75:
// two cold replies and a read-back cost emotion-first all it has, and the rest is good handling), and p15ff-08 at standard
// and hard, the same on main (walked out on reply 4: 好, an open question he answers curtly while still hot and 嗯 use up
// his patience — the bare replies are the drill's fault, not a misreading). After scen15hh p15ff-04 and p15ff-06 behave: two
// replies of facts before the feeling keep the score at 74 at most (scoring/weights.ts). The list can only shrink.
const warmProbes = load('./probe-warm-and-facts-first.jsonl');
const WARM_PROBE_FIRST_MISSES = new Set<string>(['p15ff-08/standard', 'p15ff-08/hard']);

describe('probe drills: warm words with "soon", a read-back before the feeling, bare replies and lectures (tests/transcripts/probe-warm-and-facts-first.jsonl)', () => {
  it.each(warmProbes.flatMap((t) => DIFFICULTIES.map((d) => [t.id, t.kind, d, t] as const)))('%s (%s, %s)', (id, _kind, difficulty, t) => {
    holdsOrStillMissed(t, difficulty, WARM_PROBE_FIRST_MISSES.has(`${id}/${difficulty}`));
  });
});

// The t37 set, 42 drills over all 13 scenarios and six kinds, written by someone who never read the rules; the development
// set of scen15hh. First score at main 3e737e7, before any change: easy 42, standard 41, hard 41 of 42. Missed: t37-05 at
// standard and hard (English angry resident, good, 73/72 unfinished after seven replies). His read-back asked as "Is that
// right?", "Does 3 o'clock suit you…?" and "Is there anything else you'd like us to do?" each drew "That's everything I know.
// Now it's your turn to do something." — an answer to a request for more of his story that was never made. After scen15hh
// he confirms the read-back ("Yes, that's right.") and pushes on, and hears the other two as questions about the plan; he
// still ends unfinished, because the trainee never answers his "who pays for the paint and the light?" — a fair customer
// keeps asking, so this one is the drill's. The list can only shrink.
const T37_FIRST_MISSES = new Set<string>(['t37-05/standard', 't37-05/hard']);

describeWholeLibrarySet('blind-t37.jsonl', T37_FIRST_MISSES);

// The t36 and t38 sets, 42 drills each over all 13 scenarios and six kinds, written from the briefings alone by two
// writers who never read the rules or the scenario files, and kept outside the repository while they judged this
// evening's rounds (scen15hh, scen15ii, the second read-through, ui6, guided-register). First score at main 3e737e7,
// before any change: 42/42/42 each; the same after every round. They now guard against regressions.
describeWholeLibrarySet('blind-t36.jsonl', new Set());
describeWholeLibrarySet('blind-t38.jsonl', new Set());
