// A recap listed item by item after a colon restates her story: read as a paraphrase, nothing else in it
// (recap-list.ts).
import { describe, expect, it } from 'vitest';
import { shipped } from '../scenario/test-support/shipped.ts';
import { createReader } from './read-reply.ts';

const lift = shipped('lift-outage-email');
const read = createReader(lift);

describe('a listed recap', () => {
  it('is a paraphrase, and her father going to hospital in it is neither a deflection nor an offer', () => {
    const r = read('我把您反映的情况归纳一下：一、B座电梯从昨晚六点停运至今；二、这是本月第三次；三、您父亲用助行器，无法走楼梯；四、他明早要去医院复诊；五、您对当班保安的处理不满意。如有遗漏，请直接回复补充。', { locale: 'zh-Hans' });
    expect(r.acts).toContain('paraphrase');
    expect(r.acts).not.toContain('deflect');
    expect(r.acts).not.toContain('propose_solution');
  });

  it('leaves what follows it read as usual', () => {
    const r = read('我归纳一下：电梯从昨晚六点停运，您父亲明早要去医院复诊。我们今天下午两点前派工程师到场。', { locale: 'zh-Hans' });
    expect(r.acts).toEqual(expect.arrayContaining(['paraphrase', 'propose_solution']));
  });

  it('needs two of her facts: a plan announced after 整理一下 is still a plan', () => {
    const r = read('我整理一下：我们今天下午两点前派工程师到场，明天下午六点前恢复运行。', { locale: 'zh-Hans' });
    expect(r.acts).toContain('propose_solution');
  });
});
