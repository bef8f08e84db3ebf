// Words named only to be declined are not offered: "I can't leave it there", 我冇辦法通融, 不能繼續放 name
// the give-in remedy's words (and the scenario's overpromise wording) under a no. The customer hears the no
// (and the reason given with it), not a concession; the reading drops the remedy and the classifier the
// offer or overpromise. Only a negation right before the words counts — at most one word between in English
// ("can not just leave it there"), a few characters in Chinese (没办法再通融) — so "I can't promise the
// technician today, but…" still names the technician. Works on the folded reply (normalize.ts: Simplified
// script, lower case, "can't" → "can not").

// scen15u (blind t21-37): the no said as what the trainee cannot agree to or allow — "I can't agree to leave them there",
// "I'm not able to let you keep it there", 我不能同意您继续放, 唔可以俾你繼續擺 — declines the words after it as the bare
// negation does: the agreeing verb and whom it lets are part of the no, not one of the words between.
const EN_LET = '( (agree|consent|allow|permit|approve|let)( (you|them|it|her|him|people|anyone|residents|the pram))?( to)?)?';
const EN_NO = new RegExp(`(?<![a-z])(can not|cannot|could not|will not|would not|am not able to|are not able to|unable to|not allowed to|no way to|not going to)( [a-z]+)?${EN_LET} $`);
const ZH_NO = /(不能|不可以|不可能|唔可以|唔能够|唔得|冇办法|没办法|没有办法|无法|不会|唔会|做不到|做唔到|不准|唔准|不得|不允许|不批准)(同意|答应|批准|允许|让|给|俾|畀)?(你)?[再就都也]?.{0,2}$/;

/**
 * The 不 / 唔 of an A-not-A question (得唔得, 可不可以, 能不能, 会不会) asks; it declines nothing: the
 * character before it repeats the one after it.
 */
const asksNotDeclines = (clause: string, at: number, no: string) => /^[不唔]/.test(no) && clause[at - 1] === no[1];

/** True when the words at `index` of the folded reply follow a negation that declines them. */
export function declinedAt(folded: string, index: number): boolean {
  const before = folded.slice(Math.max(0, index - 40), index);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('?'), before.lastIndexOf('!')) + 1);
  if (EN_NO.test(clause)) return true;
  const zh = ZH_NO.exec(clause);
  return zh !== null && !asksNotDeclines(clause, zh.index, zh[1]!);
}
