/**
 * Every IRI Defuse writes. ADL verbs and activity types are the standard ones; our own extensions live
 * under one base the project owns (a w3id.org permanent identifier, redirected to docs/xapi-profile.md,
 * which documents them). Changing any of these breaks queries on existing LRS data: add, never rename.
 */
export const DEFUSE_IRI = 'https://w3id.org/defuse/xapi';

export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { en: 'answered', 'zh-Hant': '回答了', 'zh-Hans': '回答了' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { en: 'completed', 'zh-Hant': '完成了', 'zh-Hans': '完成了' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { en: 'passed', 'zh-Hant': '通過了', 'zh-Hans': '通过了' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { en: 'failed', 'zh-Hant': '未通過', 'zh-Hans': '未通过' } },
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { en: 'initialized', 'zh-Hant': '開始了', 'zh-Hans': '开始了' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { en: 'terminated', 'zh-Hant': '結束了', 'zh-Hans': '结束了' } },
} as const;

export const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  profile: 'http://adlnet.gov/expapi/activities/profile',
} as const;

/** Result and context extensions (documented in docs/xapi-profile.md#extensions). */
export const EXT = {
  /** string[]: move ids detected in the reply (docs/training-model.md#reply-moves). */
  moves: `${DEFUSE_IRI}/result/moves`,
  /** {list, phrase, matched}[]: forbidden-phrase hits in the reply. */
  forbidden: `${DEFUSE_IRI}/result/forbidden`,
  /** number 0–100: the customer's hostility after the reply. */
  hostility: `${DEFUSE_IRI}/result/hostility`,
  /** string: how the drill ended (resolved, escalated, walked_out…, incomplete). */
  outcome: `${DEFUSE_IRI}/result/outcome`,
  /** Prefix: `${dimension}` appended, number 0–100 each (language, listen, observe, ask, judge, decide, emotionFirst, process). */
  dimension: `${DEFUSE_IRI}/result/dimension/`,
  /** number[]: hostility after each turn. */
  hostilityCurve: `${DEFUSE_IRI}/result/hostility-curve`,
  /** string: Defuse's attempt id (context). */
  attempt: `${DEFUSE_IRI}/context/attempt`,
  /** string: practice | exam | guided (context). */
  mode: `${DEFUSE_IRI}/context/mode`,
  /** string: the scenario's content version (context). */
  scenarioVersion: `${DEFUSE_IRI}/context/scenario-version`,
  /** string: easy | standard | hard (context). */
  difficulty: `${DEFUSE_IRI}/context/difficulty`,
  /** integer: the seed of the play's variation (context); with the replies and difficulty it replays the attempt. */
  seed: `${DEFUSE_IRI}/context/seed`,
} as const;

/** Category activity marking every Defuse statement, so one query finds them all. */
export const DEFUSE_CATEGORY = `${DEFUSE_IRI}/profile`;

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;
