// Hostile and broken files, generated from the shipped scenarios and a real attempts bundle by a seeded
// generator, and run through the same entry points as a trainer's or HR's import: `validateScenarioText`
// (what `defuse validate` and the studio run) and `parseBundle` (the HR import). Counted per file:
// - crash: anything thrown instead of a message;
// - stack trace: a message holding one;
// - slow: over 2 s for one file;
// - broken accepted: a mutation known to break the file (a wrong type, a duplicate key, a catastrophic
//   pattern, a 60,000-character topic…) that was accepted, or a neutral one (a BOM, reformatting) refused;
// - and every file that is accepted must also play: a three-reply drill on it must not throw.
// `npm run fuzz` runs at least 10,000 of each; the suite runs a slice (fuzz.test.ts).
import { readFileSync } from 'node:fs';
import { runDrill } from '../../src/domain/drill/run-drill.ts';
import { decodeUtf8 } from '../../src/domain/json/read-json.ts';
import { createReader } from '../../src/domain/reading/read-reply.ts';
import { BundleRefused, createBundle, parseBundle } from '../../src/domain/records/bundle.ts';
import { rescore, scenarioVersionOf } from '../../src/domain/records/rescore.ts';
import { parseScenario } from '../../src/domain/scenario/parse-scenario.ts';
import { mulberry32 } from '../../src/domain/scenario/prng.ts';
import { validateScenarioText } from '../../src/domain/scenario/validate/validate-scenario.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Expect = 'refuse' | 'accept' | 'either';
interface Case {
  label: string;
  /** What was changed, for the report. */
  note?: string;
  bytes: Uint8Array;
  expect: Expect;
}

export interface FuzzReport {
  scenarios: number;
  bundles: number;
  accepted: number;
  refused: number;
  played: number;
  crashes: string[];
  stackTraces: string[];
  slow: string[];
  brokenAccepted: string[];
  wronglyRefused: string[];
  maxMs: number;
  byLabel: Record<string, number>;
}

const SLOW_MS = 2000;
const STACK = /\n\s+at |\bat [\w.<>]+ \(.*:\d+:\d+\)/;
const encoder = new TextEncoder();

const SCENARIO_IDS = ['angry-resident', 'broken-promise', 'water-pump-runaround', 'shop-floor-outburst', 'phone-lost-warranty'];
const scenarioDocs = SCENARIO_IDS.map((id) => JSON.parse(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8')) as Json);

const HOSTILE_STRINGS = [
  '$t(common.appName)', '{{count}}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
  '\u0000', '\u202e\u200b', '\u200b\u200d\u3000', '\ud800', '對不起'.repeat(3000), 'x'.repeat(70_000), '(a+)+b', '__proto__', 'constructor', '',
];
const CATASTROPHIC = ['(a+)+b', '(\\w+\\s?)+$$', '([a-z]+)*$', '(a|aa)+$', '(.*a){12}', '\\d+\\d+\\d+x', '(x+x+)+y', '我(都|都有|有)*(记|写)'];
const INVALID_PATTERNS = ['[abc', 'a)(b', '(?<n>a)\\k<m>', '*a', 'a{2,1}', `${'('.repeat(10_000)}a${')'.repeat(10_000)}`, '(a)\\1'];

/** Every path to a value in a document. */
function paths(doc: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(doc)) doc.forEach((v, i) => paths(v, [...at, i], out));
  else if (doc !== null && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) paths(v, [...at, k], out);
  return out;
}

const get = (doc: Json, path: readonly (string | number)[]): Json => path.reduce<Json>((d, k) => (d as Record<string | number, Json>)[k] as Json, doc);
function set(doc: Json, path: readonly (string | number)[], value: Json | undefined): void {
  const parent = get(doc, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path.at(-1) as string | number;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Json>)[key as string];
  } else (parent as Record<string | number, Json>)[key] = value;
}

