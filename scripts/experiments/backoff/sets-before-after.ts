// Every labelled set read with the back-off off and on (the reader the guards use, classifyReply): item accuracy and
// forbidden-flag accuracy before → after. Run: npx tsx scripts/experiments/backoff/sets-before-after.ts
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLabelledSet } from '../../../src/cli/commands/eval.ts';
import { classifyReply } from '../../../src/domain/reply/classify.ts';
import { evaluateSet } from '../../../src/domain/reply/eval/evaluate-set.ts';

const dir = fileURLToPath(new URL('../../../tests/eval/', import.meta.url));
let tb = 0, ta = 0, n = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('-replies.jsonl')).sort()) {
  const items = loadLabelledSet(dir + f);
  const off = evaluateSet(items, (i) => classifyReply(i.text, { locale: i.locale, backoff: false }));
  const on = evaluateSet(items, (i) => classifyReply(i.text, { locale: i.locale }));
  const r = (x: typeof on) => x.items.filter((i) => i.correct).length;
  const lost = on.items.filter((x, k) => !x.correct && off.items[k]!.correct).map((x) => x.item.id);
  tb += r(off); ta += r(on); n += items.length;
  console.log(`${f.replace('-replies.jsonl', '').padEnd(18)} ${off.itemAccuracy.toFixed(3)} → ${on.itemAccuracy.toFixed(3)} (${r(off)} → ${r(on)}/${items.length})  forbidden ${off.forbiddenAccuracy?.toFixed(3) ?? '-'} → ${on.forbiddenAccuracy?.toFixed(3) ?? '-'}${lost.length ? `  LOST ${lost.join(' ')}` : ''}`);
}
console.log(`all ${tb} → ${ta} of ${n}`);
