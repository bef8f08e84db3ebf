// The JSON Schema shipped to trainers' editors, generated from the one zod definition.
import { z } from 'zod';
import { ScenarioSchema } from './scenario.schema.ts';

/** JSON Schema (draft 2020-12) for scenario files. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: 'input' }),
    $id: 'https://defuse.local/scenario.schema.json',
    title: 'Defuse scenario',
    description: 'A complaint-handling role-play: persona, facts, states, reactions, end states, model answers.',
  };
}