class Gen {
  private readonly rng: () => number;
  constructor(seed: number) {
    this.rng = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.rng() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

const bytesOf = (text: string) => encoder.encode(text);
const clone = (doc: Json): Json => structuredClone(doc);

/** A wrong-typed value for a leaf: the schema must refuse it. */
function wrongType(value: Json, g: Gen): Json {
  if (typeof value === 'string') return g.pick([12, true, null, [value], { v: value }]);
  if (typeof value === 'number') return g.pick([String(value), null, true, [value]]);
  if (typeof value === 'boolean') return g.pick([value ? 'true' : 'false', 1, null]);
  if (Array.isArray(value)) return g.pick(['[]', 7, { 0: null }]);
  return g.pick(['{}', 3, [value]]);
}

function scenarioCase(g: Gen): Case {
  const doc = clone(g.pick(scenarioDocs));
  const json = () => JSON.stringify(doc, null, g.int(2) === 0 ? 2 : undefined);
  const all = paths(doc).filter((p) => p.length > 0 && p[0] !== '$schema');
  const leaves = all.filter((p) => {
    const v = get(doc, p);
    return v === null || typeof v !== 'object';
  });
  const texts = all.filter((p) => ['en', 'zh-Hant', 'zh-Hans'].includes(String(p.at(-1))) && typeof get(doc, p) === 'string' && p[0] !== 'facts' && !String(p).includes('topics'));
  const entries = ((doc as { lexicon?: { entries?: Json[] } }).lexicon?.entries ?? []) as Record<string, Json>[];
  const kind = g.int(16);
  switch (kind) {
    case 0: {
      // A leaf of the wrong type.
      const p = g.pick(leaves);
      set(doc, p, wrongType(get(doc, p), g));
      return { label: 'wrong-type', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 1: {
      const text = json();
      const cut = g.int(Math.max(1, text.lastIndexOf('}')));
      return { label: 'truncated', bytes: bytesOf(text.slice(0, cut)), expect: 'refuse' };
    }
    case 2: {
      const text = json().replace(/"title": ?\{/, '"title": {"en": "Duplicate", ');
      return { label: 'duplicate-key', bytes: bytesOf(text), expect: 'refuse' };
    }
    case 3: {
      const key = g.pick(['modelAnswers', 'states', 'guided', 'endStates']);
      const text = json().replace(new RegExp(`"${key}": ?\\{`), `"${key}": {"__proto__": {},`);
      return { label: 'proto-key', bytes: bytesOf(text), expect: text.includes('__proto__') ? 'refuse' : 'either' };
    }
    case 4: {
      if (entries.length === 0) return { label: 'no-lexicon', bytes: bytesOf(json()), expect: 'accept' };
      const entry = g.pick(entries);
      entry.pattern = g.pick([...CATASTROPHIC, ...INVALID_PATTERNS]);
      return { label: 'bad-pattern', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 5: {
      const p = g.pick(leaves);
      let v: Json = get(doc, p);
      for (let i = 0; i < 70 + g.int(10_000); i++) v = [v];
      set(doc, p, v);
      return { label: 'deep-nesting', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 6: {
      set(doc, g.pick(texts), g.pick(['\u200b\u200d', '\u3000\u3000', ' \u2800 ', '\ufeff', '\u115f']));
      return { label: 'invisible-text', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 7: {
      const facts = (doc as { facts: Record<string, Json>[] }).facts;
      g.pick(facts).topics = { en: ['x'.repeat(41 + g.int(60_000))] };
      return { label: 'huge-topic', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 8: {
      const bytes = bytesOf(json());
      const out = new Uint8Array(bytes.length + 1);
      const at = g.int(bytes.length);
      out.set(bytes.subarray(0, at));
      out[at] = g.pick([0xff, 0xc0, 0xe9, 0x80, 0xfe]);
      out.set(bytes.subarray(at), at + 1);
      return { label: 'invalid-utf8', bytes: out, expect: 'refuse' };
    }
    case 9: {
      const states = (doc as { states: Record<string, Json> }).states;
      const first = Object.values(states)[0] as Json;
      for (let i = 0; i < 201; i++) states[`extra-${i}`] = clone(first);
      return { label: 'too-many-states', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 10:
      return { label: 'bom', bytes: bytesOf(`\ufeff${json()}`), expect: 'accept' };
    case 11: {
      // Random characters replaced: anything may happen, nothing may crash.
      const chars = [...json()];
      for (let i = 0; i < 1 + g.int(6); i++) chars[g.int(chars.length)] = g.pick(['"', '{', '}', '[', ']', ',', ':', '\\', '0', 'x', '對', '\u0000', '\n', ' ', 'e', '-']);
      return { label: 'char-flip', bytes: bytesOf(chars.join('')), expect: 'either' };
    }
    case 12: {
      set(doc, g.pick(leaves), g.pick(HOSTILE_STRINGS));
      return { label: 'hostile-string', bytes: bytesOf(json()), expect: 'either' };
    }
    case 13: {
      set(doc, g.pick(all), undefined);
      return { label: 'delete', bytes: bytesOf(json()), expect: 'either' };
    }
    case 14: {
      const p = g.pick(all.filter((q) => Array.isArray(get(doc, q))));
      const arr = get(doc, p) as Json[];
      if (arr.length > 0) arr.push(clone(g.pick(arr)));
      return { label: 'duplicate-element', bytes: bytesOf(json()), expect: 'either' };
    }
    default: {
      set(doc, g.pick(leaves), g.pick([0, -1, 1e308, 101, 3.5, '', 'a'.repeat(2001), true]));
      return { label: 'odd-value', bytes: bytesOf(json()), expect: 'either' };
    }
  }
}

// A real bundle: three attempts, scored by the engine, exported as the app exports them.
let baseBundle: Json | null = null;
function bundleDoc(): Json {
  if (!baseBundle) {
    const scenario = parseScenario(scenarioDocs[0]);
    const read = createReader(scenario);
    const replies = ['陳先生,真的很抱歉,漏水一個星期確實讓人很煩。', '您慢慢說,我在聽。能告訴我當時是怎麼回應您的嗎?', '我今天下午就安排師傅上門,這件事由我跟進到底。'];
    const attempts = [1, 2, 3].map((n) => {
      const base = { id: `att-${n}`, trainee: '陳大文', scenarioId: scenario.id, scenarioVersion: scenarioVersionOf(scenario), locale: 'zh-Hant' as const, mode: 'practice' as const, seed: n, replies: replies.slice(0, n).map((text) => ({ text, at: '2026-01-01T10:00:00.000Z' })) };
      const r = rescore(base, scenario, read);
      const run = runDrill(scenario, base.replies.map((x) => x.text), { read, seed: n, locale: 'zh-Hant' });
      void run;
      return {
        schemaVersion: 2, identity: 'typed', ...base, transcript: [{ speaker: 'customer', text: '…', hostility: 80 }], score: r.score, passed: r.passed, outcome: r.outcome,
        scorecard: { engine: { scenario: scenario.id, locale: 'zh-Hant', outcome: r.outcome, score: r.score, passed: r.passed, dimensions: r.dimensions, turns: [], hostility: [], evidence: [], unplayed: [] }, hintsUsed: 0, hintCost: 0 },
        startedAt: '2026-01-01T09:58:00.000Z', endedAt: '2026-01-01T10:05:00.000Z',
      };
    });
    baseBundle = JSON.parse(createBundle(attempts, [], new Date('2026-01-02T00:00:00Z'))) as Json;
  }
  return clone(baseBundle);
}

function bundleCase(g: Gen): Case {
  const doc = bundleDoc();
  const json = () => JSON.stringify(doc, null, 1);
  const all = paths(doc).filter((p) => p.length > 0);
  const leaves = all.filter((p) => {
    const v = get(doc, p);
    return v === null || typeof v !== 'object';
  });
  const attempts = (doc as { attempts: Record<string, Json>[] }).attempts;
  switch (g.int(12)) {
    case 0: {
      // Fields the page reads; the scorecard's other, loose fields (hint counts) are kept as they come.
      const p = g.pick(leaves.filter((q) => q[0] === 'attempts' && q[2] !== 'diagnosis' && !(q[2] === 'scorecard' && q[3] !== 'engine')));
      const before = JSON.stringify(get(doc, p));
      set(doc, p, wrongType(get(doc, p), g));
      return { label: 'bundle-wrong-type', note: `${p.join('.')}: ${before} -> ${JSON.stringify(get(doc, p))}`, bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 1: {
      const engine = (g.pick(attempts).scorecard as { engine: Record<string, Json> }).engine;
      engine.turns = g.pick([[1, 2, 3], [null], [{}], 'turns', [{ reply: 'x' }]]);
      return { label: 'bundle-bad-turns', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 2:
      (doc as Record<string, Json>).version = g.pick([0, '1', 1.5, null, -1, [1]]);
      return { label: 'bundle-bad-version', bytes: bytesOf(json()), expect: 'refuse' };
    case 3: {
      // Impossible dates, or an attempt that ends before it starts (09:58 to 10:05 in the base bundle).
      const field = g.pick(['startedAt', 'endedAt']);
      g.pick(attempts)[field] = g.pick(['9999-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', 'yesterday', field === 'startedAt' ? '2026-01-01T11:00:00.000Z' : '2026-01-01T08:00:00.000Z']);
      return { label: 'bundle-bad-date', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 4: {
      const engine = (g.pick(attempts).scorecard as { engine: Record<string, Json> }).engine;
      const item = { rule: 'x', dimension: 'listen', turn: 1, span: null, points: 1, message: { key: '$t(common.appName)', params: {} }, suggestion: null };
      engine.turns = [{ reply: 'r', acts: [g.pick(['$t(common.appName)', 'apologize'])], forbidden: [], customer: 'c', hostility: 50, facts: [], evidence: [item] }];
      return { label: 'bundle-translation-key', bytes: bytesOf(json()), expect: 'refuse' };
    }
    case 5: {
      const text = json().replace('"trainee":', '"trainee": "x", "trainee":');
      return { label: 'bundle-duplicate-key', bytes: bytesOf(text), expect: 'refuse' };
    }
    case 6: {
      const text = json();
      return { label: 'bundle-truncated', bytes: bytesOf(text.slice(0, g.int(text.lastIndexOf('}')))), expect: 'refuse' };
    }
    case 7:
      return { label: 'bundle-bom', bytes: bytesOf(`\ufeff${json()}`), expect: 'accept' };
    case 8: {
      const chars = [...json()];
      for (let i = 0; i < 1 + g.int(6); i++) chars[g.int(chars.length)] = g.pick(['"', '{', '}', '[', ']', ',', ':', '\\', '9', 'x', '\u0000']);
      return { label: 'bundle-char-flip', bytes: bytesOf(chars.join('')), expect: 'either' };
    }
    case 9:
      set(doc, g.pick(leaves), g.pick(HOSTILE_STRINGS));
      return { label: 'bundle-hostile-string', bytes: bytesOf(json()), expect: 'either' };
    case 10:
      set(doc, g.pick(all), undefined);
      return { label: 'bundle-delete', bytes: bytesOf(json()), expect: 'either' };
    default: {
      attempts.push(clone(attempts[0] as Json) as Record<string, Json>);
      return { label: 'bundle-duplicate-attempt', bytes: bytesOf(json()), expect: 'refuse' };
    }
  }
}

const REPLIES = ['陳先生,真的很抱歉,讓您久等了。', 'Could you tell me what happened?', '我今天下午三點前安排師傅上門。'];

/** Validates one scenario file as `defuse validate` does; an accepted one is then played. */
function runScenario(c: Case): { accepted: boolean; message: string; played: boolean } {
  const decoded = decodeUtf8(c.bytes);
  if (!decoded.ok) return { accepted: false, message: decoded.message, played: false };
  const issues = validateScenarioText(decoded.text);
  if (issues.length > 0) return { accepted: false, message: issues.map((i) => `${i.path}: ${i.message}`).join('\n'), played: false };
  const scenario = parseScenario(JSON.parse(decoded.text.replace(/^\ufeff/, '')));
  runDrill(scenario, REPLIES, { read: createReader(scenario), seed: 1 });
  return { accepted: true, message: '', played: true };
}

function runBundle(c: Case): { accepted: boolean; message: string; played: boolean } {
  const decoded = decodeUtf8(c.bytes);
  if (!decoded.ok) return { accepted: false, message: decoded.message, played: false };
  try {
    parseBundle(decoded.text, c.bytes.length);
    return { accepted: true, message: '', played: false };
  } catch (error) {
    if (error instanceof BundleRefused) return { accepted: false, message: error.detail, played: false };
    throw error;
  }
}

/**
 * Runs the cases a seed generates: `scenarios` scenario files, then `bundles` bundles. With `from`, the cases
 * before it are generated (the same sequence) but not run: `--from 7357` replays case #7357 alone.
 */
export function fuzz(options: { seed: number; scenarios: number; bundles: number; from?: number; onProgress?: (done: number) => void }): FuzzReport {
  const report: FuzzReport = { scenarios: 0, bundles: 0, accepted: 0, refused: 0, played: 0, crashes: [], stackTraces: [], slow: [], brokenAccepted: [], wronglyRefused: [], maxMs: 0, byLabel: {} };
  const g = new Gen(options.seed);
  // Compile both lexicons once, as any process does before its first reply: not a file's own time.
  runScenario({ label: 'warm-up', bytes: bytesOf(JSON.stringify(scenarioDocs[0])), expect: 'accept' });
  const total = options.scenarios + options.bundles;
  for (let i = 0; i < total; i++) {
    const isScenario = i < options.scenarios;
    const c = isScenario ? scenarioCase(g) : bundleCase(g);
    if (i < (options.from ?? 0)) continue;
    const name = `#${i} ${c.label}`;
    report.byLabel[c.label] = (report.byLabel[c.label] ?? 0) + 1;
    if (isScenario) report.scenarios++;
    else report.bundles++;
    const t = performance.now();
    try {
      const r = isScenario ? runScenario(c) : runBundle(c);
      if (r.accepted) report.accepted++;
      else report.refused++;
      if (r.played) report.played++;
      if (STACK.test(r.message)) report.stackTraces.push(`${name}: ${r.message.slice(0, 300)}`);
      if (r.accepted && c.expect === 'refuse') report.brokenAccepted.push(`${name}${c.note ? ` (${c.note})` : ''}`);
      if (!r.accepted && c.expect === 'accept') report.wronglyRefused.push(`${name}: ${r.message.slice(0, 300)}`);
    } catch (error) {
      report.crashes.push(`${name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400));
    }
    const ms = performance.now() - t;
    report.maxMs = Math.max(report.maxMs, ms);
    if (ms > SLOW_MS) report.slow.push(`${name}: ${Math.round(ms)} ms`);
    if ((i + 1) % 500 === 0) options.onProgress?.(i + 1);
  }
  return report;
}
