// Prints the realism numbers of every golden transcript with the real classifier: outcome, the reply on
// which the drill ended, overall score, emotionFirst and the hostility curve.
// Usage: npx tsx scripts/realism-report.ts [scenario id…] [--verbose]
import * as OpenCC from 'opencc-js';
import { createReader } from '../src/domain/reading/read-reply.ts';
import type { Locale } from '../src/domain/reply/reply.types.ts';
import type { GoldenSet } from '../src/domain/scenario/golden/golden.types.ts';
import { runDrill } from '../src/domain/drill/run-drill.ts';
import { shipped } from '../src/domain/scenario/test-support/shipped.ts';
import { scoreDrill } from '../src/domain/scoring/score-drill.ts';
import { GOLDEN_SETS } from '../src/domain/scenario/golden/index.ts';

const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const wanted = args.filter((a) => !a.startsWith('--'));
const sets = GOLDEN_SETS.filter((s: GoldenSet) => wanted.length === 0 || wanted.includes(s.scenario));

for (const set of sets) {
  const scenario = shipped(set.scenario);
  for (const kind of ['good', 'bad', 'factsFirst'] as const) {
    for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as Locale[]) {
      const replies = locale === 'zh-Hans' ? set.replies[kind]['zh-Hant'].map(toHans) : set.replies[kind][locale];
      const run = runDrill(scenario, replies, { read: createReader(scenario), locale });
      const card = scoreDrill(run.played, { ...run, locale });
      console.log([set.scenario, kind, locale, run.outcome, `turns=${run.sim.turn}`, `score=${card.score}`, `emotionFirst=${card.dimensions.emotionFirst}`, `curve=${card.hostility.join(',')}`].join('\t'));
      if (verbose) for (const t of card.turns) console.log(`\t${t.acts.join(',')}\t${t.hostility}\t${t.customer}`);
    }
  }
}
