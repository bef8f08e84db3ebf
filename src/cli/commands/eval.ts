import { readFileSync, statSync } from 'node:fs';
import { createReader } from '../../domain/reading/read-reply.ts';
import { evaluateSet, parseLabelled, type EvalReport, type LabelledReply } from '../../domain/reply/eval/evaluate-set.ts';
import { InputError, UsageError, type CliCommand } from '../command.types.ts';
import { parseArgs } from '../parse-args.ts';

const usage = `Usage: defuse eval <file.jsonl> [--json]

Scores the reply classifier on a labelled set (JSON lines, as in tests/eval/*.jsonl):
{"id", "locale", "text", "expect": [moves that must be found], "reject": [moves that must not be],
 "forbidden": true | false | null}

Reads each reply the way the drill does (one reading per reply) and prints per-move precision and
recall, forbidden-flag accuracy, item accuracy (every expected move found and no rejected move found),
each failing item with what was found, and which moves are most often mistaken for which.
Precision counts a false positive only where an item rejects the move (unjudged moves are not errors).

Options:
  --json   print the report as JSON
  --help   show this help

Example:
  npx defuse eval tests/eval/blind6-replies.jsonl`;

const pct = (x: number | null): string => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function loadLabelledSet(file: string): LabelledReply[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(`cannot read ${file}`);
  }
  if (size > 20 * 1024 * 1024) throw new InputError(`${file}: larger than 20 MB`);
  const items: LabelledReply[] = [];
  readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${file}:${i + 1}: not valid JSON`);
    }
    try {
      items.push(parseLabelled(value));
    } catch (error) {
      throw new InputError(`${file}:${i + 1}: ${(error as Error).message}`);
    }
  });
  return items;
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
    const { options, positional } = parseArgs(args, { json: 'boolean' });
    if (positional.length !== 1) throw new UsageError('expected exactly one labelled .jsonl file');
    const items = loadLabelledSet(positional[0] as string);
    // The reading the drill uses (one reading per reply), not the bare classifier.
    const read = createReader();
    const report = evaluateSet(items, (item) => read(item.text, { locale: item.locale }));
    if (options.json) {
      const { items: results, ...summary } = report;
      const failing = results.filter((r) => !r.correct || r.forbiddenOk === false).map((r) => ({ id: r.item.id, missing: r.missing, unwanted: r.unwanted, forbiddenOk: r.forbiddenOk, found: r.analysis.acts }));
      io.stdout(`${JSON.stringify({ ...summary, failing })}\n`);
    } else {
      io.stdout(formatReport(report));
    }
    return 0;
  },
};
