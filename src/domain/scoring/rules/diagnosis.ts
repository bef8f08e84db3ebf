// 斷 judge, part one: the trainee's end-of-drill diagnosis — complaint type by cause and severity
// (docs/training-model.md#complaint-types) and the customer's motive (docs/training-model.md#motives).
import { evidence } from '../evidence.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';

export const CAUSE_POINTS = 20;
export const SEVERITY_POINTS = 15;
export const MOTIVE_POINTS = 15;

export const rule: ScoringRule = {
  id: 'diagnosis',
  dimension: 'judge',
  evaluate: ({ diagnosis, scenario }) => {
    const expected = scenario.diagnosis;
    if (!diagnosis) return [evidence('diagnosis', 'judge', 0, { key: 'noDiagnosis' }, { suggestion: { key: 'diagnose' } })];
    const items: EvidenceItem[] = [];
    const check = (field: string, ok: boolean, points: number, given: string | undefined, want: string) => {
      items.push(evidence('diagnosis', 'judge', ok ? points : 0, { key: ok ? 'diagnosisRight' : 'diagnosisWrong', params: { field, given: given ?? '', expected: want } }));
    };
    check('cause', diagnosis.cause !== undefined && expected.causes.includes(diagnosis.cause), CAUSE_POINTS, diagnosis.cause, expected.causes[0] ?? '');
    check('severity', diagnosis.severity === expected.severity, SEVERITY_POINTS, diagnosis.severity, expected.severity);
    const motiveOk = diagnosis.motive !== undefined && expected.motives.includes(diagnosis.motive);
    check('motive', motiveOk, MOTIVE_POINTS, diagnosis.motive, expected.motives[0] ?? '');
    return items;
  },
};
