// Shared topic families: words that name the same remedy or subject in every scenario, in all three
// languages. A scenario's topic list that uses any word of a family is heard in every word of it, so an
// offer in the trainee's own words ("违约金全免", "a technician", "扶伯伯落樓") meets a want written in the
// scenario's ("免收违约金", "engineer", "爬樓機") — recognition by topic, not by the scenario's exact phrase.
// The time and owner an offer needs are weighed apart (customer/offer.ts). Words are folded as topics are
// (fact-topics.ts: Simplified script, lower case), so one spelling covers 師傅 and 师傅.

/**
 * One family: an id for docs and tests, its words in any language, and optional shapes — patterns over the
 * folded reply (Simplified script, 您 → 你, lower case; see topicPattern in fact-topics.ts) for a wording whose
 * parts a trainee fills in many ways (第一个 + 就/先 + 给/帮/替 + 你 + 看), so the family is heard by its
 * structure rather than by listing every combination. A shape never crosses a clause (no punctuation inside).
 */
export interface TopicFamily {
  id: string;
  words: readonly string[];
  shapes?: readonly RegExp[];
}

export const TOPIC_FAMILIES: readonly TopicFamily[] = [
  {
    id: 'repairer',
    words: ['师傅', '技术员', '技工', '工程师', '维修员', '维修工', '维修人员', '工程人员', '维修师傅', 'technician', 'engineer', 'repairman', 'repair man', 'repair crew', 'maintenance crew'],
  },
  {
    id: 'help-downstairs',
    words: [
      '爬楼机', '楼梯机', '扶落楼', '背落楼', '揹落楼', '抬落楼', '孭落楼', '扶下楼', '背下楼', '抬下楼', '陪他下楼', '送他下楼', '扶伯伯落楼',
      'stair-climber', 'stair climber', 'stairclimber', 'carry him down', 'help him down', 'help your father down', 'get him downstairs', 'take him down', 'bring him down',
    ],
  },
  {
    id: 'waive-fee',
    words: [
      '免收违约金', '不收违约金', '违约金全免', '违约金免收', '免违约金', '违约金豁免', '豁免违约金', '免除违约金', '违约金全部免除', '免收解约费', '解约费全免', '唔收违约金',
      'waive the fee', 'waive the early-termination fee', 'waive the termination fee', 'waive the penalty', 'no termination fee', 'no early-termination fee', 'no cancellation fee', 'without any penalty',
    ],
    // scen15u (blind t21-07, probe p15u-01/02): the fee named first and waived after it, in the trainee's own order —
    // 违约金全部免收, 违约金我们一分不收, 解約費唔收你 (folded 不收), "the termination fee is waived in full" — with nothing
    // between that says no (不能, 没法, 无法) or "not" in English.
    shapes: [
      /(违约金|解约费|提前解约费|提早解约费|罚款|罚金)[^,.!?;:\s不没冇无难]{0,6}(全部|全数|一律|统统|全)?(免收|免除|豁免|全免|免掉|一分不收|一分钱不收|一分钱都不收|一分都不收|不收你|不收了|不用付|不用交|不用给|不需要付|无需支付)/,
      /(?<!\b(not|never|unable to|cannot|can not) [a-z ]{0,12})\b(early[- ]termination|termination|cancellation|exit) (fee|charge|penalty)( will be| is| gets| would be| can be)? (fully |completely |entirely )?(waived|dropped|written off|scrapped|cancelled|canceled)\b/,
      // scen15z (blind t25-01, probes p15z-02/03): the waiving said first and the fee after it as hers — 为您免掉违约金, 免咗你嘅解約費
      // (folded 免了你的解约费), "waive your termination fee" — with no 不, 没, 无法 or "not" just before.
      /(?<!(不|没|冇|唔|无法|不能|没法|办法)[^,.!?;:\s]{0,3})(免掉|免去|免除|免了|豁免|免收|免)(你)?(的)?(全部|所有)?(的)?(提前|提早)?(违约金|解约费|罚款|罚金)/,
      /(?<!\b(not|never|unable to|cannot|can not|can't|won't) [a-z ]{0,12})\bwaive (the|your|any|that) (early[- ]termination |termination |cancellation |exit )?(fee|charge|penalty)\b/,
    ],
  },
  {
    id: 'storage',
    words: [
      '储物室', '储物房', '储物间', '储物格', '储物柜', '储物位', '储物仓', '储藏室', '储存室', '杂物房', '杂物间',
      // 貯 is written for 儲 in Hong Kong (貯物室, blind t13-37): the same room.
      '贮物室', '贮物房', '贮物间', '贮物格', '贮物柜', '贮物位', '贮物仓', '贮藏室', '贮存室',
      'storage room', 'store room', 'storeroom', 'storage space', 'storage area', 'storage unit', 'storage cage', 'storage locker', 'lockable storage', 'locker',
    ],
    // scen15q (the answer-is-no probes): the place kept for her things wherever the trainee finds one — 幫你騰個位 behind
    // the front desk, 给您划出一个车位 in the car park, "set aside a spot for you" — is that remedy in other words, so an
    // alternative to the landing she was refused is weighed rather than met as "nothing in particular". Not 留意 (notice).
    // scen15t (blind t20-36/37): a place found for it (揾個安全位幫你擺, 帮您在大堂旁边找一个地方放婴儿车, "find a safe spot for the
    // pram", "make room for your pram downstairs") is the same alternative as a place kept — found, kept or cleared, and
    // named by whom it is for (you, your pram) or by what goes there (放婴儿车). Not a place she is asked whether there is
    // (找找看有没有地方), nor one that cannot be found (找不到地方): the words between take no 不, 没, 冇, 唔 or 无.
    shapes: [
      /(?<!(不|没|冇|唔|无法|办法)[^,.!?;:\s]{0,3})(给|帮|为|替|俾|畀)你[^,.!?;:\s]{0,2}(留(?!意)|预留|保留|腾|划|找|揾)(出|返|低|开)?一?(个|块|格|处)?[^,.!?;:\s不没冇唔无]{0,6}(位|地方|空间|角落|空地)/,
      /(?<!(不|没|冇|唔|无法|办法)[^,.!?;:\s]{0,3})(留(?!意)|预留|保留|腾|划|找|揾)(出|返|低|开)?一?(个|块|格|处)?[^,.!?;:\s不没冇唔无]{0,6}(位|地方|空间|角落|空地)[^,.!?;:\s]{0,3}(给|俾|畀|帮)你/,
      // …or by what goes there: 找一个安全的地方放婴儿车, 揾個位泊架BB車 — 个 (one) is needed, so 找地方 alone is no place found.
      /(?<!(不|没|冇|唔|无法|办法)[^,.!?;:\s]{0,3})(留(?!意)|预留|保留|腾|划|找|揾)(出|返|低|开)?一?(个|块|格|处)[^,.!?;:\s不没冇唔无]{0,6}(位|地方|空间|角落|空地)[^,.!?;:\s]{0,2}(放|摆|泊|停|搁)[^,.!?;:\s]{0,3}(婴儿车|bb车|手推车|推车|车仔|鞋柜|车)/,
      /(?<!\b(not|never|unable to|no way to) )\b(set aside|reserve|keep|clear|hold|save|mark out|find|sort out|arrange) (you )?(a |an |some )?[a-z -]{0,20}\b(space|spot|place|corner|bay)\b[^.!?;]{0,20}\bfor (you|your|the (pram|buggy|stroller|shoe cabinet))\b/,
      /(?<!\b(not|never|unable to|no way to) )\bmake (some )?room\b[^.!?;]{0,16}\bfor (your|the) (pram|buggy|stroller|shoe cabinet)\b/,
    ],
  },
  {
    id: 'private-room',
    words: ['包房', '包间', '包厢', '厢房', '贵宾房', 'vip房', '私人房', '独立房间', 'private room', 'private dining room', 'function room', 'vip room'],
  },
  {
    id: 'fee-back',
    words: ['返还月费', '返还本月月费', '退还月费', '退还本月月费', '退月费', '月费退还', '月费返还', '本月月费全免', '免本月月费', '减免月费', "refund this month's fee", "credit this month's fee", "this month's fee back"],
    // scen15u (blind t21-07, probe p15u-01/02): the month's fee given back in the trainee's own words and order —
    // 返还您这个月的月费, 这个月的月费全部退给您, 本月月費退返俾你, "this month's fee is refunded", "refund you this month's
    // fee" — with no 不, 没 or "not" between. Shapes see the folded reply, where 返 is read as 回 (返还 → 回还, 退返 → 退回).
    shapes: [
      /(返还|回还|退还|退回|退|回赠|减免|免收|免)(给你)?(你)?(这|本|当|今|上)(个)?月(的)?月费/,
      /(这|本|当|今)(个)?月(的)?月费[^,.!?;:\s不没冇无]{0,6}(全部|全数|全)?(退给你|退还|退回|返还|回还|退|全免|免收|免除|回赠|不收)/,
      /(?<!\b(not|never|unable to|cannot|can not) [a-z ]{0,12})\b(refund|credit|waive|give you back|take off)( you)? (this|the|a|one|your) (whole |full |current )?month'?s (fee|bill|charge)/,
      /\b(this|the|your) month'?s (fee|bill|charge)( will be| is| gets| would be)? (fully |completely )?(refunded|credited|waived|on us|free)\b/,
      // scen15z (blind t25-01, probes p15z-02/03): the fee given back as hers, the month left implied — 返还您的月费, 退返你嘅月費
      // (folded 回还你的月费, 退回你的月费), "refund your monthly fee" — with no 不 or "not" just before.
      /(?<!(不|没|冇|唔|无法|不能|没法|办法)[^,.!?;:\s]{0,3})(返还|回还|退还|退回|回赠|减免)(给你)?你的(这个月的|本月的?|当月的?)?月费/,
      /(?<!\b(not|never|unable to|cannot|can not|can't|won't) [a-z ]{0,12})\b(refund|credit|waive|give you back|pay back)( you)? (your|the|this) (monthly|month'?s) (fee|bill|charge|rental)\b/,
    ],
  },
  {
    // scen15p (blind t18-37: 其他樓層我都會一樣跟進，唔會淨係搵你 answered nothing): the same rule for everyone, told
    // as the others it also reaches (other floors, other residents) or as "not only you" — the answer to "why only
    // me?" in any scenario whose remedy is named by 一視同仁 / every floor. A bare 不是针对你 (a reassurance, said
    // before she asks) is not: it says nothing of the others.
    id: 'same-for-all',
    words: [
      '一视同仁', '逐层', '每层', '每一层', '所有楼层', '所有住户', '其他楼层', '别的楼层', '其它楼层', '其他住户', '别的住户', '其它住户', '其他层', '别的层', '全部楼层', '每户',
      'every floor', 'each floor', 'all floors', 'other floors', 'other landings', 'other residents', 'every resident', 'all residents', 'everyone else', 'same rule',
      'not just you', 'not only you', 'not just yours', 'not only yours', 'not singling you out', 'not single you out',
      // scen15r (probes p15r-01…06): the others named as households rather than floors, and sameness itself.
      'every flat', 'every unit', 'every household', 'all the flats', 'all flats', 'all units', 'all households', 'treated the same', 'treat everyone the same', 'same for everyone', 'same for all',
      '一样对待', '同样对待', '一样处理', '同样处理',
    ],
    shapes: [
      // 不会/不是/并非 + 只/净是/单单/专门 + 针对/找/查/罚/处理/贴 + 你: "not only you" in Cantonese and Mandarin (folded).
      /(不会|不是|并非|没有|不)(只|净是|单单|单|专门|淨)(针对|找|查|罚|处理|贴|搞|揾)(你|一户|一家)/,
      // scen15r (blind t17-38/39: 唔係淨係你一家, 不只是您家; 唔係得你一家): "not only you" with no verb — the others it
      // reaches are implied. Not 不是你的错 (no 只), nor 不只是你的问题 about her problem.
      /(不|并非)(是|会是)?(只|止|净是|单单|单|得)(是|有)?你(?!们|的(错|问题))/,
      // 所有在后楼梯放了东西的住户都… / 每一户都…: every household (flat, floor, neighbour) the same thing reaches, in one clause.
      /(所有|全部|每一?(个|户|家|层|位))[^,.!?;:]{0,14}(住户|单位|业主|楼层|邻居|街坊|人家|户|层)[^,.!?;:]{0,4}都(?!不|没|冇|唔)/,
      // scen15s (blind t19-37/38: 全屋苑每個平台都一樣, 对小区每个楼梯平台都一样): the rule the same on every landing, in the
      // whole estate (全, 整个, Cantonese 成個) — the places it reaches rather than the households — said as sameness (都一样,
      // 都係一樣, 同样适用).
      /(全|整个|整|成(个|座|栋|幢)|所有|全部|每一?(个|座|栋|幢|条))[^,.!?;:]{0,8}(平台|楼梯|梯间|走廊|后楼梯|屋苑|小区|大厦|座|栋|幢|楼)[^,.!?;:]{0,4}(都|也)?(一样|同样|一视同仁|适用|照样)/,
      /\b(every|each|all (of )?the|all) (flats?|units?|households?|homes?|residents?|neighbou?rs?|landings?|stairwells?)\b/,
    ],
  },
  {
    // scen15w (blind t20-06, t22-32, t23-23/24; probes p15w-01…03): the damage a leak did made good in general words —
    // "we'll repair the ceiling and make good any damage", "whatever the water has spoiled… we'll put it right at our cost",
    // 损坏的地方我们负责修好, 天花同油漆我哋一齊執返好 — answers "who pays for the paint and the light?" as the repainted ceiling
    // does. Said as what will be made good (fixed, put right, paid for, on us) after or before the damage or the things it
    // spoiled, in one sentence with no "not" or 不/没 between; not "who pays for the damage?" asked back, nor the damage only
    // told back ("the paint's coming off").
    id: 'damage-made-good',
    words: ['修补天花', '修补天花板', '重新油', '重新刷', '重新油漆', 'ceiling repair', 'repaint', 'make good the damage', 'make good any damage', 'repair the damage', 'fix the damage'],
    // Each shape's match is the damage, or the making good, alone; the rest of the sentence is looked ahead to, so the
    // clause keeps the words that say it is done (bare-keyword.ts: a clause of topic words alone is a list, not an offer).
    shapes: [
      /(?<!(不|没|冇|唔|无法|办法)[^,.!?;:\s]{0,3})(损坏|损毁|泡坏|浸坏|弄坏|整坏|坏了|坏掉|水渍)(?=(?:(?!谁|哪个|哪位|不|没|冇|唔|无)[^.!?;:]){0,24}(修好|修补|修复|修回|整好|整回好|执好|执回好|翻新|重新油|重新刷|补回|赔偿|负责(修|整|执|赔|维修|搞)))/,
      /(?<!(不|没|冇|唔|无法|办法|谁)[^,.!?;:\s]{0,3})(修好|修补|修复|整好|整回好|执好|执回好|翻新|重新油|重新刷|赔偿)(?=[^,.!?;:\s不没冇唔无]{0,8}(损坏|损毁|泡坏|浸坏|弄坏|坏了的|油漆|灯))/,
      /(油漆|灯)(?=(?:(?!谁|哪个|哪位|不|没|冇|唔|无)[^,.!?;:\s]){0,10}(修好|修补|修复|整好|整回好|执好|执回好|翻新|重新油|重新刷))/,
      /(?<!\b(not|never|cannot|can't|won't|unable to|who|who will|who'll|who is going to) (?:[a-z]+ ){0,2})\b(repair|fix|make good|put right|restore|redo|repaint|pay for|cover)(?=( up)? (the |any |all the |all |your |whatever )?[a-z' -]{0,25}\b(damage|damaged|ceiling|paintwork|light fitting)\b)/,
      /\b(damage|damaged|spoiled|spoilt|ruined|paintwork|light fitting)\b(?=(?:(?!\b(not|never|no|who)\b|n't)[^.!?;]){0,60}\b(repaired|made good|put (it|them|that|everything) right|fixed|paid for|covered|restored|at our (cost|expense)|on us)\b)/,
      // scen15aa (blind t26-27, probes p15aa-01…03): the damaged things looked at, sorted out or dealt with, not only
      // repaired — 受損嗰度我哋都會一齊睇埋點執, 整壞咗嘅地方…我哋上嚟睇下點處理, 弄坏的…我们来处理, "we'll take care of
      // anything the water damaged", "whatever got damaged… we'll look at it with you and sort it out". The damage and its
      // dealing-with in one clause (no comma between), with no 漏 (the leak) between, so a leak fixed after the damage is
      // only asked about ("有冇整壞咗啲乜嘢？漏水我哋今日會處理") is not it; the damage then looked at ("看怎么", 睇下點) or
      // dealt with (处理, 执, 搞定, 解决, 跟进).
      /(?<!(不|没|冇|唔|无法|办法|有没有|有没)[^,.!?;:\s]{0,3})(受损|损坏|损毁|泡坏|浸坏|弄坏|整坏|坏了的|水渍)(?=(?:(?!谁|哪个|哪位|不|没|冇|唔|无|漏|只|自己)[^,.!?;:]){0,18}(处理|执(?!行|照|法|意|着)|搞定|解决|跟进|(看|睇)(看|下|一下)?(怎|点)))/,
      /(?<!\b(not|never|cannot|can't|won't|unable to|who|who will|who'll|who is going to) (?:[a-z]+ ){0,2})\b(sort out|take care of|look after|deal with|see to|look at)(?= (the |any |all the |all |your |whatever )?[a-z' -]{0,25}\b(damage|damaged|spoiled|spoilt|ruined|paintwork|light fitting)\b)/,
      /\b(damage|damaged|spoiled|spoilt|ruined)\b(?=(?:(?!\b(not|never|no|who)\b|n't)[^.!?;]){0,90}\b(sort (it|them|that|everything) out|sorted( out)?|taken care of|take care of (it|them|that|everything)|deal with (it|them|that|everything)|dealt with|look after (it|them|that|everything)|looked after)\b)/,
    ],
  },
  {
    // scen15x (blind t24-07, the trainee's "replacement cake delivered by 4:30, or a full refund?"): the thing she
    // wants brought to her, in words no topic list can hold — someone on our side carrying it to her now ("a van is
    // heading over with it", "is taking an identical cake… straight to you", 同事而家帶緊…由分店出發, 司机正在给您送过去)
    // or a new one brought ("a replacement cake brought to you by 4:30"). Not someone busy with other orders (送緊第二張單,
    // "taking it to the wrong address"), not what was done before (was, were), and not one refused (can't, 不能).
    id: 'brought-to-her',
    words: ['send a new', 'send an identical', 'driver straight', '专人送'],
    // Each match is the carrying alone; where it goes is looked ahead to, so the clause keeps its doing words.
    shapes: [
      /(?<!\b(was|were|not|never|cannot|can't|won't|unable to)\b[^.!?;]{0,30})\b(is|are|'s) (now |already |just |also )?(taking|bringing|driving|carrying|delivering|rushing|couriering|heading (over|round) with|coming (over|round) with)\b(?![^.!?;]{0,40}\b(wrong|other|another (customer|order|address)|orders|deliveries|customers)\b)(?=[^.!?;]{0,50}\b(to you|to your|straight|over|round|your way|it|one)\b)/,
      /(?<!\b(not|never|cannot|can't|won't|unable to)\b[^.!?;]{0,30})\b(replacement|new|fresh|identical|brand-new|second) ([a-z-]+ ){0,3}(brought|delivered|sent|driven|rushed|couriered|taken)(?=( over| round| straight)\b| (out |up )?(to you|to your|at your))/,
      /(?<!(不|没|冇|唔|无法|不能)[^,.!?;:]{0,6})(带紧|送紧|拎紧|拿紧|揸紧车|正在(给你|帮你|替你)?(送|带|拿)|正(给你|帮你)?(送|带))(?![^,.!?;:]{0,12}(别的|其他|第二|错))(?=[^,.!?;:]{0,24}(过来|过去|到你|给你|你家|你屋企|府上|门口|出发))/,
      // Made again and brought to her: "we remake the same cake and get it to you by 4:30", 整過一個一模一樣嘅…四點半前送到你屋企,
      // 重新做一个一样的蛋糕，四点半前送到您家 — the making, with her door ahead in the same sentence (a comma between).
      /(?<!\b(not|never|cannot|can't|won't|unable to)\b[^.!?;]{0,30})\b(remake|re-make|rebake|re-bake|bake|make|prepare) (you )?(a|an|the|your)( [a-z-]+){0,3} (cake|one|order)\b(?=[^.!?;]{0,50}\b(to you|to your|over|round)\b)/,
      /(?<!\b(not|never|cannot|can't|won't|unable to)\b[^.!?;]{0,30})\bget (it|one|them|the [a-z]+|a new [a-z]+|a replacement [a-z]+) (over )?to (you|your (door|place|home|flat|house))\b/,
      /(?<!(不|没|冇|唔|无法|不能)[^,.!?;:]{0,6})(重新做|重做|再做|整过|重新整|再整|另做|另外做|即刻做|马上做)(?=[^.!?;:]{0,24}(送到|送过|送来|送去|送上|送给你))/,
    ],
  },
  {
    id: 'seen-first',
    words: [
      '第一个看', '第一个就看', '第一个帮您看', '第一个就帮您看', '第一个帮你看', '第一个就帮你看', '第一个进去', '第一个就进去', '第一个叫您', '第一个叫你', '第一位看', '排第一', '先看您', '先看你',
      'first patient', 'first one in', 'first in', 'see you first', 'first to be seen', 'next in', "you're next", 'you are next',
      // Seen first in the passive (blind t13-16: "I can have you seen first on Dr Chen's return").
      'seen first', 'seen next', 'see you next', 'see her first', 'see him first',
      // The doctor as the one who sees her first (blind t11-16, t11-18): "the first one he sees", 一回来先给您看. Not a
      // bare 先给您看 — 我先给您看一下挂号单 is "let me first show you".
      '回来先给您看', '回来先给你看', '回来先帮您看', '回来先帮你看', '先给您看诊', '先给你看诊', '先帮您看诊', '先帮你看诊', '第一个给您看', '第一个给你看',
      'first one he sees', 'first one she sees', 'first person he sees', 'first person she sees', 'first patient he sees', 'first patient she sees', 'the first he sees', 'the first she sees',
    ],
    // scen15n (blind t14-18: 回来第一个就给您看 was heard as naming nothing): the first one (第一个/第一位/头一个) she is
    // seen as, whatever goes between — 就, 先, 给/帮/替/同 你 — up to 看/睇/诊/进去 in the same clause; and "first
    // in line" / "top of the list" for when he returns. Not 第一次 (the first time) and not 看到 (saw).
    shapes: [
      /(第一|头一)(个|位|名)[^,.!?;:\s]{0,5}(看(?!到|见|过)|睇(?!到|见)|诊|进去|入去|叫你)/,
      // …or told as whose turn it is: 回來第一位就是您 (blind t14-16), 下一个就轮到你, 第一個就係你.
      /(第一|头一|下一)(个|位|名)[^,.!?;:\s]{0,2}(是|轮到|到)你(?!的|们|先生|太太|家)/,
      /\b(first|top) (in line|of the (list|queue))\b/,
      // scen15x (a choice's wanted option): "go in first when Dr Chen is back", 陳醫師一回來就請您進去 — she goes in as soon
      // as the doctor is back. Not 請您先進去坐 (wait inside): the doctor's return comes before it.
      /\bgo (straight )?(in|through) (first|next)\b/,
      /回来[^,.!?;:]{0,6}(请|叫|带|让|扶)你进(去|诊)/,
    ],
  },
];
