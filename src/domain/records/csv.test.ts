import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV', () => {
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const csv = toCsv(['學員', 'score'], [['陳大文', 80]]);
    expect(csv.startsWith('\uFEFF學員,score\r\n陳大文,80\r\n')).toBe(true);
  });
  it('quotes commas, quotes and newlines; defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('x\ny')).toBe('"x\ny"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});
