import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../domain/scenario/scenario-json-schema.ts';
import { completionsAt, hoverAt, keyCompletionRange } from './schema-assist.ts';

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

  it('offers every property name right after a typed quote, writing the name inside the quotes', () => {
    // The editor closed the quote: {"schemaVersion": 3, "|"}
    const text = '{"schemaVersion": 3, ""}';
    const pos = text.indexOf('""') + 1;
    expect(completionsAt(schema, text, pos).map((o) => o.label)).toContain('persona');
    // Nothing typed after the quote yet: the filter text is empty (every name shows), and the closing quote is replaced.
    expect(keyCompletionRange(text, pos)).toEqual({ from: pos, to: pos + 1, quoted: true });
    const typed = '{"schemaVersion": 3, "pe"}';
    const after = typed.indexOf('pe"') + 2;
    expect(keyCompletionRange(typed, after)).toEqual({ from: after - 2, to: after + 1, quoted: true });
    // A bare word (no quote typed) is replaced whole by the quoted name.
    const bare = '{"schemaVersion": 3, pe}';
    expect(keyCompletionRange(bare, bare.indexOf('pe') + 2)).toEqual({ from: bare.indexOf('pe'), to: bare.indexOf('pe') + 2, quoted: false });
  });

  it('documents the field under the cursor from the schema', () => {
    const text = '{"id": "x"}';
    expect(hoverAt(schema, text, 2)?.description).toMatch(/Scenario id/);
    expect(hoverAt(schema, text, 9)?.description).toMatch(/Scenario id/);
  });
});
