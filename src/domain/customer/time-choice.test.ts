// scen15ii (a new user's play-through): asked to choose when — "Would you prefer we arrange the repair for this afternoon or
// tomorrow morning?" (angry-resident), 你希望我們今天下午還是明天上午處理？ (broken-promise, Easy) — the customer answered
// "But after the plumber's been, who tells me what's happening?" and 「嗯，你講，我聽緊。」: not a choice. Asked to choose, she
// chooses first (time-choice.ts), then pushes on. Played here with the real reader, in the three languages.
import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';
import type { Locale } from '../reply/reply.types.ts';

const promise = shippedPlayer('broken-promise');
const resident = shippedPlayer('angry-resident');
const LEAD: Record<Locale, string[]> = {
  'zh-Hant': ['李小姐,真的很抱歉,說好三個工作天,結果等了兩個星期都沒有消息,換了是我也會很失望。', '對不起,是我們沒有跟進好,這是我們的責任。請問當時是哪位同事答應你三個工作天?你是哪一天來登記的?'],
  'zh-Hans': ['李小姐，真的很抱歉，说好三个工作日，结果等了两个星期都没有消息，换了是我也会很失望。', '对不起，是我们没有跟进好，这是我们的责任。请问当时是哪位同事答应您三个工作日？您是哪一天来登记的？'],
  en: ["Ms Lee, I'm so sorry. You were promised three working days and it's been two weeks with no news — I'd be disappointed too.", "That's our failure to follow up. Which colleague promised you three working days, and what day did you apply?"],
};
const CHOICE: Record<Locale, string> = {
  'zh-Hant': '你希望我們今天下午還是明天上午處理?',
  'zh-Hans': '您希望我们今天下午还是明天上午处理？',
  en: 'Would you prefer we sort it out this afternoon or tomorrow morning?',
};
const SOONER: Record<Locale, string> = { 'zh-Hant': '梗係越快越好，早嗰個啦。', 'zh-Hans': '当然越快越好，早一点的那个。', en: 'The sooner the better — the earlier one.' };

describe('asked to choose when, she chooses first (scen15ii)', () => {
  for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as Locale[]) {
    it(`${locale}: broken-promise at Easy — the sooner, before anything else`, () => {
      const run = promise(locale, [...LEAD[locale], CHOICE[locale]], { difficulty: 'easy' });
      const words = run.sim.turns[2]!.customer.map((c) => c[locale]);
      expect(words[0]).toBe(SOONER[locale]);
    });
  }

  it('en: angry-resident after a plan — "this afternoon or tomorrow morning?" is chosen, not passed over', () => {
    const replies = [
      "I'm really sorry, Mr Chan. A week of water coming through your ceiling after calling twice — that's awful, and we let you down.",
      "That's on us. I'll handle it myself. Can you tell me exactly where the water is coming in, and is it still dripping now?",
      "Here's what I'll do: I'll send our technician up with you right now to check 12B, and I'll put a bucket and towels in your bathroom today.",
      'Would you prefer we arrange the repair for this afternoon or tomorrow morning?',
    ];
    const run = resident('en', replies);
    expect(run.sim.turns[3]!.customer[0]!.en).toBe(SOONER.en);
  });

  it('a choice of what (not when) or a plan with one time is not a choice of when', () => {
    const run = promise('en', [...LEAD.en, "I'll call you by 5 pm today. Is that OK?"], { difficulty: 'easy' });
    expect(run.sim.turns[2]!.customer.map((c) => c.en)).not.toContain(SOONER.en);
  });
});
