// The acts of a long reply (ReplyContext.unitOf): a blank cheque, an "if we can" or a retelling in one act does not
// reach into the next one, which starts where the trainee takes the floor again as subject (我…, 不過…, 另外…).
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const acts = (reply: string) => classifyReply(reply).acts;

describe('the acts of a long reply', () => {
  it('keeps a remedy a remedy beside a blank cheque in the next act', () => {
    expect(acts('李太真係好抱歉 塊玻璃爆咗嚇親你 我哋即刻派人封咗個位 我哋會全數負責你所有醫藥費 你話幾多就幾多')).toEqual(
      expect.arrayContaining(['apologize', 'propose_solution']),
    );
    expect(acts('理解您的心情,我这边马上给您退款,另外再赔您五百块,您看行吗?')).toContain('propose_solution');
  });

  it('still reads compensation with no limit, in its own act, as no remedy', () => {
    const read = acts('赔多少都可以 我们全包');
    expect(read).toContain('premature_liability');
    expect(read).not.toContain('propose_solution');
  });

  it('reads a remedy after the fault is owned as the trainee’s', () => {
    expect(acts('这事儿是我们的锅,我给您申请补偿,今天之内给您答复')).toEqual(expect.arrayContaining(['propose_solution', 'commit_followup']));
  });

  it('reads a deflection after 您反映的…我已經記下來了 as the trainee’s own, not the customer’s story', () => {
    expect(acts('您反映的冷氣問題我已經記下來了 不過這個要找大樓管委會 我們也沒辦法 您自己打給他們吧')).toContain('deflect');
  });

  it('keeps a promise the customer reports, and its broken ending, in her story', () => {
    expect(acts('你話上次個師傅話會幫你換新機 結果冇人嚟')).not.toContain('propose_solution');
  });
});
