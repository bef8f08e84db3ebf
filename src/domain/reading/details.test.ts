import { describe, expect, it } from 'vitest';
import { normalize } from '../reply/text/normalize.ts';
import { findOwners, hasOwner } from './owners.ts';
import { findTimes, latestTime } from './times.ts';

const when = (reply: string) => latestTime(findTimes(normalize(reply).text));
const owners = (reply: string) => findOwners(normalize(reply).text).map((o) => o.who);

describe('times a reply names', () => {
  it.each([
    ['我即刻幫你處理', 'now'],
    ['I will sort it out right away', 'now'],
    ['半個鐘內師傅到', 'now'],
    // An estimate is a time too: "should be back in about ten minutes", 大概再十分鐘.
    ['Dr Chen should be back in about ten minutes', 'now'],
    ['it will take another 15 minutes or so', 'now'],
    ['陳醫師大概再十分鐘就回來了', 'now'],
    ['今日下晝三點前安排師傅上門', 'today'],
    ['我今天下午三點前安排維修師傅上門檢查', 'today'],
    ["I'll call you before 6 this evening", 'today'],
    ['a technician between 9 and 12 today', 'today'],
    // A clock time with a colon in Chinese text (blind t11-12: 4:35我再message你 was read as no time, a hollow promise).
    ['4:35我再message你確認收到未', 'today'],
    // A clock time in words (blind t11-16).
    ["I'll check on you again at ten to five either way", 'today'],
    ['the engineer will be there by half past four', 'today'],
    // A bare clock time after a word that says when it lands (blind t13-11, t13-16).
    ["It's on its way: 2-lb nut-free mango cake, driver ETA 4:35.", 'today'],
    ["I can have you seen first when she's back, around 4:45", 'today'],
    ['the courier is due at 5:10', 'today'],
    ['下午一點前送到', 'today'],
    ["I'll ring you at six o'clock tomorrow", 'tomorrow'],
    ['聽朝9:30我再打俾你', 'tomorrow'],
    ['我聽朝十點前call返你', 'tomorrow'],
    ['明天中午前给您回电', 'tomorrow'],
    ['a technician tomorrow between 9 and 12', 'tomorrow'],
    ['within 24 hours', 'tomorrow'],
    ['我星期五前覆你', 'week'],
    ['we will refund you within 3 working days', 'week'],
    ['下個星期先有貨', 'later'],
    ['next week', 'later'],
  ])('%s → %s', (reply, expected) => {
    expect(when(reply)).toBe(expected);
  });

  it('reads no time in a promise that names none', () => {
    expect(when('我們會盡快處理')).toBeNull();
    expect(when("We'll look into it as soon as we can")).toBeNull();
    expect(when('我會跟進')).toBeNull();
    expect(when('單號GW58213，比分3:25:40唔係時間')).toBeNull();
    expect(when('At one point he said he would sort it out.')).toBeNull();
    expect(when('I was told by two different people.')).toBeNull();
    // "One by one" and "step by step" end in "by one"; a score of 3:45 in English text is no clock time.
    expect(when('We will go through your bills one by one.')).toBeNull();
    expect(when("I'll check it step by step, one by one.")).toBeNull();
    expect(when('The score was 3:45 in the match.')).toBeNull();
    // 一点 as "this point" or "a little" is no one o'clock (blind t13-38); two hours waited is no day this week.
    expect(when('後樓梯係逃生通道，呢一點我冇辦法讓步')).toBeNull();
    expect(when('这一点我没办法让步，您有一点不舒服我明白')).toBeNull();
    expect(when('你而家好啲未？快一點啦')).toBeNull();
    expect(when('让您等了两个小时也没人来说一声')).toBeNull();
  });

  it('lets the day decide for a clock time beside it: 明天下午三點 is tomorrow', () => {
    expect(when('明天下午三點')).toBe('tomorrow');
    expect(when('tomorrow at 3pm')).toBe('tomorrow');
  });
  // scen15s (probe p15s-10): a span before what she waits for is as near as the span is, in every language.
  it('hears half an hour before he leaves as now, as 出门前半小时 and 出門前半個鐘 are', () => {
    expect(when('Two of our staff will be at 17C half an hour before he leaves.')).toBe('now');
    expect(when('我们两名员工会在出门前半小时到17C。')).toBe('now');
    expect(when('我哋兩位同事會喺出門前半個鐘上到17C。')).toBe('now');
    expect(when('He waited an hour.')).toBeNull();
  });
});

describe('who a reply says will act', () => {
  it.each([
    ['我會親自跟進', ['self']],
    ['由我負責', ['self']],
    ["I'll call you back", ['self']],
    ['師傅聽日上嚟', ['staff']],
    ['the technician will come tomorrow', ['staff']],
    ['Dr Chen should be back in about ten minutes', ['staff']],
    ['陳醫師大概再十分鐘就回來了', ['staff']],
    ['我請經理過來', ['self', 'manager']],
    ['my manager will call you by 5', ['manager']],
    ['我哋會安排', ['team']],
    // Telling her how it went is the trainee acting (blind t8-23): 明天上午我告诉您效果.
    ['明天上午我告诉您效果', ['self']],
    ['搞掂咗我話返你知', ['self']],
    // I with the time I will act at (blind t11-27: 我六點前打上你屋企 was a call-back with no one calling).
    ['換完光管我六點前打上你屋企同你講聲', ['self']],
    ['我聽朝十點前call返你', ['self']],
    ['我星期五前覆你', ['self']],
    // Any time the times reading knows, not a list of its own: the day after tomorrow, next Monday, within two hours.
    ['我後日覆你', ['self']],
    ['我下星期一前覆你', ['self']],
    ['我兩個鐘內覆你', ['self']],
    ['我哋聽朝九點前搞掂', ['team']],
    // Our kitchen, a branch's own driver, a branch sending (blind t11-13, t11-31).
    ['our kitchen prepares longevity buns for your mother', ['staff']],
    ['from our Tai Koo branch now, with its own driver', ['staff']],
    ['现在马上从太古分店派专车送过来', ['team']],
    // I coming up, bringing or fetching: the trainee acting in person (blind t12-28: 今晚七點前我上嚟話你知).
    ['今晚七點前我上嚟話你知換完光管效果點', ['self']],
    ['醫生一返嚟我帶你入去', ['staff', 'self']],
  ])('%s → %j', (reply, expected) => {
    expect(owners(reply)).toEqual(expected);
  });

  it('hears the team sending its staff as an owner: 我们派两名员工带爬楼机上门 (blind t10-23)', () => {
    expect(hasOwner(findOwners(normalize('明早复诊，我们派两名员工带爬楼机上门。').text))).toBe(true);
    expect(owners('公司派職員上門')).toEqual(expect.arrayContaining(['team', 'staff']));
  });

  it('hears no one acting in a slip owned up to: 我一時大意 names no time to act at', () => {
    expect(owners('我一時大意寫錯咗日子')).toEqual([]);
  });

  it('hears "someone will call you" as no owner', () => {
    expect(hasOwner(findOwners(normalize('會有人聯絡你').text))).toBe(false);
    expect(hasOwner(findOwners(normalize('someone will get back to you').text))).toBe(false);
    expect(hasOwner(findOwners(normalize('我會打俾你').text))).toBe(true);
  });
});

describe('Chinese numerals in a time', () => {
  it.each([
    ['四十八小時內', 'week'],
    ['二十四小時內', 'tomorrow'],
    ['十二個鐘內', 'today'],
    ['兩個鐘頭內', 'now'],
  ])('%s → %s', (reply, expected) => {
    expect(when(reply)).toBe(expected);
  });
});
