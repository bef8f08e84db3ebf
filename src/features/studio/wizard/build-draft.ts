// The new-scenario wizard's draft: from the author's answers (setting, channel, persona, motives, the facts,
// what the customer wants) a valid, playable five-state scenario — venting → listening → exploring →
// solving → closing → resolved — with the decks' harmful moves answered, instead of a copy of a shipped one.
// The customer's generic lines are neutral scaffolding in three languages, for the author to make their own.
import type { MOTIVES, PERSONALITIES, WHEN_IDS } from '../../../domain/scenario/scenario.schema.ts';
import { SCHEMA_VERSION } from '../../../domain/scenario/schema-version.ts';
import type { SETTINGS } from '../../../domain/scenario/settings.ts';

export type Loc = { 'zh-Hant': string; 'zh-Hans': string; en: string };

export interface WizardFact {
  /** What the trainee should find out (scorecard label). */
  label: Loc;
  /** How the customer tells it. */
  says: Loc;
  /** Words a question about it would use (any language; Chinese and English both kept). */
  topics: string[];
}

export interface WizardInput {
  id: string;
  title: Loc;
  /** Where it happens, e.g. a residential estate's management office (used in the briefing). */
  briefing: Loc;
  /** The channel: spoken (face to face, phone) or written (chat, email: the trainee types messages). */
  setting: (typeof SETTINGS)[number];
  opening: Loc;
  persona: { name: Loc; personality: (typeof PERSONALITIES)[number]; motives: (typeof MOTIVES)[number][]; startHostility: number };
  facts: WizardFact[];
  want: { label: Loc; topics: string[]; by: (typeof WHEN_IDS)[number] };
}

const L = (zhHant: string, zhHans: string, en: string): Loc => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });
const HAN = /[\u3400-\u9fff]/;
const slug = (n: number, prefix: string) => `${prefix}-${n + 1}`;

/** Topic words split by script: Chinese words go to both Chinese lists (the matcher folds the script), English to en. */
function topicsOf(words: readonly string[]) {
  const clean = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  const zh = clean.filter((w) => HAN.test(w));
  const en = clean.filter((w) => !HAN.test(w));
  return { ...(zh.length ? { 'zh-Hant': zh, 'zh-Hans': zh } : {}), ...(en.length ? { en } : {}) };
}

const STATES: Record<string, { description: Loc; high: Loc; mid: Loc; low: Loc }> = {
  venting: {
    description: L('顧客一開口就發洩不滿，要先處理情緒。', '顾客一开口就发泄不满，要先处理情绪。', 'The customer opens by venting; feelings come first.'),
    high: L('你哋到底有冇人理？我已經等咗好耐！', '你们到底有没有人管？我已经等了很久！', 'Is anyone going to deal with this? I have waited long enough!'),
    mid: L('我真係好唔開心，你明唔明？', '我真的很不高兴，你明白吗？', 'I am really upset about this, do you understand?'),
    low: L('好啦，我講畀你聽。', '好吧，我跟你说。', 'All right, let me tell you.'),
  },
  listening: {
    description: L('顧客覺得被聽見，開始願意說清楚。', '顾客觉得被听见，开始愿意说清楚。', 'The customer feels heard and starts to explain.'),
    high: L('講咁多有咩用？', '说这么多有什么用？', 'What good does talking do?'),
    mid: L('你想知啲咩？', '你想知道什么？', 'What do you want to know?'),
    low: L('你問啦，我答你。', '你问吧，我回答你。', 'Go on, ask me.'),
  },
  exploring: {
    description: L('學員提問，了解事情經過。', '学员提问，了解事情经过。', 'The trainee asks questions to find out what happened.'),
    high: L('我已經講過喇！', '我已经说过了！', 'I have told you already!'),
    mid: L('仲有咩想問？', '还有什么要问的？', 'Anything else you need to know?'),
    low: L('大概就係咁。', '大概就是这样。', 'That is about it.'),
  },
  solving: {
    description: L('事實清楚了，顧客等一個具體的解決辦法。', '事实清楚了，顾客等一个具体的解决办法。', 'The facts are clear; the customer waits for a concrete solution.'),
    high: L('咁你哋打算點做？', '那你们打算怎么办？', 'So what are you going to do about it?'),
    mid: L('我想知你哋點解決。', '我想知道你们怎么解决。', 'I want to know how you will sort this out.'),
    low: L('你有咩建議？', '你有什么建议？', 'What do you suggest?'),
  },
  closing: {
    description: L('顧客接受了方案，要確認跟進和收尾。', '顾客接受了方案，要确认跟进和收尾。', 'The customer has accepted a solution; confirm the follow-up and close.'),
    high: L('你哋今次唔好再講完就算。', '你们这次不要再说了就算。', 'This time, do not just say it and forget it.'),
    mid: L('咁之後點跟進？', '那之后怎么跟进？', 'And how will you follow up?'),
    low: L('好，咁就麻煩你。', '好，那就麻烦你了。', 'Fine, I will leave it with you.'),
  },
};

