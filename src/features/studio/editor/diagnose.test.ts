import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../check-draft.ts';
import { diagnose, lineColumn, syntaxProblem } from './diagnose.ts';
import { problemText } from './DiagnosticsList.tsx';
import { setupI18n } from '../../../i18n/setup.ts';

const shipped = () => JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(doc: unknown) {
  const text = JSON.stringify(doc, null, 2);
  const check = checkDraft(text);
  return { check, problems: diagnose(check.issues, text, check.doc), text };
}

describe('diagnose', () => {
  it('reports one typo in `initial` as one problem, with the unreachable states collapsed under it', () => {
    const doc = shipped();
    doc.initial = 'ventnig';
    const { check, problems } = problemsOf(doc);
    expect(check.issues.length).toBeGreaterThan(3);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.issue.path).toBe('$.initial');
    expect(problems[0]!.text).toEqual({ key: 'unknownState', params: { name: 'ventnig', options: Object.keys(doc.states).join(', ') } });
    expect(problems[0]!.caused.length).toBe(check.issues.length - 1);
  });

  it('keeps three bad references as three problems, not eleven', () => {
    const doc = shipped();
    const gotos = (doc.reactions as { goto?: string }[]).filter((r) => r.goto && !['resolved', 'escalated', 'walked_out'].includes(r.goto));
    gotos[0]!.goto = 'nowhere1';
    gotos[1]!.goto = 'nowhere2';
    gotos[2]!.goto = 'nowhere3';
    const { problems } = problemsOf(doc);
    expect(problems.map((p) => p.issue.check)).toEqual(['unknown-state', 'unknown-state', 'unknown-state']);
  });

  it('files an unknown fact as a fact, listing the facts there are', () => {
    const doc = shipped();
    doc.reactions[1].when.factsKnown = ['no-such-fact'];
    const { problems } = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.issue.check).toBe('unknown-fact');
    expect(problems[0]!.text?.params.options).toBe((doc.facts as { id: string }[]).map((f) => f.id).join(', '));
  });

  it('names the field and the language of a line typed in the wrong box, so the trainer can find it', () => {
    const doc = shipped();
    doc.facts[0].says['zh-Hant'] = 'We will compensate you for the parcel value.';
    const { problems } = problemsOf(doc);
    expect(problems.map((p) => [p.issue.check, p.text?.key, p.text?.params.locale])).toEqual([['wrong-language', 'wrongLanguage', 'zh-Hant']]);
  });

  it('says a field is missing instead of "expected object, received undefined"', () => {
    const doc = shipped();
    delete doc.persona;
    const { problems } = problemsOf(doc);
    expect(problems.map((p) => p.text)).toEqual([{ key: 'missing', params: { field: 'persona', parent: '$' } }]);
  });

  it('names a partial remedy with nothing for the customer to say, instead of "No problems"', () => {
    const doc = shipped();
    const i = (doc.wants.remedies as { verdict: string }[]).findIndex((r) => r.verdict === 'partial');
    delete doc.wants.remedies[i].says;
    const { problems } = problemsOf(doc);
    expect(problems.map((p) => [p.issue.path, p.text])).toEqual([[`$.wants.remedies[${i}].says`, { key: 'remedySays', params: { remedy: doc.wants.remedies[i].id } }]]);
  });

  it('lists the allowed deck names for a bad source', () => {
    const doc = shipped();
    doc.sources = ['my-deck.txt'];
    const { problems } = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.text?.key).toBe('notAllowed');
    expect(problems[0]!.text?.params.value).toBe('my-deck.txt');
    expect(String(problems[0]!.text?.params.options).split(', ')).toEqual([
      '000_08713545b2ee6cbf.txt', '001_85d4d92b2bb82172.txt', '002_ec423cfec83186e4.txt', '003_460ba467ba69c8b9.txt', '004_c5ee271a011a6f74.txt',
    ]);
  });

  it('puts a missing comma on the line that needs it, with its column', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    expect(syntaxProblem(text)).toEqual({ at: 10, kind: 'missingComma' }) // just after the 1 (index 9) that needs the comma;
    const check = checkDraft(text);
    const [p] = diagnose(check.issues, text, check.doc);
    expect(p).toMatchObject({ line: 2, column: 9, text: { key: 'syntax.missingComma', params: { line: 2 } } });
  });

  it('names a trailing comma and an unclosed string', () => {
    expect(syntaxProblem('{"a": [1, 2,]}')).toEqual({ at: 11, kind: 'trailingComma' });
    expect(syntaxProblem('{"a": "x}')?.kind).toBe('unclosedString');
    expect(syntaxProblem('   ')?.kind).toBe('empty');
    expect(syntaxProblem('{"a": 1}\n xxx')).toEqual({ at: 10, kind: 'extra' });
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('diagnose locates every problem by line and column, as lineColumn does', () => {
  it('agrees with lineColumn at the start, inside lines, at line ends and past the end', () => {
    const text = '{\n  "a": 1,\n\n  "b": [\n    2\n  ]\n}';
    const offsets = [0, 1, 2, 5, 11, 12, 17, text.length - 1, text.length, text.length + 5];
    const issues = offsets.map((from) => ({ check: 'range', path: '$', message: 'x', from, to: from }));
    const located = diagnose(issues, text, undefined).flatMap((p) => [p, ...p.caused]);
    expect(located.map((p) => ({ line: p.line, column: p.column }))).toEqual(offsets.map((o) => lineColumn(text, o)));
  });

  it('names a state the checks point at by its name in the UI language, not its JSON id', async () => {
    const doc = shipped();
    doc.states.heard = doc.states.venting; // nothing leads to it
    const { problems } = problemsOf(doc);
    const t = (await setupI18n('zh-Hant')).t;
    const said = problems.flatMap((p) => [p, ...p.caused]).map((p) => problemText(p, t));
    expect(said.some((s) => s.includes('沒有任何反應通往「感到被聆聽」'))).toBe(true);
    expect(said.join('\n')).not.toMatch(/「heard」/);
  });
});
