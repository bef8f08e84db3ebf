// Audit (scen15dd): does the customer answer something that was not said? For every shipped scenario and language, plays
// the scenario's own model answers for 0…6 replies, then one bland reply (好, 嗯, 收到, OK, ok), and names the family of
// every line the customer says to it (a remark, a reaction, a state line, a fact, an objection…). A family whose words
// presuppose something a bland reply never says — nice words (noSubstance), an apology (repeatedApology), the same
// reply again (parroted), a question (alreadyTold, nothingMore, wantsAgain), a promise (askWhen, askWho), a harmful
// reply (warning), or any reaction that listens for moves — is listed as SUSPECT.
// scen15ff widens it to the class "a line reacting to a move the reply did not make": a greeting alone (Hi, Good afternoon,
// 你好) beside the bland replies, where her story (a fact told unasked: "go on" was not said) is also SUSPECT; and a lecture
// that blames nobody (大家都要排隊，做人要有啲耐性), where a reaction that listens for blame_customer is SUSPECT unless the
// reader read blame in it.
//   npx tsx scripts/audit-presupposed-lines.ts [--all]    (--all also lists the fair lines)
import { createReader } from '../src/domain/reading/read-reply.ts';
import type { Locale } from '../src/domain/reply/reply.types.ts';
import { initialSimState, simulateTurn } from '../src/domain/customer/simulate-turn.ts';
import { DEFAULT_REMARKS } from '../src/domain/customer/default-lines.ts';
import { isEndState } from '../src/domain/scenario/end-states.ts';
import type { LocalizedText, Scenario, SimState } from '../src/domain/scenario/scenario.types.ts';
import { shipped, SHIPPED_IDS } from '../src/domain/scenario/test-support/shipped.ts';

const LOCALES: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
const BLAND: Record<Locale, string[]> = { 'zh-Hant': ['好', '嗯', '收到', 'OK'], 'zh-Hans': ['好', '嗯', '收到', 'OK'], en: ['ok', 'OK'] };
/** A greeting on its own, and a greeting with the trainee's name and desk (the reader may read this one as greet). */
const GREETING: Record<Locale, string[]> = {
  'zh-Hant': ['你好', '你好，我係客戶服務部嘅阿明。'],
  'zh-Hans': ['你好', '你好，我是客户服务部的小明。'],
  en: ['Hi', 'Good afternoon', 'Good afternoon, this is Sam from customer service.'],
};
/** A lecture that blames nobody: patience and queues, not her fault. */
const LECTURE: Record<Locale, string[]> = {
  'zh-Hant': ['唉，個個都要排隊㗎啦，做人要有啲耐性先得㗎。'],
  'zh-Hans': ['哎，大家都得排队，做人要有点耐心才行嘛。'],
  en: ["Well, everyone has to wait their turn, you know. That's just how things work — a little patience goes a long way."],
};
/** Families whose words say the reply held something a bland reply never holds. */
const PRESUPPOSING: Record<string, string> = {
  'remark/noSubstance': 'nice words',
  'remark/repeatedApology': 'an apology',
  'remark/parroted': 'the same reply again',
  'remark/alreadyTold': 'a question',
  'remark/nothingMore': 'a question',
  'remark/wantsAgain': 'being asked what she wants',
  'remark/askWhen': 'a promise',
  'remark/askWho': 'a promise',
  'remark/warning': 'a harmful reply',
};

