// A small parser for the regular-expression subset the lexicons use (literals, groups, alternation,
// quantifiers, classes, escapes, lookarounds), enough for gate.ts to see which characters a match must
// hold. Anything else is refused with an error, and the pattern then goes ungated.

export type Node =
  | { t: 'lit'; ch: string }
  | { t: 'any' } // consumes something the analysis does not pin down (class, '.', \s, back-reference)
  | { t: 'zero' } // zero-width: anchors, \b, lookarounds
  | { t: 'never' } // (?!) — matches nothing
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; body: Node; min: number; max: number };

const ESCAPE_LITERAL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const ch = this.src[this.i];
    let min = 1;
    let max = 1;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.i++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal '{'
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else {
      return atom;
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    return { t: 'rep', body: atom, min, max };
  }

  private atom(): Node {
    const ch = this.src[this.i++] as string;
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.skipClass();
      return { t: 'any' };
    }
    if (ch === '.') return { t: 'any' };
    if (ch === '^' || ch === '$') return { t: 'zero' };
    if (ch === '\\') return this.escape();
    return { t: 'lit', ch };
  }

  private group(): Node {
    let kind: 'capture' | 'look' = 'capture';
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        kind = 'look';
        this.i += 2;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        kind = 'look';
        this.i += 3;
      } else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1; // named group
      else throw new Error(`unsupported group at ${this.i}`);
    }
    const empty = this.src[this.i] === ')';
    const negative = kind === 'look' && this.src[this.i - 1] === '!';
    const body = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error('unclosed group');
    if (kind === 'look') return empty && negative ? { t: 'never' } : { t: 'zero' };
    return body;
  }

  private skipClass(): void {
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
  }

  private escape(): Node {
    const ch = this.src[this.i++] as string;
    if (ch === 'b' || ch === 'B') return { t: 'zero' };
    if ('dDsSwW'.includes(ch) || /[1-9]/.test(ch)) return { t: 'any' };
    if (ch === 'u' || ch === 'x') {
      const hex = ch === 'u' ? 4 : 2;
      const code = this.src.slice(this.i, this.i + hex);
      this.i += hex;
      return { t: 'lit', ch: String.fromCharCode(parseInt(code, 16)) };
    }
    return { t: 'lit', ch: ESCAPE_LITERAL[ch] ?? ch };
  }
}

/** The syntax tree of a regex source; throws on syntax outside the subset. */
export function parseRegex(source: string): Node {
  return new Parser(source).parse();
}