/** A new conversation state as the graph adds it: a description and one line per band, for the author to rewrite. */
export function newStateTemplate(): { description: Loc; lines: { high: Loc[]; mid: Loc[]; low: Loc[] } } {
  const s = STATES.listening!;
  return {
    description: L('新狀態：請描述這一階段發生甚麼。', '新状态：请描述这一阶段发生什么。', 'New state: describe what happens in this phase.'),
    lines: { high: [s.high], mid: [s.mid], low: [s.low] },
  };
}

/** Model replies per state (what the decks teach), in the customer's name. */
function modelAnswers(name: Loc, want: Loc): Record<string, Loc[]> {
  return {
    venting: [L(`${name['zh-Hant']}，真係非常抱歉，讓您久等了，換作是我也會很生氣。`, `${name['zh-Hans']}，真的非常抱歉，让您久等了，换作是我也会很生气。`, `${name.en}, I'm very sorry you've been kept waiting. I would be upset too.`)],
    listening: [L('您慢慢說，我在聽。可以說說是甚麼情況嗎？', '您慢慢说，我在听。可以说说是什么情况吗？', "Take your time, I'm listening. Could you tell me what happened?")],
    exploring: [L('請問事情是甚麼時候開始的？當時是甚麼情況？', '请问事情是什么时候开始的？当时是什么情况？', 'When did this start, and what happened then?')],
    solving: [
      L(`我今天就為您安排${want['zh-Hant']}，這件事由我負責跟進到底。`, `我今天就为您安排${want['zh-Hans']}，这件事由我负责跟进到底。`, `I'll arrange ${want.en} for you today, and I'll handle this myself from start to finish.`),
    ],
    closing: [L('謝謝您的耐心，我明天會再致電您確認。', '谢谢您的耐心，我明天会再致电您确认。', "Thank you for your patience. I'll call you tomorrow to confirm.")],
  };
}

