// Where a Chinese reply typed without punctuation starts a new clause. Trainees type four moves as one line
// (唔好意思要你等咗成個鐘然後我而家即刻幫你查返張單跟住今晚八點前打返俾你, 您说的漏水我明白了然后我这边马上安排师傅上门
// 所以今天六点前给您回个电话): with no comma, a retelling opened at the start (您说的…, 你話…) swallows the plan that
// follows, and a question tag at the end (…你睇好唔好) asks the whole line. A clause starts, as after a comma:
// - at a connective that joins two clauses — 然后, 跟住, 接着, 所以, 同埋, 另外, 并且;
// - at the trainee taking the floor as the subject of a plan — 我/我们/我这边 followed by when or how they act
//   (现在, 马上, 即刻, 今天, 亲自, 会, 帮你…), unless the word before makes 我 an object or a reported speaker
//   (是我…, 怪我…, 同我…, 话我…).
// - at the fault owned after a retelling — 是我们/是我 (…你打嚟講張梳化送錯色係我哋跟得唔好), unless 是 belongs to the
//   words before it (不是, 就是, 说是, 都是…).
// These are clause breaks only, never sentence breaks: negation, sarcasm and "you" blame keep their sentence.
// English run-ons are split by run-on-breaks.ts; typed spaces by typed-spaces.ts.

const HAN = /[\u3400-\u9fff]/;
const CONNECTIVE = /^(然后|跟住|接着|所以|同埋|另外|并且)/;
const OWN_PLAN = /^(我们|我这边|我们这边|我)(现在|马上|即刻|立即|立刻|今天|今日|今晚|明天|明日|明早|稍后|亲自|这就|就|会|先|再|帮你|给你|替你|来)/;
// Words before 我 that make it an object, a reported speaker or the owner of a fault, not a new clause's subject.
const BOUND_BEFORE = /(是|怪|同|跟|和|与|给|帮|让|叫|被|把|对|话|讲|说|问|等|找|告诉|以为|觉得|知道|通知|联络|联系|如果|要是|等于|连)$/;
const OWNED = /^是(我们|我)/;
const BOUND_IS = /(不|就|都|也|还|只|可|要|说|讲|话|即|若|如|但|算|像|正|总|却|又|而|倒|真|应|会|该)$/;
const FIRST = new Set(['是', '我', '然', '跟', '接', '所', '同', '另', '并']);
/** Fewer characters than this since the last break leave the clause whole (然后 opening a reply, 我就… after 好). */
const MIN_CLAUSE = 3;

/** Folded offsets where a clause starts inside an unpunctuated Chinese stretch. */
export function runOnClauses(text: string): Set<number> {
  const out = new Set<number>();
  let last = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (!HAN.test(text.charAt(i - 1))) {
      if (/[,.!?;:"\n]/.test(text.charAt(i - 1))) last = i;
      continue;
    }
    if (!FIRST.has(c)) continue;
    if (i - last < MIN_CLAUSE) continue;
    const after = text.slice(i, i + 6);
    const breaks =
      CONNECTIVE.test(after) ||
      (OWNED.test(after) && !BOUND_IS.test(text.charAt(i - 1))) ||
      (OWN_PLAN.test(after) && !BOUND_BEFORE.test(text.slice(Math.max(last, i - 4), i)));
    if (breaks) {
      out.add(i);
      last = i;
    }
  }
  return out;
}
