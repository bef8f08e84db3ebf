// Authoring helper: fills every missing "zh-Hans" in scenarios/*.json from its "zh-Hant" (OpenCC, Hong Kong →
// Mainland) and orders locale keys zh-Hant, zh-Hans, en. Existing zh-Hans strings are kept as written.
// Usage: npx tsx scripts/fill-hans.ts [files…]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });

function fill(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fill);
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  if (typeof obj['zh-Hant'] === 'string' && typeof obj.en === 'string') {
    const hant = obj['zh-Hant'];
    const hans = typeof obj['zh-Hans'] === 'string' ? obj['zh-Hans'] : toHans(hant);
    return { 'zh-Hant': hant, 'zh-Hans': hans, en: obj.en };
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fill(v)]));
}

const files = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => join('scenarios', f));
for (const file of files) {
  const doc: unknown = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, `${JSON.stringify(fill(doc), null, 2)}\n`);
  console.log(`filled ${file}`);
}
