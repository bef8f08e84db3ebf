import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../domain/scenario/scenario-json-schema.ts';
import { completionsAt, hoverAt } from './schema-assist.ts';

const schema = scenarioJsonSchema();

describe('schema assist', () => {
  it('completes missing top-level properties with their descriptions', () => {
    const text = '{"schemaVersion": 2, ""}';
    const options = completionsAt(schema, text, text.indexOf('""') + 1);
    const labels = options.map((o) => o.label);
    expect(labels).toContain('persona');
    expect(labels).not.toContain('schemaVersion');
    expect(options.find((o) => o.label === 'id')?.info).toMatch(/Scenario id/);
  });

  it('completes enum values', () => {
    const text = '{"setting": }';
    const labels = completionsAt(schema, text, text.indexOf(':') + 2).map((o) => o.label);
    expect(labels).toContain('"face_to_face"');
  });

  it('offers a fact\'s topics and their locales, with the matching rules as documentation', () => {
    const inFact = '{"facts": [{"id": "x", ""}]}';
    const topics = completionsAt(schema, inFact, inFact.indexOf('""') + 1).find((o) => o.label === 'topics');
    expect(topics?.info).toMatch(/question/);
    const inTopics = '{"facts": [{"topics": {"en": ["phone"], ""}}]}';
    expect(completionsAt(schema, inTopics, inTopics.indexOf('""') + 1).map((o) => o.label)).toEqual(['zh-Hant', 'zh-Hans']);
  });

  it('documents the field under the cursor from the schema', () => {
    const text = '{"id": "x"}';
    expect(hoverAt(schema, text, 2)?.description).toMatch(/Scenario id/);
    expect(hoverAt(schema, text, 9)?.description).toMatch(/Scenario id/);
  });
});
