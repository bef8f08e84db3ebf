import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';
import { scoreDrill } from './score-drill.ts';

// The words a scorecard line shows are the ones its rule read. Two readings of one question (an offer "would you
// like …" and the choice "…, or …?") overlap; the line shows the whole question, not the first reading's half.
describe('the words shown for a point', () => {
  const playChat = shippedPlayer('chat-late-birthday-cake');
  const play = (replies: string[], locale: 'en' | 'zh-Hant' | 'zh-Hans') => {
    const run = playChat(locale, replies, { difficulty: 'standard' });
    return scoreDrill(run.played, { ...run, locale });
  };
  const shown = (card: ReturnType<typeof play>) =>
    [...card.evidence, ...card.turns.flatMap((t) => t.evidence)].find((e) => e.message.key === 'scorecards.rules.chatQuestion')?.span?.text;

  it.each([
    ['en', ["I'm so sorry your cake hasn't arrived, that's awful on a birthday.", 'Would you like a replacement cake by 4:30, or a full refund?'], 'a replacement cake by 4:30, or a full refund'],
    ['zh-Hant', ['真係好對唔住,生日蛋糕遲咗,你一定好擔心。', '你想我哋四點半前送個新蛋糕,定係全數退款?'], '定係全數退款'],
    ['zh-Hans', ['真的很抱歉,生日蛋糕还没到,您一定很着急。', '您是想四点半前给您重新送一个蛋糕,还是全额退款?'], '还是全额退款'],
  ] as const)('%s: a two-option question is shown whole', (locale, replies, tail) => {
    const text = shown(play([...replies], locale));
    expect(text).toBeDefined();
    expect(text).toContain(tail);
  });
});
