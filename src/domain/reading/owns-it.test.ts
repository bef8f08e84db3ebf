// The trainee naming themself as the one who will carry out the remedy, at a stated time, takes it on (owns-it.ts).
import { describe, expect, it } from 'vitest';
import { shipped } from '../scenario/test-support/shipped.ts';
import { createReader } from './read-reply.ts';

const lobby = createReader(shipped('lobby-suggestion'));
const owns = (text: string) => lobby(text).acts.includes('take_ownership');

describe('a remedy the trainee takes on at a stated time', () => {
  it('is ownership in every language (blind t13-27)', () => {
    expect(owns('我今日下晝四點前叫技工換晒嗰邊啲光管，順便處理埋張地氈。')).toBe(true);
    expect(owns('我今天下午四点前安排技工把那边的灯管全部换掉。')).toBe(true);
    expect(owns("I'll have the technician replace all the tubes by 4 this afternoon.")).toBe(true);
  });

  it('is not ownership when the team or a colleague acts, when no time or only "right away" is named, or when asked', () => {
    expect(owns('我哋今日下晝四點前會換晒嗰邊啲光管。')).toBe(false);
    expect(owns('我叫技工換晒嗰邊啲光管。')).toBe(false);
    expect(owns('我即刻叫技工換晒嗰邊啲光管。')).toBe(false);
    expect(owns('我今日下晝四點前叫技工換晒嗰邊啲光管，好唔好？')).toBe(false);
  });

  // scen15p (blind t15-28): the time first, then 我就 — "this afternoon I'll arrange it".
  it('is ownership with the time before 我 and 就 as the verb of acting', () => {
    expect(owns('这个建议很实在。今天下午我就安排技工换灯管，顺便把地垫弄平。')).toBe(true);
    expect(owns('今日下晝我就叫技工換晒啲光管。')).toBe(true);
    // 我就是… says who I am and 我就不… what I won't: nobody acts.
    expect(owns('今天下午我就是想跟您说，技工会换灯管。')).toBe(false);
  });

  it('is not read from a timed follow-up alone (step 6, not step 3)', () => {
    expect(owns('明晚六點前我打個電話上你屋企，問吓你光唔光夠。')).toBe(false);
  });

  // scen15n (blind t14-11): the time said in the next sentence, which goes on about what I do ("It can reach you by 4:35").
  it('hears the time in the sentence right after, when it goes on about the same thing', () => {
    const cake = createReader(shipped('chat-late-birthday-cake'));
    const ownsCake = (text: string) => cake(text).acts.includes('take_ownership');
    expect(ownsCake("I'm sending an identical 2 lb nut-free mango cake from our Tai Koo branch by a dedicated driver now.\nIt can reach you by 4:35.")).toBe(true);
    expect(ownsCake("I am sending a new cake from our Tai Koo branch right now. It will be with you by 4:35.")).toBe(true);
    // A next sentence about something else, or asking, lends no time.
    expect(ownsCake("I'm sending an identical cake from our Tai Koo branch now. The party starts at 5, doesn't it?")).toBe(false);
    expect(ownsCake("I'm sending an identical cake from our Tai Koo branch now. Is 4:35 OK?")).toBe(false);
  });
});
