// Prints the realism numbers of every golden transcript (turns, outcome, scores, hostility curve).
// Usage: npx tsx scripts/realism-report.mts <scenario id> [fake|real] [v]
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parseScenario } from '../src/domain/scenario/parse-scenario.ts';
import { runDrill } from '../src/domain/scenario/run-drill.ts';
import { scoreDrill } from '../src/domain/scoring/score-drill.ts';
import { keywordClassifier } from '../src/domain/scenario/test-support/keyword-classifier.ts';
import { classifyReply } from '../src/domain/reply/classify.ts';
const id = process.argv[2] ?? 'angry-resident';
const which = process.argv[3] ?? 'fake';
const verbose = process.argv[4] === 'v';
const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
const sc = parseScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')));
const { golden } = await import(`../src/domain/scenario/golden/${id}.golden.ts`);
for (const kind of ['good', 'bad', 'factsFirst'] as const) {
  for (const loc of ['zh-Hant', 'zh-Hans', 'en'] as const) {
    const replies = loc === 'zh-Hans' ? golden.replies[kind]['zh-Hant'].map(toHans) : golden.replies[kind][loc];
    const run = runDrill(sc, replies, { classify: which === 'fake' ? keywordClassifier : classifyReply, locale: loc });
    const card = scoreDrill(sc, { ...run, locale: loc });
    console.log(kind.padEnd(10), loc.padEnd(7), run.outcome.padEnd(10), run.sim.turn, 'score', card.score, JSON.stringify(card.dimensions), card.hostility.join(' '));
    if (verbose) for (const t of card.turns) console.log('   ', t.acts.join(','), '|', t.forbidden.map(f=>f.phrase).join(','), '|', t.hostility, t.customer.slice(0, 60));
  }
}