/** The draft scenario document (a plain JSON object; the studio writes it with two-space indents). */
export function buildDraft(input: WizardInput): Record<string, unknown> {
  const stateIds = Object.keys(STATES);
  const factIds = input.facts.map((_, i) => slug(i, 'fact'));
  const all = ['listening', 'exploring', 'solving', 'closing'];
  return {
    $schema: '../public/scenario.schema.json',
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    title: input.title,
    sources: ['000_08713545b2ee6cbf.txt', '002_ec423cfec83186e4.txt'],
    setting: input.setting,
    // An email has a subject line (the trainee's reply is "Re:" it): the scenario's title to begin with.
    ...(input.setting === 'email' ? { written: { subject: input.title } } : {}),
    briefing: input.briefing,
    opening: input.opening,
    persona: { ...input.persona, motives: input.persona.motives.length ? input.persona.motives : ['fix'] },
    diagnosis: { causes: ['service'], severity: 'ordinary', motives: input.persona.motives.length ? input.persona.motives : ['fix'] },
    thresholds: { high: 65, mid: 35, acceptSolution: 50, explode: 100 },
    explodeTo: 'escalated',
    turnLimit: { turns: 14, outcome: 'walked_out' },
    initial: 'venting',
    states: Object.fromEntries(stateIds.map((id) => [id, { description: STATES[id]!.description, lines: { high: [STATES[id]!.high], mid: [STATES[id]!.mid], low: [STATES[id]!.low] } }])),
    facts: input.facts.map((f, i) => ({
      id: factIds[i],
      label: f.label,
      revealedBy: ['ask_open', 'ask_closed', 'paraphrase'],
      maxHostility: 60,
      says: f.says,
      curt: L('你問呢啲有咩用？快啲幫我解決啦！', '你问这些有什么用？快点帮我解决吧！', 'What good is asking me that? Just sort it out!'),
      ...(f.topics.length ? { topics: topicsOf(f.topics) } : {}),
    })),
    reactions: [
      { id: 'told-to-calm-down', when: { anyActs: ['dismiss_emotion'] }, hostility: 5 },
      { id: 'runaround', when: { anyActs: ['deflect', 'blame_colleague'] }, hostility: 4 },
      // As in every shipped scenario (scen15ff): a lecture that blames nobody is answered as a lecture, just before `blamed`,
      // which still answers a reply with blame in it ("So now it's my fault?" is not an answer to a sermon).
      {
        id: 'lectured',
        when: { anyActs: ['lecture'], noActs: ['blame_customer'] },
        say: [L('唔使你教我做人，我只係想你幫我解決。', '用不着你来教我，我只想你帮我解决。', 'Do not lecture me. I just want this sorted out.')],
        hostility: 4,
      },
      { id: 'blamed', when: { anyActs: ['blame_customer', 'argue', 'lecture'] }, hostility: 4 },
      { id: 'fobbed-off', when: { anyActs: ['cite_policy', 'vague', 'refuse', 'rush'] } },
      { id: 'forbidden-words', when: { forbidden: true } },
      { id: 'solution-too-soon', when: { signals: ['solution-too-hot', 'solution-rejected', 'solution-uninformed'] } },
      { id: 'plan-accepted', in: ['venting', 'listening', 'exploring', 'solving'], when: { signals: ['solution-accepted'] }, goto: 'closing' },
      { id: 'heard', in: ['venting'], when: { anyActs: ['apologize', 'empathize', 'acknowledge', 'paraphrase'], hostilityBelow: 65 }, goto: 'listening' },
      { id: 'telling', in: ['listening'], when: { minFactsKnown: 1 }, goto: 'exploring' },
      { id: 'all-told', in: ['exploring'], when: { minFactsKnown: input.facts.length }, goto: 'solving' },
      { id: 'boils-over-again', in: all, when: { hostilityAtLeast: 75 }, goto: 'venting' },
      {
        id: 'done',
        in: ['closing'],
        when: { everActs: ['commit_followup'], anyActs: ['commit_followup', 'thank', 'take_ownership', 'ask_preference', 'apologize'], hostilityBelow: 35, objectionsOpen: false },
        goto: 'resolved',
      },
    ],
    endStates: {
      resolved: { line: L('好，咁就照你講嘅做，唔該晒。', '好，那就按你说的办，谢谢。', 'All right, let us do it your way. Thank you.') },
      escalated: { line: L('我唔同你講，叫你哋經理出嚟！', '我不跟你说了，叫你们经理出来！', 'I am done with you. Get me your manager!') },
      walked_out: { line: L('算啦，我自己再諗辦法。', '算了，我自己再想办法。', 'Forget it, I will sort it out myself.') },
    },
    wants: {
      remedies: [{ id: 'remedy-1', label: input.want.label, topics: topicsOf(input.want.topics), verdict: 'accept' }],
      deadline: {
        by: input.want.by,
        pushback: [L('要等咁耐？唔得，我等唔到。', '要等这么久？不行，我等不了。', 'That long? No, I cannot wait that long.')],
      },
    },
    objections: [],
    modelAnswers: modelAnswers(input.persona.name, input.want.label),
    passMark: 60,
  };
}
