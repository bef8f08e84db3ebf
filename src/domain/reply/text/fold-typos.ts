// Typos and wrong homophones that trainees type under pressure, folded before matching so a slip of the
// input method does not hide a move: 抱欠 is 抱歉, 因该 is 应该, 邦你 is 帮你, "sory" is "sorry".
// Only slips that are never a real word in a reply are folded, so a near-miss of a listed phrase is not
// turned into one and a listed phrase is not hidden. Runs on the folded text (Simplified, lower case,
// contractions expanded); the span map is kept (rewrite.ts).
import type { FoldedText } from './normalize.ts';
import { ENGLISH } from './fold-typos-en.ts';
import { applyRewrites, type Rewrite } from './rewrite.ts';

/** Chinese input-method slips (pinyin and Cantonese homophones), on Simplified text. */
const CHINESE: Rewrite[] = [
  [/抱欠/g, '抱歉', '抱欠'],
  // 連絡/連繫 (Taiwan and Japanese-influenced spellings) for 聯絡/聯繫: the same word.
  [/连(?=络|系你|系我)/g, '联', '连'],
  // 聯係 (係 for 系, one Cantonese homophone for the other) reaches here as 联是, never a word (lex19, blind17).
  [/联是/g, '联系', '联是'],
  [/到歉/g, '道歉', '到歉'],
  [/因该/g, '应该', '因该'],
  [/邦(?=你|我|忙|手|下|吓|您)/g, '帮', '邦'],
  [/吾(?=住|好意思|该)/g, '不', '吾'],
  [/以经/g, '已经', '以经'],
  [/清处/g, '清楚', '清处'],
  [/师付/g, '师傅', '师付'],
  [/时侯/g, '时候', '时侯'],
  [/在次/g, '再次', '在次'],
  [/重来(?=没|冇|不)/g, '从来', '重来'],
  [/明白白/g, '明白', '明白白'],
  // Cantonese 哋 typed as 地 (我地 = 我哋 = 我们), but not in 地址, 地方, 地下…
  [/(我|你|他|佢)地(?![址方下板铁区点图盘毯面步产盘])/g, '$1们', '地'],
  // 报歉/暴歉 for 抱歉 (same pinyin bao4/bao4): never a word.
  [/[报暴]歉/g, '抱歉', '歉'],
  // 再 (again) typed as its homophone 在 (zai4) where 在 cannot be "at"/"-ing": opening a clause before
  // 给我 (在给我十分钟), or after a modal before a verb of getting back (他会在跟你联络, 我会在打给你).
  [/(?<=^|[,.!?;: ])在(?=(给|俾)我)|(?<=会|要|将|可以|麻烦你|请你|晚点|稍后|之后|然后)在(?=(跟|同|和|给)你(联系|联络|讲|说|确认|回复|解释|交代)|联系你|联络你|打给你|通知你|回复你|回电|覆你|打电话)/g, '再', '在'],
  // 的 typed as 得 after a person before a noun (您得問題 = 您的问题): 得 never precedes these nouns.
  [/(?<=你|我|我们|他|她|他们)得(?=问题|订单|情况|要求|投诉|意见|心情|感受|包裹|东西|账单|资料|电话)/g, '的', '得'],
  // 反应 (react) for 反映 (report, fan3ying4/fan3ying4) when passed on to someone: 已经反应给主管.
  [/反应(?=给|上去|到(上级|主管|经理|总部|公司|相关)|了给)/g, '反映', '反应'],
  // 再 typed as 在 after a modal before a verb of looking into it (我們會在研究一下, 我要在確認下): after 會/要/將
  // 在 would need a place or a time (會在明天…, 會在門口…), never one of these verbs.
  // 马上 typed 马尚/马象 (ma5soeng6 / ma3shang4 slips): never words.
  [/马[尚象]/g, '马上', '马尚'],
  // 在 (at) typed as its homophone 再 before where the customer lives or works (佢聽日再你屋企門口等): 再 (again)
  // never comes before a place.
  [/再(?=(你|您|你的|您的|你们|他|她)(屋企|家|公司|门口|楼下|楼上|单位|店|铺|大堂|地址|府上))/g, '在', '再'],
  // 吧 typed as 巴 (ba1/ba) in a confirming tag (對巴?, 是巴): never a word there (是巴士 is left alone).
  [/(?<=对|是|好)巴(?![士黎西基])/g, '吧', '巴'],
  // 不 typed as its homophone 部 in 对不起 (bu4), 抱 as 包 in 抱歉 (bao4/bao1), 楚 as 出 after 不太/不 清 (chu3/chu1),
  // 激 as 机 in 激动 after "don't"/"so" (ji1/ji1): none of the slips is a word where it stands.
  [/对部起/g, '对不起', '部'],
  [/包歉/g, '抱歉', '包'],
  [/(?<=不|不太|不是好|不是很|唔太)清出(?![去来门])/g, '清楚', '清出'],
  [/(?<=别|不要|唔好|不好|咪|太|好|咁|这么|那么|你)机动(?!车|部队|性|灵活)/g, '激动', '机动'],
  // Cantonese 返 (back, folded to 回) typed as its homophone 番 after a verb of giving back (退番俾你, 找番錢): never a word there.
  [/(?<=退|还|找|赔|换|送|寄|打|覆|回|攞|拎)番(?=给|俾|畀|你|去|来|嚟|钱)/g, '回', '番'],
  // Cantonese 係 typed as 系 before "so"/"this" (就系咁, 真系噉): 系 (department) never stands there.
  [/(?<=就|都|真|即|梗|咪|只)系(?=(这|那|咁|噉|我|你|因为|不|唔))/g, '是', '系'],
  // 動 typed as a homophone in 激動 (gik1dung6 / ji1dong4: 激洞, 激冻, 激栋), 錯 as 措 after a verb of doing or
  // perceiving (弄措, 搞措, 聽措 — cuo4/cuo4): none of these slips is a word where it stands (措施 is left alone).
  [/激[洞冻栋]/g, '激动', '激'],
  [/(?<=弄|搞|听|看|记|写|填|算|输|按|讲|说)措(?!施)/g, '错', '措'],
  // lex15: 明白 typed 明百 (ming4bai2 / ming4bai3), 抱歉 typed 报欠/包欠 (bao4qian4), 不便 typed 不变 after 带来/造成 (bu4bian4),
  // 对唔住 typed 对唔往 (住/往 look alike), 经理 typed 经里 (jing1li3), 师傅 typed 师父 where a technician is sent or
  // comes up (搵師父上嚟整): none of the slips is the word meant where it stands (师父 the master is left alone elsewhere).
  [/明百/g, '明白', '明百'],
  [/[报暴包抱]欠(?!款|债|账|费|钱)/g, '抱歉', '欠'],
  [/(?<=带来|造成|引起|添了|添)不变/g, '不便', '不变'],
  [/(?<=对(不|唔))往/g, '住', '往'],
  [/经里/g, '经理', '经里'],
  [/(?<=搵|找|叫|派|安排|请|约|call)师父|师父(?=上来|上嚟|上门|过来|过嚟|来整|嚟整|来修|嚟修)/g, '师傅', '师父'],
  [/(?<=会|要|将|可以)在(?=(研究|考虑|评估|商量|讨论|确认|核实|检查|查|看看|想想|试试|跟进|处理|安排|联系|联络|打给|通知)(一下|下|吓|看看|清楚|你|$|[,.!?]))/g, '再', '在'],
  // lex16: one character of a service word typed as its homophone — 起 as 器/气 in 对不起 (qi3/qi4), 歉 as 谦 in 抱歉
  // (qian4/qian1), 自 as 子/字 in 亲自 before a verb of handling (qin1zi4/zi3), 电 as 店/垫 in 回电话/打电话 (dian4),
  // 错 as 措 after a possessive (我的措, 我们的错 — cuo4): none of the slips is a word where it stands (亲子款, 措施,
  // 谦虚 are left alone).
  [/(?<=对(不|唔))[器气](?!官|材|具|械|质|候|味|球|氛|温)/g, '起', '对'],
  [/(?<=[报暴包抱])谦/g, '歉', '谦'],
  [/(?<=亲)[子字](?=(跟进|处理|负责|跟|去|来|打|致电|联系|联络|回|覆|安排|检查|查|同你|和你|帮|搞|上门|过来|过去))/g, '自', '亲'],
  [/(?<=回|打|致|来|覆)[店垫]话/g, '电话', '话'],
  [/(?<=的|嘅)措(?!施|辞|词|手)/g, '错', '措'],
  // lex17: 应该 typed 应改 (ying1gai1 / ying1gai3) after a person or an adverb (你应改先看清楚); 应改为/应改正 (should be
  // changed to) is a real word and is left alone.
  [/(?<=你|我|们|他|她|都|也|就|本来)应改(?![为成正过变掉动])/g, '应该', '应改'],
  // lex18: 住 in 对唔住 typed as a homophone (zyu6/zyu3: 铸, 注, 驻, 柱): none of them is a word after 对唔/对不.
  [/(?<=对(不|唔))[铸注驻柱](?![射意册入视重])/g, '住', '对'],
  // lex20: 明白 typed 明拜 (ming4bai2 / bai4), 跟進 typed 根進 (gan1zeon3 / gen1jin4), 進度 typed 進渡 (du6 / du4):
  // none of the slips is a word (拜 after 明, 根 before 进, 渡 after 进 make nothing a reply would say).
  [/明拜/g, '明白', '明拜'],
  [/根进/g, '跟进', '根进'],
  [/进渡/g, '进度', '进渡'],
  // 發生 typed 發聲 (faat3sang1 / fa1sheng1) where something will not happen again (唔會再發聲): a voice is never what recurs.
  [/(?<=(不会|不再|不会再|再也不会|不可能再)(再)?)发声/g, '发生', '发声'],
  // lex22 (blind19, blind20, blind21, blind22): 感受 typed 感縮 (gam2sau6 / suk1), 心情 typed 心請/心晴 after a
  // possessive (sam1cing4 / qing2), 重視 typed 重式 (zhong4shi4), 住 in 对唔住 typed 主 (zyu6 / zyu2), 抱歉 typed 報謙
  // (谦 folds to 歉 above, after 报歉 was looked at): none of the slips is a word where it stands.
  [/感缩/g, '感受', '感缩'],
  [/(?<=的|你|我)心[请晴](?![天空朗])/g, '心情', '心'],
  [/重式/g, '重视', '重式'],
  [/(?<=对(不|唔))主(?![人任管意题动张])/g, '住', '对'],
  [/[报暴包]歉/g, '抱歉', '歉'],
  // lex22: 激動 typed 急動 (gik1/gap1, ji1/ji2) after "don't"/"so" (你別急動, 唔好咁急動), 會 typed 回 (hui4/hui2) where a
  // child "can" do it (連小孩子都回), 樣 typed 羕 (yang4, one radical short) after 這/那/咁: none of the slips is a word
  // where it stands (緊急動員, 小朋友都回家了 are left alone) — three blind writers typed them in listed phrases.
  [/(?<=别|不要|唔好|不好|咪|太|好|咁|这么|那么|你|先)急动(?!员|用|工)/g, '激动', '急动'],
  [/(?<=(小孩|小孩子|小朋友|孩子|细路|细路仔|三岁小孩)(子)?(都|也))回(?![来去家校到复覆应答头收])/g, '会', '回'],
  [/羕/g, '样', '羕'],
  // lex24 (issue 12, blind23 and blind26 typed these in ordinary words): 心 typed 新 after 耐 (耐新, xin1/xin1) or after
  // 放 where she is told not to worry (您放新, 放新啦 — 放新的貨 and 放新一批 are left alone); 责 typed 则/泽/择 after 负
  // (负则, ze2); 激 typed 基/鸡/积 before 动 (ji1: 基動, 积动 — 基动力 and 积动员 are not); 混 typed 浑 after a verb of
  // mixing up (弄浑, 记浑, hun2 — 搞浑水 the idiom is left alone); 进 typed 尽 after 跟 (跟尽, jin4); 解 typed 街 after 了
  // before who is understood (了街您的心情 — 去了街市 is left alone); 不 typed 部 in 不好意思 and in 这不是我的错 (bu4 —
  // 这部是我的手机, a phone, is left alone). None of the slips is a word where it stands.
  [/耐新/g, '耐心', '耐新'],
  [/放新(?=$|[,.!?;]|(啦|吧|喇|了|咯|啰|好了|我|这|我们|交给))/g, '放心', '放新'],
  [/负[则泽择]/g, '负责', '负'],
  [/[基鸡积]动(?![力员物画车])/g, '激动', '动'],
  [/(?<=弄|搞|记|看|听|调)浑(?!水|身|浊|厚|然)/g, '混', '浑'],
  [/跟尽/g, '跟进', '跟尽'],
  [/(?<=了)街(?=(你|您|你的|您的|他|她|的|啦|了|,|$))/g, '解', '街'],
  [/部好意思/g, '不好意思', '部好意思'],
  // Cantonese 唔使 (no need, m4sai2) typed 唔洗 (sai2, wash) before what she need not do (唔洗擔心, 唔洗再講, 唔洗俾錢):
  // washing is never what comes there (唔洗衫, 唔洗碗 are left alone).
  [/不洗(?=再|担心|客气|急|等|理|怕|紧张|惊|讲|说|俾|畀|给|付|交|还|排|预约|特登|专登)/g, '不用', '不洗'],
  // 电 typed 店 after 回 before whom the call is for (明天回店給您, dian6/dian4; lex16 folded 回店话): going back to the
  // shop is 回店 with no one after it, or 回店里.
  [/(?<=回)店(?=(给|俾|畀)(你|您))/g, '电', '店'],
  [/(?<=这|那|呢|嗰|都|也|并)部(?=是(我|我们)(的)?(错|问题|责任|事|搞错|弄错|的错))/g, '不', '部'],
  // lex28 (issue 12, blind29): 静 typed 净 after 冷 (冷净, jing4/jing4 — one pinyin syllable, two characters; 冷净 is
  // no word); 明 typed as its look-alike variant 眀 (cangjie and handwriting pads offer it next to 明; 眀 is never a
  // different word in a reply); 电 typed 店 in 给您回电 with the call's receiver before 回 (给您回店, dian4/dian4 —
  // going back to the shop takes no 给您 before it); 安排 typed 按排 (an1/an4) and 确认 typed 确人 (ren4/ren2), neither
  // a word (的确人很多, "indeed many people", keeps its 的).
  [/冷净/g, '冷静', '冷净'],
  // lex29 (issue 12; blind27, blind28, blind30 — three writers): 清楚 typed 青楚 (qing1/qing1, never a word) or 清除
  // after 不太/不大/不是很 (清除 "clear away" is never what comes there: 不太清除 is 不太清楚); 保证 typed 保正 (zheng4/zheng4,
  // no word in a reply) before what is promised; 同事 typed 同是 after 其他/别的 (shi4/shi4: 其他同是 is never "all are").
  [/青楚/g, '清楚', '青楚'],
  [/(?<=不太|不大|不是很|不是好|唔太)清除/g, '清楚', '清除'],
  [/保正(?=下次|以后|一定|没|冇|不|唔|绝对|你|给你|同你|跟你|冇下次)/g, '保证', '保正'],
  [/(?<=其他|别的|其它)同是/g, '同事', '同是'],
  // 甚麼 is how Hong Kong (and many a Taiwan keyboard's first choice) writes 什麼: the same word, one spelling for the
  // lexicon (為甚麼不先看說明書呢 is 為什麼…).
  [/甚么/g, '什么', '甚么'],
  [/眀/g, '明', '眀'],
  [/(?<=(给|俾|畀|同|跟)(你|您)回)店(?![里内铺面度])/g, '电', '店'],
  [/按排/g, '安排', '按排'],
  [/(?<!的)确人/g, '确认', '确人'],
  // lex30 (issue 12; blind28, blind30, blind31 — three writers): pinyin slips inside a refusal or a policy, none of
  // them a word: 样 typed 漾 after 这/那/怎 (yang4/yang4: 公司的規定就是這漾的 is the listed phrase, so it is flagged),
  // 规定 typed 规订 (ding4/ding4), 没办法 typed 莫办法 (mo/mei, the Cantonese 冇 heard in it), 保修 typed 保休 (xiu1/xiu1),
  // 操作 typed 操做 (zuo4/zuo4), 不好意思 typed 不好意西 (si/xi), and 不能 typed 补能 before what cannot be done (补能, an
  // electric car's recharge, is left alone elsewhere).
  [/(?<=这|那|怎)漾/g, '样', '漾'],
  [/规订/g, '规定', '规订'],
  [/莫办法/g, '没办法', '莫办法'],
  [/保休/g, '保修', '保休'],
  [/操做/g, '操作', '操做'],
  [/不好意西/g, '不好意思', '不好意西'],
  [/补能(?=退|换|修|处理|帮|给|办|改|取消|再)/g, '不能', '补能'],
  // lex33 (issue 12; blind34, blind35 — two writers): 激動 typed 幾動 (gik1/gei2, ji1/ji3) after "don't"/"so", as 急動 and
  // 機動 are above (您先别几动 — 几动身, when one leaves, is left alone), and 规定 typed 归定 (gui1/gui1, never a word:
  // 公司的归定就是这样的 is the listed phrase).
  [/(?<=别|不要|唔好|不好|咪|太|好|咁|这么|那么|你|先|不用|不使)几动(?![身手工])/g, '激动', '几动'],
  [/归定/g, '规定', '归定'],
  // lex34 (issue 12; blind35 x168, blind36 y174 — two writers): 知道 typed 之道 (zhi1/zhi1) after "I/you/also/don't":
  // 不之道 is never a word (之道, "the way of", follows a noun: 待客之道), so 我不之道 is the listed 我不知道.
  [/(?<=(我|你|他|她|都|也|还|真的|实在)不)之道/g, '知道', '之道'],
  // lex35 (issue 12; blind38 b38-173): 激 typed as its other ji homophones 及/即/极/击 before 動 after "don't"/"so" (您别及动,
  // 唔好咁即動): none is a word there (以及动物, 即动身, 好极动人 are left alone by what comes before or after).
  [/(?<=别|不要|唔好|不好|咪|太|咁|这么|那么|你|先|不用|不使)[及即极击]动(?![物作画词态力员身手工人])/g, '激动', '动'],
  // Cantonese 俾 (give, to — folded to 给) typed as 比 (bei2/bei2) after a verb of calling or giving back (打返比你, 覆返比您,
  // 寄返比你): 比 (than) never follows these verbs before whom it is for (我比你更急 is left alone).
  [/(?<=(打|覆|寄|退|还|交|送|传|send|call|email|whatsapp)(回|返)?)比(?=你)/g, '给', '比'],
];

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[a-z]/;

/** Folds the typos above. */
export function foldTypos(f: FoldedText): FoldedText {
  let out = f;
  if (HAN.test(out.text)) out = applyRewrites(out, CHINESE);
  if (LATIN.test(out.text)) out = applyRewrites(out, ENGLISH);
  return out;
}
