// Written Cantonese → Standard Written Chinese, for matching only. Hong Kong trainees type 唔好意思,
// 冇問題, 我哋即刻搵師傅; folding them onto Mandarin lets one lexicon read both. Every replacement has the
// same length as what it replaces, so the folded-to-original span map stays valid.

/** Phrases first (Traditional and Simplified spellings), then single characters. */
const PHRASES: [string, string][] = [
  ['唔該', '多謝'], ['唔该', '多谢'], ['唔好意思', '不好意思'], ['好唔好', '好不好'], ['唔好', '不要'],
  // 使唔使我…? asks whether to (要不要我…?), before 唔使 (no need) can take its last two characters.
  ['使唔使', '要不要'], ['駛唔駛', '要不要'], ['驶唔驶', '要不要'], ['唔使', '不用'], ['唔駛', '不用'], ['唔驶', '不用'],
  ['點樣', '怎樣'], ['点样', '怎样'], ['點解', '為何'], ['点解', '为何'], ['點算', '怎辦'], ['点算', '怎办'],
  ['乜嘢', '什麼'], ['咩嘢', '什麼'], ['乜野', '什麼'],
  ['邊個', '哪個'], ['边个', '哪个'], ['邊度', '哪裡'], ['边度', '哪里'], ['邊間', '哪間'],
  ['呢度', '這裡'], ['呢個', '這個'], ['呢个', '这个'], ['呢啲', '這些'], ['呢排', '這陣'], ['呢件', '這件'],
  ['呢單', '這單'], ['呢单', '这单'], ['呢次', '這次'], ['呢位', '這位'], ['呢樣', '這樣'], ['呢样', '这样'],
  ['嗰度', '那裡'], ['嗰個', '那個'], ['嗰个', '那个'], ['嗰陣', '那時'], ['嗰啲', '那些'],
  ['依家', '現在'], ['而家', '現在'], ['聽日', '明天'], ['听日', '明天'], ['琴日', '昨天'], ['尋日', '昨天'],
  ['下晝', '下午'], ['下昼', '下午'], ['朝早', '早上'], ['話你知', '告訴你'], ['话你知', '告诉你'], ['話我知', '告訴我'], ['话我知', '告诉我'],
  ['聽朝', '明早'], ['听朝', '明早'], ['聽晚', '明晚'], ['听晚', '明晚'], ['今朝', '今早'], ['晏晝', '中午'], ['晏昼', '中午'],
  ['定係', '還是'], ['定系', '还是'], ['做嘢', '做事'], ['係咪', '是否'], ['系咪', '是否'], ['幾多', '多少'], ['几多', '多少'],
  ['點做', '怎做'], ['点做', '怎做'], ['點處理', '怎處理'], ['点处理', '怎处理'], ['點搞', '怎搞'], ['点搞', '怎搞'], ['點辦', '怎辦'], ['点办', '怎办'],
  ['係點', '是怎'], ['系点', '是怎'],
  ['搞掂', '搞定'], ['傾吓', '談談'], ['倾吓', '谈谈'], ['咁樣', '這樣'], ['咁样', '这样'],
  // 係 in 關係 (沒關係, never mind) is 系, not the Cantonese 係 = 是.
  ['關係', '關系'], ['关係', '关系'],
];

const CHARS: Record<string, string> = {
  唔: '不', 冇: '沒', 係: '是', 嘅: '的', 咗: '了', 佢: '他', 哋: '們', 喺: '在', 嚟: '來', 俾: '給', 畀: '給',
  睇: '看', 嗌: '叫', 搵: '找', 啲: '些', 嗰: '那', 嬲: '氣', 攞: '拿', 諗: '想', 揀: '選', 瞓: '睡', 攰: '累',
  冚: '全', 返: '回',
};

// 定係 is "or" (定係 = 還是) except where 定 ends a word: 規定係咁 is 規定 + 係咁, not 規 + 還是.
const NOT_AFTER: Record<string, string> = {
  // 唔好 is "don't" (不要) except after 得: 做得唔好, 處理得唔好 is "done badly" (做得不好), an owned fault.
  唔好: '得',
  定係: '規规決决確确一指預预約约穩稳固肯否認认設设鎖锁安特選选判制限協协擬拟評评測测議议既鑑鉴裁',
  定系: '規规決决確确一指預预約约穩稳固肯否認认設设鎖锁安特選选判制限協协擬拟評评測测議议既鑑鉴裁',
};
const PHRASE_RE = new RegExp(PHRASES.map(([from]) => (NOT_AFTER[from] ? `(?<![${NOT_AFTER[from]}])${from}` : from)).join('|'), 'g');
const PHRASE_MAP = new Map(PHRASES);
const CHAR_RE = new RegExp(`[${Object.keys(CHARS).join('')}]`, 'g');
// Any character that starts a phrase above or is folded alone: a reply without one is left as it is.
const CANTONESE = new RegExp(`[${[...new Set([...PHRASES.map(([from]) => from.charAt(0)), ...Object.keys(CHARS)])].join('')}]`);

/** Folds Cantonese words onto Standard Written Chinese; same length in, same length out. */
export function foldCantonese(text: string): string {
  if (!CANTONESE.test(text)) return text;
  return text.replace(PHRASE_RE, (m) => PHRASE_MAP.get(m) ?? m).replace(CHAR_RE, (c) => CHARS[c] ?? c);
}
