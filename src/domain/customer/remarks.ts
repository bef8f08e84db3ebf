// The customer's remarks (the scenario's own words, or neutral defaults for any it leaves out).
import type { Line, RemarkId, Scenario } from '../scenario/scenario.types.ts';
import { DEFAULT_REMARKS, DEFAULT_WANTS_SAYS } from './default-lines.ts';

export const remark = (scenario: Scenario, id: RemarkId): readonly Line[] => scenario.remarks?.[id] ?? DEFAULT_REMARKS[id] ?? [];

/** What the customer says when asked what they want. */
export const wantsSays = (scenario: Scenario): readonly Line[] => scenario.wants.says ?? DEFAULT_WANTS_SAYS;
