import { describe, expect, it } from 'vitest';
import { UsageError } from './command.types.ts';
import { parseArgs } from './parse-args.ts';

describe('parseArgs', () => {
  const spec = { locale: 'string', json: 'boolean' } as const;

  it('reads values, flags and positionals in any order', () => {
    expect(parseArgs(['a.jsonl', '--locale', 'en', '--json', 'b'], spec)).toEqual({ options: { locale: 'en', json: true }, positional: ['a.jsonl', 'b'] });
    expect(parseArgs(['--locale=zh-Hant'], spec).options.locale).toBe('zh-Hant');
    expect(parseArgs(['--', '--not-an-option'], spec).positional).toEqual(['--not-an-option']);
  });

  it('names the option in one line when it is unknown, lacks its value or takes none', () => {
    const message = (args: string[]) => {
      try {
        parseArgs(args, spec);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message(['--lang', 'en'])).toBe('unknown option --lang');
    expect(message(['-x'])).toBe('unknown option -x');
    expect(message(['--locale'])).toBe('option --locale needs a value');
    expect(message(['--locale', '--json'])).toBe('option --locale needs a value');
    expect(message(['--json=yes'])).toBe('option --json takes no value');
  });
});