function families(s: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  const add = (lines: readonly LocalizedText[] | LocalizedText | undefined, family: string) => {
    for (const l of lines === undefined ? [] : Array.isArray(lines) ? lines : [lines as LocalizedText]) if (!out.has(l.en)) out.set(l.en, family);
  };
  for (const [id, lines] of Object.entries(s.remarks ?? {})) add(lines as LocalizedText[], `remark/${id}`);
  for (const [id, lines] of Object.entries(DEFAULT_REMARKS)) add(lines, `remark/${id}`);
  s.reactions.forEach((r) => add(r.say, `reaction/${r.id}`));
  for (const [id, st] of Object.entries(s.states)) for (const band of ['high', 'mid', 'low'] as const) add(st.lines[band], `state/${id}/${band}`);
  s.facts.forEach((f) => {
    const lines = f as unknown as Record<string, LocalizedText | undefined>;
    add(lines.says, `fact/${f.id}`);
    add(lines.curt, `fact/${f.id}/curt`);
    add(lines.again, `fact/${f.id}/again`);
  });
  s.objections.forEach((o) => { add(o.says, `objection/${o.id}`); add(o.answered, `objection/${o.id}/answered`); });
  s.wants.remedies.forEach((r) => add(r.says, `remedy/${r.id}`));
  add(s.wants.says, 'wants');
  for (const [id, e] of Object.entries(s.endStates)) add([e.line], `end/${id}`);
  return out;
}

const strip = (t: string) => t.replace(/\{name\}[，,]\s*/g, '').replace(/\{[a-zA-Z]+\}/g, '');
const all = process.argv.includes('--all');
const suspects = new Map<string, number>();
for (const id of SHIPPED_IDS) {
  const s = shipped(id);
  const read = createReader(s);
  const fam = families(s);
  for (const locale of LOCALES) {
    for (let k = 0; k <= 6; k++) {
      let sim: SimState = initialSimState(s, 1);
      const used = new Map<string, number>();
      for (let i = 0; i < k && !isEndState(sim.state); i++) {
        const list = s.modelAnswers[sim.state] ?? [];
        const n = used.get(sim.state) ?? 0;
        used.set(sim.state, n + 1);
        const text = strip(list[n % Math.max(1, list.length)]?.[locale] ?? '');
        if (!text) break;
        sim = simulateTurn(s, sim, text, read(text, { locale }));
      }
      if (isEndState(sim.state)) continue;
      const probes = [
        ...BLAND[locale].map((text) => ({ text, kind: 'bland' as const })),
        ...GREETING[locale].map((text) => ({ text, kind: 'greeting' as const })),
        ...LECTURE[locale].map((text) => ({ text, kind: 'lecture' as const })),
      ];
      for (const { text: bland, kind } of probes) {
        const after = simulateTurn(s, sim, bland, read(bland, { locale }));
        const turn = after.turns.at(-1)!;
        const acts = turn.analysis.acts;
        for (const line of turn.customer) {
          // A line two families share is the fired reaction's when that reaction says it.
          const fired = s.reactions.find((r) => r.id === turn.reaction);
          const family = fired?.say?.some((l) => l.en === line.en) ? `reaction/${fired.id}` : (fam.get(line.en) ?? '?');
          let why: string | null;
          if (kind === 'lecture') {
            // The lecture is harmful (a warning is fair); a reaction that listens for blame answers blame it did not hold.
            const listensForBlame = fired !== undefined && family === `reaction/${fired.id}` && (fired.when.anyActs ?? []).includes('blame_customer');
            why = listensForBlame && !acts.includes('blame_customer') ? 'blame (a lecture that blamed nobody)' : null;
          } else {
            const reactionOnMoves = family.startsWith('reaction/') && acts.length > 0 && !(kind === 'greeting' && acts.every((m) => m === 'greet'));
            const story = family.startsWith('fact/') && !family.endsWith('/curt') ? "being invited to tell her story (\"go on\")" : null;
            why = PRESUPPOSING[family] ?? story ?? (reactionOnMoves ? `a reaction on ${acts.join('+')}` : null);
          }
          if (why) suspects.set(`${id} ${family} (presupposes ${why})`, (suspects.get(`${id} ${family} (presupposes ${why})`) ?? 0) + 1);
          if (why || all) console.log(`${why ? 'SUSPECT' : 'fair   '} ${id} ${locale} after ${k} model answers, "${bland}" [${turn.analysis.acts.join(',')}] → ${family}: ${line[locale]}${why ? `  — presupposes ${why}` : ''}`);
        }
      }
    }
  }
}
console.log(`\n${[...suspects.values()].reduce((a, b) => a + b, 0)} suspect lines in ${suspects.size} suspect families:`);
for (const [k, n] of [...suspects].sort()) console.log(`  ${k}: ${n}`);
