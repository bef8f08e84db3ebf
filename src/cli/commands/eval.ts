import { readFileSync, statSync } from 'node:fs';
import { createReader } from '../../domain/reading/read-reply.ts';
import { evaluateSet, parseLabelled, type EvalReport, type LabelledReply } from '../../domain/reply/eval/evaluate-set.ts';
import { compareLabellers, parseSecondLabel, type LabellerAgreement, type SecondLabel } from '../../domain/reply/eval/second-labeller.ts';
import { InputError, UsageError, type CliCommand } from '../command.types.ts';
import { parseArgs } from '../parse-args.ts';

const usage = `Usage: defuse eval <file.jsonl> [--second <labels.jsonl>] [--json]

Scores the reply classifier on a labelled set (JSON lines, as in tests/eval/*.jsonl):
{"id", "locale", "text", "expect": [moves that must be found], "reject": [moves that must not be],
 "forbidden": true | false | null}

Reads each reply the way the drill does (one reading per reply) and prints per-move precision and
recall, forbidden-flag accuracy, item accuracy (every expected move found and no rejected move found),
each failing item with what was found, and which moves are most often mistaken for which.
Precision counts a false positive only where an item rejects the move (unjudged moves are not errors).

With --second, a second labeller's labels for the same items (JSON lines {"id", "expect", "reject",
"forbidden"}, written without seeing the first) are scored the way the reader is: how often two humans
agree, and how the reader does on the items they agree on (its own misses, not judgement calls).

Options:
  --second <file>  a second labeller's labels for the same ids
  --json           print the report as JSON
  --help           show this help

Example:
  npx defuse eval tests/eval/blind6-replies.jsonl`;

const pct = (x: number | null): string => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The lines of a JSON-lines file, each parsed by `parse`; a bad line is an InputError naming file and line. */
function loadLines<T>(file: string, parse: (value: unknown) => T): T[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(`cannot read ${file}`);
  }
  if (size > 20 * 1024 * 1024) throw new InputError(`${file}: larger than 20 MB`);
  const items: T[] = [];
  readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${file}:${i + 1}: not valid JSON`);
    }
    try {
      items.push(parse(value));
    } catch (error) {
      throw new InputError(`${file}:${i + 1}: ${(error as Error).message}`);
    }
  });
  return items;
}

export const loadLabelledSet = (file: string): LabelledReply[] => loadLines(file, parseLabelled);

const share = (n: number, of: number): string => `${of === 0 ? '-' : (n / of).toFixed(3)} (${n}/${of})`;

export function formatAgreement(file: string, a: LabellerAgreement): string {
  const lines = [
    '',
    `second labeller (${file}), scored as the reader is: ${share(a.agreed, a.items)}`,
    `reader on the items both labellers agree on: ${share(a.readerOnAgreed, a.agreed)}; on the others: ${share(a.readerOnDisputed, a.items - a.agreed)}`,
    `forbidden flags, the two labellers alike: ${share(a.forbiddenAgreed, a.forbiddenJudged)}`,
  ];
  if (a.unlabelled.length > 0) lines.push(`not labelled by the second labeller (left out above): ${a.unlabelled.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function formatReport(report: EvalReport): string {
  const lines: string[] = ['move                  precision  recall   found/expected  false+'];
  for (const m of report.moves) {
    const expected = m.truePositives + m.falseNegatives;
    if (expected === 0 && m.falsePositives === 0) continue;
    lines.push(`${m.move.padEnd(20)}  ${pct(m.precision)}    ${pct(m.recall)}  ${`${m.truePositives}/${expected}`.padStart(8)}        ${m.falsePositives}`);
  }
  const failing = report.items.filter((r) => !r.correct || r.forbiddenOk === false);
  if (failing.length > 0) {
    lines.push('', 'Failing items:');
    for (const r of failing) {
      const why = [
        r.missing.length ? `missing ${r.missing.join(',')}` : '',
        r.unwanted.length ? `unwanted ${r.unwanted.join(',')}` : '',
        r.forbiddenOk === false ? `forbidden expected ${r.item.forbidden}, found [${r.analysis.forbidden.map((f) => f.id).join(', ')}]` : '',
      ].filter(Boolean).join('; ');
      lines.push(`  ${r.item.id} ${r.item.text}`, `      ${why} — found: ${r.analysis.acts.join(', ') || '(none)'}`);
    }
  }
  if (report.confusions.length > 0) {
    lines.push('', 'Most often missed, and what was read instead:');
    for (const c of report.confusions.slice(0, 12)) lines.push(`  ${c.missed.padEnd(20)} → ${(c.readAs ?? '(nothing)').padEnd(20)} ${c.count}`);
  }
  const correct = report.items.filter((r) => r.correct).length;
  const judged = report.forbiddenJudged;
  const forbiddenRight = report.items.filter((r) => r.forbiddenOk === true).length;
  lines.push(
    '',
    `items: ${report.items.length}`,
    `forbidden-flag accuracy: ${report.forbiddenAccuracy === null ? '-' : report.forbiddenAccuracy.toFixed(3)} (${forbiddenRight}/${judged} judged)`,
    `item accuracy: ${report.itemAccuracy.toFixed(3)} (${correct}/${report.items.length})`,
  );
  return `${lines.join('\n')}\n`;
}

export const command: CliCommand = {
  usage,
  async run(args, io) {
    const { options, positional } = parseArgs(args, { json: 'boolean', second: 'string' });
    if (positional.length !== 1) throw new UsageError('expected exactly one labelled .jsonl file');
    const items = loadLabelledSet(positional[0] as string);
    const second: SecondLabel[] | undefined = options.second === undefined ? undefined : loadLines(options.second, parseSecondLabel);
    // The reading the drill uses (one reading per reply), not the bare classifier.
    const read = createReader();
    const report = evaluateSet(items, (item) => read(item.text, { locale: item.locale }));
    const agreement = second && compareLabellers(report.items, second);
    if (options.json) {
      const { items: results, ...summary } = report;
      const failing = results.filter((r) => !r.correct || r.forbiddenOk === false).map((r) => ({ id: r.item.id, missing: r.missing, unwanted: r.unwanted, forbiddenOk: r.forbiddenOk, found: r.analysis.acts }));
      io.stdout(`${JSON.stringify({ ...summary, failing, ...(agreement && { secondLabeller: agreement }) })}\n`);
    } else {
      io.stdout(formatReport(report) + (agreement && options.second ? formatAgreement(options.second, agreement) : ''));
    }
    return 0;
  },
};
