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

  it('is not read from a timed follow-up alone (step 6, not step 3)', () => {
    expect(owns('明晚六點前我打個電話上你屋企，問吓你光唔光夠。')).toBe(false);
  });
});
