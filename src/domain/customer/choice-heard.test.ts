// scen15x (a trainee trying the chat): asked "Would you like a replacement cake delivered by 4:30, or a full refund?",
// the customer answered "What good is money? I need a cake, not a refund!" — as if only the refund were offered. A
// believable customer (docs/training-model.md#customer-model) hears a choice that holds what she wants and weighs that
// option (offer.ts: putsAChoice, bestRemedy); a choice that holds nothing she wants is still refused.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import type { Locale } from '../reply/reply.types.ts';

const cake = shipped('chat-late-birthday-cake');
const chat = (locale: Locale, replies: string[]) => runDrill(cake, replies, { read: createReader(cake), locale, seed: baseSeed(cake) });
const opening = {
  en: ["Hi Mrs Yeung, I'm Dan, the duty supervisor. I'm really sorry, the party's at 5 and no cake. You must be so worried.", 'Can I check: 2lb nut-free mango cake to Tai Koo Shing, 1-3 pm slot?'],
  'zh-Hant': ['楊太你好，我係當值經理阿Ken，真係好對唔住，就快四點都未收到蛋糕，五點仲要開生日會，一定急死。', '我確認吓：兩磅無果仁芒果蛋糕，送太古城，一點至三點，冇錯吧？'],
  'zh-Hans': ['杨太太您好，我是值班主管小周。真的很抱歉，快四点了蛋糕还没到，五点就要开生日会，您一定急坏了。', '我核对一下：两磅无坚果芒果蛋糕，送太古城，一点到三点，对吗？'],
} as const;

describe('a choice that holds what she wants', () => {
  it.each([
    ['en', 'Would you like a replacement cake brought to you by 4:30, or a full refund?'],
    ['en', 'Would you like a new cake rushed over by 4:30, or your money back?'],
    ['en', 'Two options: we remake the same cake and get it to you by 4:30, or we refund you in full. Which do you prefer?'],
    ['zh-Hant', '我哋即刻整過一個一模一樣嘅蛋糕，四點半前送到你屋企，定係全數退款俾你？你揀邊樣？'],
    ['zh-Hans', '您是要我们重新做一个一样的蛋糕，四点半前送到您家，还是全额退款？'],
  ] as const)('is heard by the option she wants (%s: %s)', (locale, choice) => {
    const run = chat(locale, [...opening[locale], choice]);
    expect(run.sim.offer?.remedy).toBe('rush');
    expect(run.sim.turns[2]?.signals).not.toContain('solution-refused');
  });

  it('is still refused when it holds nothing she wants (a cake off the shelf or a refund)', () => {
    const run = chat('en', [...opening.en, 'Would you like a ready-made cake from the shelf, or a full refund?']);
    expect(['shelf-cake', 'refund']).toContain(run.sim.offer?.remedy);
    expect(run.sim.offer?.status).toBe('refused');
  });

  it('is the clinic patient going in first when the doctor is back, not the day she does not want (zh-Hant)', () => {
    const clinic = shipped('clinic-reception-wait');
    const run = runDrill(
      clinic,
      [
        '林阿嬤，您好，我是櫃檯的小婷。讓您等了兩個鐘頭，都沒有人過來跟您說一聲，真的很對不起。您一定等得很累吧？',
        '陳醫師三點的時候被叫去處理一位急診病人，剛剛先進去的是王醫師的病人跟打疫苗的人。',
        '您要再等十分鐘，陳醫師一回來就請您進去，還是改明天再來？',
      ],
      { read: createReader(clinic), locale: 'zh-Hant', seed: baseSeed(clinic) },
    );
    expect(run.sim.offer?.remedy).toBe('see-now');
  });
});

describe('a remedy told as what a colleague is doing now', () => {
  it.each([
    ['en', 'Done. A driver is taking an identical cake from our Tai Koo branch straight to you, just for your order. At your door by 4:30.'],
    ['en', 'A van is heading over with it now, only your order on board. Outside your door by 4:30.'],
    ['zh-Hant', '我哋同事而家帶緊一個一模一樣嘅無果仁蛋糕由分店出發，淨係送你一張單，四點半前到你屋企門口。'],
    ['zh-Hans', '司机正在给您送一个一模一样的蛋糕过去，四点半前到。'],
  ] as const)('is an offer of what she wants (%s: %s)', (locale, plan) => {
    const run = chat(locale, [...opening[locale], plan]);
    expect(run.sim.offer?.remedy).toBe('rush');
  });

  it('is not one when the driver is busy with other orders', () => {
    const run = chat('en', [...opening.en, 'The driver is taking a lot of orders around Tai Koo Shing today, he will get to you when he gets to you.']);
    expect(run.sim.offer).toBeNull();
  });
});
