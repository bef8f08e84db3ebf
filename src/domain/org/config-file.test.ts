import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConfigText } from './config.schema.ts';
import { isShippedPracticeFile } from './config-file.ts';

describe('the shipped organisation file', () => {
  it('is recognised without the schema, and the schema agrees it means practice', () => {
    const shipped = readFileSync('public/defuse.config.json', 'utf8');
    expect(isShippedPracticeFile(shipped)).toBe(true);
    expect(checkConfigText(shipped)).toMatchObject({ ok: true, config: { format: 'defuse-config', version: 1 } });
    expect(checkConfigText(shipped)).not.toHaveProperty('config.organisation');
  });

  it('sends anything more, or anything wrong, to the full check', () => {
    for (const text of [
      '{"format":"defuse-config","version":1,"organisation":{"id":"acme","name":"Acme"}}',
      '{"format":"defuse-config","version":1,"organisaton":{}}',
      '{"format":"defuse-config","version":2}',
      '{"format":"defuse-config","version":"1"}',
      '{"format":"defuse-config"',
      '[]',
    ]) {
      expect(isShippedPracticeFile(text)).toBe(false);
    }
  });
});
