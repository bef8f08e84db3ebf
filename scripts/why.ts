// Prints how the classifier reads each reply: moves with their evidence (rule, entry, words) and the
// question analysis. Usage: npx tsx scripts/why.ts "reply" ["reply"…]
import { classifyReply } from '../src/domain/reply/classify.ts';
import { normalize } from '../src/domain/reply/text/normalize.ts';
for (const text of process.argv.slice(2)) {
  const r = classifyReply(text);
  console.log(`\n${text}\n  folded: ${normalize(text).text}\n  acts: ${r.acts.join(', ') || '(none)'}`);
  for (const e of r.evidence) console.log(`  ${e.move.padEnd(18)} ${e.rule.padEnd(34)} ${(e.entry ?? '').padEnd(24)} «${text.slice(e.start, e.end)}»`);
  for (const f of r.forbidden) console.log(`  forbidden ${f.id} «${f.matched}»`);
}
