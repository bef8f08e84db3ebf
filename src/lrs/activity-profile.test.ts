import { describe, expect, it } from 'vitest';
import { asciiJson } from './activity-profile.ts';

describe('documents sent as ASCII JSON', () => {
  it('escapes every non-ASCII character, and the document parses to the same value', () => {
    const doc = { name: '全部損失我哋都會賠晒俾你', emoji: 'ok 😀', quote: '“x”', plain: 'a\\"b' };
    const text = asciiJson(JSON.stringify(doc));
    expect(text).toMatch(/^[ -~]*$/);
    expect(text).toContain('\\u5168');
    expect(JSON.parse(text)).toEqual(doc);
  });
});
