// What the customer says to a reply that gives her nothing to act on. "Nice words. What are you actually
// going to do?" (noSubstance) answers warm words; said to a bare 「好」, an "OK", or "I'll sort it out by three" with
// nothing warm in it, it answers words the trainee never said (play-through report, scen15dd). Those get
// whatExactly: "So what are you actually going to do?", which presupposes nothing but that she is still waiting.
import type { Line } from '../scenario/scenario.types.ts';
import { remark } from './remarks.ts';
import { has, type TurnDraft } from './turn-draft.ts';

/**
 * Moves that are "nice words": what noSubstance lines ("說得好聽", "I'm not here to be comforted") answer. A greeting is not
 * among them (scen15ff, play-through): "Hi, this is Sam from the front desk" or 「你好，我係客戶服務部嘅阿明」 said nothing warm,
 * and "Nice words, but what will you do?" to it answers words that were never said; she asks what will be done (whatExactly).
 */
export const WARM_MOVES = ['apologize', 'empathize', 'acknowledge', 'thank'] as const;

/**
 * A bare token on its own — 好, 嗯, 收到, 明白, OK, "got it" — acknowledges (the reader may read it as acknowledge), but it is
 * not nice words: "what use are all these nice words?" answers something that was not said.
 */
const BARE_TOKEN = /^(ok(ay)?|o\.?k\.?|k|sure|right|all ?right|fine|got it|understood|noted|i see|yes|yeah|yep|uh[- ]?huh|m+|hm+|嗯+|唔+|哦+|噢|喔|好+|好的|好吧|好嘅|行|可以|是|是的|係|系|收到|知道|知道了|明白|明白了|了解|ok啦|ok的)$/i;
/** The reply with its punctuation, quotes and spacing reduced to single spaces, as the bare patterns read it. */
const stripped = (text: string): string => text.replace(/[\s.,!?~…。，！？、～「」“”"']+/g, ' ').trim();
export const isBareToken = (text: string): boolean => BARE_TOKEN.test(stripped(text));

/** A greeting on its own — "Hi", "Good afternoon", 你好, 早晨 — with nothing else said. */
const BARE_GREETING = /^(hi|hello|hey|hiya|good (morning|afternoon|evening|day)|morning|afternoon|你好|您好|早晨|早安|早上好|午安|下午好|晚安|晚上好|哈囉|哈佬|嗨)( there)?$/i;

/**
 * A reply that says nothing but a bare token or a greeting: she is given nothing to answer — no story invited, no speech, no
 * nice words — and asks for substance (lines.ts).
 */
export const isBareReply = (text: string): boolean => isBareToken(text) || BARE_GREETING.test(stripped(text));

export const saidWarmWords = (draft: TurnDraft): boolean => WARM_MOVES.some((m) => has(draft, m)) && !isBareToken(draft.text);

/** The remark for a reply with nothing behind it: noSubstance when it had warm words, whatExactly otherwise. */
export function hollowRemark(draft: TurnDraft): { source: string; lines: readonly Line[] } {
  const id = saidWarmWords(draft) ? 'noSubstance' : 'whatExactly';
  return { source: `remark/${id}`, lines: remark(draft.scenario, id) };
}
