// Generates public/scenario.schema.json from the zod schema, so trainers get autocomplete and errors in
// their editor. Run by `npm run schema`; a test fails if the shipped file is stale.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/domain/scenario/scenario-json-schema.ts';

writeFileSync('public/scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log('wrote public/scenario.schema.json');
