import { describe, expect, it } from 'vitest';
import { appendAt, applied, setAt } from './edit-doc.ts';

describe('edit-doc', () => {
  const text = '{\n  "id": "x",\n    "odd":   [1,2],\n  "lexicon": { "entries": [ { "id": "a" } ] }\n}';

  it('changes only the value at the path, leaving the rest of the text as the author wrote it', () => {
    const out = applied(text, setAt(text, ['id'], 'y'));
    expect(out).toBe(text.replace('"x"', '"y"'));
  });

  it('appends to an array, and creates a missing array and its parents', () => {
    const out = JSON.parse(applied(text, appendAt(text, ['lexicon', 'entries'], { id: 'b' })));
    expect(out.lexicon.entries).toEqual([{ id: 'a' }, { id: 'b' }]);
    const bare = '{\n  "id": "x"\n}';
    const created = JSON.parse(applied(bare, appendAt(bare, ['lexicon', 'entries'], { id: 'b' })));
    expect(created).toEqual({ id: 'x', lexicon: { entries: [{ id: 'b' }] } });
  });

  it('removes a value set to undefined', () => {
    expect(JSON.parse(applied(text, setAt(text, ['odd'], undefined)))).not.toHaveProperty('odd');
  });
});
