/**
 * Whether a statement an LRS has stored is the one we sent, by xAPI 1.0.3's comparison rules (Data §2.3.1):
 * differences an LRS may cause are ignored — what it assigns (`authority`, `stored`, `version`, and `id`
 * or `timestamp` when we sent none), another time zone for the same instant, the case of case-insensitive
 * values (ids, registration, mbox), defaults it fills in (`objectType`), a single context activity
 * returned as a one-item array, attachments. Anything else that differs means it is another statement.
 */
export function sameStatement(ours: unknown, stored: unknown): boolean {
  if (!isObject(ours) || !isObject(stored)) return false;
  return canonical(normalise(ours, stored)) === canonical(normalise(stored, ours));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Assigned or kept by the LRS, never part of the comparison. */
const LRS_ASSIGNED = ['authority', 'stored', 'version', 'attachments'];

function normalise(s: Record<string, unknown>, other: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s };
  for (const key of LRS_ASSIGNED) delete out[key];
  // An LRS assigns id and timestamp when the statement has none: compare only when both carry one.
  for (const key of ['id', 'timestamp']) if (other[key] === undefined) delete out[key];
  if (typeof out.id === 'string') out.id = out.id.toLowerCase();
  if (typeof out.timestamp === 'string') out.timestamp = instant(out.timestamp);
  out.actor = agent(out.actor);
  out.object = activityOrAgent(out.object);
  if (isObject(out.context)) out.context = context(out.context);
  return out;
}

/** The same instant in any time zone or precision compares equal (milliseconds, as LRSs keep them). */
const instant = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : ms;
};

function agent(v: unknown): unknown {
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = { objectType: 'Agent', ...v };
  if (typeof out.mbox === 'string') out.mbox = out.mbox.toLowerCase();
  if (Array.isArray(out.member)) out.member = out.member.map(agent).sort((a, b) => canonical(a).localeCompare(canonical(b)));
  return out;
}

function activityOrAgent(v: unknown): unknown {
  if (!isObject(v)) return v;
  const type = v.objectType ?? 'Activity';
  return type === 'Agent' || type === 'Group' ? agent(v) : { ...v, objectType: type };
}

function context(c: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...c };
  if (typeof out.registration === 'string') out.registration = out.registration.toLowerCase();
  if (out.instructor !== undefined) out.instructor = agent(out.instructor);
  if (out.team !== undefined) out.team = agent(out.team);
  if (isObject(out.contextActivities)) {
    const ca: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(out.contextActivities)) ca[key] = (Array.isArray(value) ? value : [value]).map(activityOrAgent);
    out.contextActivities = ca;
  }
  return out;
}

/** JSON with sorted keys and nothing undefined: equal values give equal strings. */
function canonical(v: unknown): string {
  return JSON.stringify(sortKeys(v));
}

function sortKeys(v: unknown): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObject(v)) {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(v).sort()) if (v[key] !== undefined) out[key] = sortKeys(v[key]);
    return out;
  }
  return v as Json;
}
