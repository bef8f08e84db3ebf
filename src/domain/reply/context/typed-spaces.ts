// Where a trainee typed a space between two Chinese characters. Folding drops those spaces (公司的 規定 is
// 公司的規定, so a listed phrase still matches), but in chat they separate clauses the way a comma does:
// 有咩可以幫到你 你話部手機黑屏 係咪完全開唔返機 is three clauses, and the last one asks.
import type { FoldedText } from '../text/normalize.ts';

const HAN_BEFORE = /([\u3400-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}])$/u;
const HAN_AFTER = /^([\u3400-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}])/u;

/** Folded offsets whose character had a typed space, dropped by folding, between it and a Chinese character before. */
export function typedSpaces(f: FoldedText): Set<number> {
  const out = new Set<number>();
  const { starts, ends, original } = f;
  for (let i = 1; i < f.text.length; i++) {
    const from = ends[i - 1] ?? 0;
    const to = starts[i] ?? 0;
    if (to <= from) continue;
    if (original.slice(from, to).trim() !== '') continue;
    if (HAN_BEFORE.test(original.slice(Math.max(0, from - 2), from)) && HAN_AFTER.test(original.slice(to, to + 2))) out.add(i);
  }
  return out;
}
