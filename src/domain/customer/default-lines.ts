// What a customer says by default when a scenario written before format 3 has no lines of its own for
// the engine's remarks and wants (migrate-scenario.ts fills them in). Neutral wording in all three
// languages; shipped scenarios write their own in the customer's voice.
import type { LocalizedText, RemarkId } from '../scenario/scenario.types.ts';

const t = (zhHant: string, zhHans: string, en: string): LocalizedText => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });

export const DEFAULT_REMARKS: Record<RemarkId, LocalizedText[]> = {
  repeatedApology: [t('你已經道歉好幾次了。你打算怎樣處理？', '你已经道歉好几次了。你打算怎样处理？', "You've said sorry several times. What are you going to do about it?")],
  parroted: [t('你剛才已經這樣說過了。', '你刚才已经这样说过了。', 'You just said that.')],
  noSubstance: [t('說得好聽，那實際上怎麼辦？', '说得好听，那实际上怎么办？', 'Nice words. What are you actually going to do?')],
  whatExactly: [t('那你實際上會怎樣處理？', '那你实际上会怎样处理？', 'So what are you actually going to do?')],
  askWhen: [t('甚麼時候？給我一個確實的時間。', '什么时候？给我一个确实的时间。', 'When, exactly? Give me a time.')],
  askWho: [t('由誰負責？誰會聯絡我？', '由谁负责？谁会联系我？', "Who's responsible? Who will contact me?")],
  alreadyTold: [t('我剛才已經說過了。', '我刚才已经说过了。', 'I already told you that.')],
  nothingMore: [t('我知道的都已經告訴你了。', '我知道的都已经告诉你了。', "That's everything I know. I've told you all of it.")],
  warning: [t('你再這樣說話，我就要找你的上司。', '你再这样说话，我就要找你的上司。', 'Talk to me like that once more and I want your manager.')],
  wantsAgain: [t('我已經說過我想要甚麼了。', '我已经说过我想要什么了。', "I've already told you what I want.")],
  unanswered: [t('我剛才問你的，你還沒有回答。', '我刚才问你的，你还没有回答。', "You still haven't answered what I asked.")],
  slowReply: [
    t('喂？還在嗎？我等了好一陣子了。', '喂？还在吗？我等了好一会儿了。', "Hello? Are you still there? I've been waiting a while."),
    t('你們回覆得真慢。', '你们回复得真慢。', 'That took a long time to answer.'),
  ],
};

export const DEFAULT_WANTS_SAYS: LocalizedText[] = [t('我只想問題盡快解決，有人負責到底。', '我只想问题尽快解决，有人负责到底。', 'I just want it fixed, and someone to take responsibility for it.')];
