import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './scenario-json-schema.ts';
import { SHIPPED_IDS, shippedDoc } from './test-support/shipped.ts';

describe('public/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema`)', () => {
    const shippedSchema: unknown = JSON.parse(readFileSync(new URL('../../../public/scenario.schema.json', import.meta.url), 'utf8'));
    expect(shippedSchema).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
  it.each(SHIPPED_IDS)('is referenced by %s', (id) => {
    expect(shippedDoc(id).$schema).toBe('../public/scenario.schema.json');
  });
});
