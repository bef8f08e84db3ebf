// `npm run fuzz [-- --seed N --scenarios N --bundles N --from N]`: hostile and broken scenario files and bundles
// (tests/fuzz/fuzz-core.ts). Exit 1 on any crash, stack trace, slow file or wrong verdict.
import { fuzz } from '../tests/fuzz/fuzz-core.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seed = arg('seed', 13);
const scenarios = arg('scenarios', 10_000);
const bundles = arg('bundles', 10_000);
const started = performance.now();
const from = arg('from', 0);
const report = fuzz({ seed, scenarios, bundles, from, onProgress: (n) => process.stderr.write(`\r${n} / ${scenarios + bundles}`) });
process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
console.log(`seed ${seed}: ${report.scenarios} scenario files, ${report.bundles} bundles in ${seconds.toFixed(0)} s`);
console.log(`accepted ${report.accepted} (drills played on ${report.played}), refused ${report.refused}; slowest file ${report.maxMs.toFixed(0)} ms`);
console.log(`crashes ${report.crashes.length}, stack traces ${report.stackTraces.length}, over 2 s ${report.slow.length}, broken files accepted ${report.brokenAccepted.length}, good files refused ${report.wronglyRefused.length}`);
console.log(Object.entries(report.byLabel).map(([k, v]) => `${k} ${v}`).join(', '));
for (const list of [report.crashes, report.stackTraces, report.slow, report.brokenAccepted, report.wronglyRefused]) for (const line of list.slice(0, 20)) console.log(`  ${line}`);
const failed = report.crashes.length + report.stackTraces.length + report.slow.length + report.brokenAccepted.length + report.wronglyRefused.length;
process.exit(failed === 0 ? 0 : 1);
