// "Say NO only when it is good for the customer" (docs/training-model.md#liked-and-disliked-words): a no or a rule given with its reason — her own
// safety, in its sentence or the next ("后楼梯是逃生通道，消防规定不能放东西。这一条我没办法让步，因为真有火警，
// 最先要从那里走的就是您和宝宝"; "I can't leave it there, because in a fire that's the stairway you and your
// baby would use") — explains a no that serves her, which the decks teach; a bare rule or a no with no
// reason, or a reason about the company, still closes the door. The reason may come first, in the sentence
// before the no: the danger she would meet (真有火灾浓烟的时候，最先要从这里走的就是您和孩子。这一点我没办法让步;
// "the only way down if there's a fire, and … your own kids … I can't leave it there") or a so (所以). "Should something
// happen" is a reason too (真出了事，最先受影响的就是您家里人, blind t16-38). In Cantonese "if there really is a fire" is
// 真係有火警, and her son is 個仔; the pram in her way (架車會擋住你哋) is the danger meeting her (scen15q probes).
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';

// Folded text: Simplified Chinese, lower case.
// scen15t (blind t20-36): the reason pointed back to — "That's why I can't let them stay there", 这就是为什么…, 就係咁 —
// and the danger as the time it would meet her ("in a fire", "in an emergency", 有事嘅时候) give the reason as "because" does.
const REASON =
  /因为|为了|为咗|因住|所以|万一|一旦|真(系|是|的)?有|如果有|(真|要是|如果|若)(的)?(出|发生)(了)?事|(这|呢|就)(就)?(是|系)为(什么|何|咩)|就系咁|because|so that|for your|in case|if there|(?<![a-z])so (?!much|many|sorry)|\b(that|this|which) is (why|the reason)\b|\bin (a|an|any) (fire|emergency|evacuation)\b/;
const SAFETY = /逃生|火警|火灾|走火|消防|安全|危险|意外|受伤|急救|fire|escape|safety|safe|danger|emergenc|injur/;
// She (or hers) is the one the danger would meet — not any "you" near a safety word: "we can't refund you because
// of company safety policy" and 規定就係規定，因為安全問題，你唔好再講 give the company's rule, not her safety.
const HER_AT_RISK =
  /you and your|your (own )?(safety|life|baby|babies|child|children|kids|family|son|daughter|way out)|keep(ing)? you safe|(you|your baby|your kids|your child) (could|might|would|will|can) (get |be )?(hurt|injured|trapped|stuck|burn)|(保护|保障|为咗|为了)(你|您)|(你|您)(同|和|一家|屋企)|(你|您)(嘅|的)(安全|家人|小朋友|孩子|宝宝|bb|性命|屋企人)|宝宝|bb|孩子|小朋友|家(里)?人|屋企人|个仔|个女|仔女|儿子|女儿|(挡|阻|绊|拦)(住|倒|到|着)(你|您)|(你|您).{0,6}(受伤|危险|走唔到|走不了|走唔切|逃不出)/;

/** True when the span's sentence, with the one before and the two after, gives her own safety as the reason. */
export function forHerSafety(ctx: ReplyContext, span: Span): boolean {
  const at = ctx.sentences.indexOf(ctx.sentenceOf(span));
  const text = ctx.sentences
    // Two after it: a Chinese reason often runs over clauses (真出了事，最先受影响的就是您家里人).
    .slice(Math.max(0, at - 1), at + 3)
    .map((s) => s.text)
    .join('');
  return REASON.test(text) && SAFETY.test(text) && HER_AT_RISK.test(text);
}
