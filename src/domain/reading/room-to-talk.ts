// A room offered to talk in is not a room offered as her remedy. Taking an agitated customer away from the crowd
// (帶離現場, docs/training-model.md#face-to-face; move_private) often names the same place a restaurant's remedy does — "Would you come with me
// to the private room just here? …I can give you my full attention", 我们到旁边包间坐下来说 (blind t15-31, t16-33) —
// and the customer heard it as the party's new table, too early and without a time. When the reply moves her
// somewhere quiet and the sentence naming the room (or the one after it) is about talking, the room is where the
// talk happens; "全家换到这间包间" (the family moves to this room) is still the remedy.

import { sentenceAt } from './sentence-at.ts';

// Talking, in the folded reply (Simplified script, Cantonese folded to Mandarin, lower case): sitting down to talk,
// talking it through, "hear you out", "my full attention".
const TALK =
  /(坐下来?|坐低|进去|过去|过来)(慢慢|好好|详细)?(说|谈|倾|讲|聊)|(慢慢|好好|详细)(说|谈|倾|讲|聊)|说说|谈谈|聊聊|倾吓|倾下|\b(talk|speak|chat|discuss|hear you out|go through (it|this|what happened))\b|\b(full|undivided) attention\b/;
const END = /[.!?;]/;

/** Whether the remedy named at `index` of the folded reply sits where the reply takes her aside to talk. */
export function roomToTalkAt(folded: string, index: number): boolean {
  const { from, to } = sentenceAt(folded, index, END);
  // …and the sentence after it, which often says why ("It's quieter, and I can give you my full attention.").
  const next = sentenceAt(folded, to + 1, END).to;
  return TALK.test(folded.slice(from, Math.min(folded.length, next + 1)));
}
