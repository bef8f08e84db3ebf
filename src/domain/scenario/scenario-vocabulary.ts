// The closed lists of the scenario format: end states, personalities, decks, motives, signals, times,
// objection kinds and remark ids (the enums scenario.schema.ts and the engine share).

export const END_STATE_IDS = ['resolved', 'escalated', 'walked_out'] as const;

export const PERSONALITIES = ['eagle', 'peacock', 'dove', 'owl'] as const;

/** The five source training decks (docs/training-model.md): a scenario cites the ones it follows, by file name. */
export const SOURCE_DECKS = ['000_08713545b2ee6cbf.txt', '001_85d4d92b2bb82172.txt', '002_ec423cfec83186e4.txt', '003_460ba467ba69c8b9.txt', '004_c5ee271a011a6f74.txt'] as const;
export const MOTIVES = [
  'vent', 'respect', 'compensation', 'recognition', 'be_seen', 'revenge', 'escape', 'fix', 'promise_kept', 'extreme_hostility',
] as const;
export const COMPLAINT_CAUSES = ['product_quality', 'service', 'price', 'integrity'] as const;
export const SEVERITIES = ['ordinary', 'serious'] as const;

/** Signals the engine raises on a turn; reactions can listen for them (simulate-turn.ts). */
export const SIGNALS = [
  'solution-accepted', 'solution-rejected', 'solution-uninformed', 'solution-too-hot',
  'solution-refused', 'solution-partial', 'solution-unspecified', 'solution-late', 'solution-no-time', 'solution-no-owner',
  'question-answered', 'question-curt', 'asked-again', 'nothing-more', 'wants-said',
  'objection-raised', 'objection-answered', 'understood',
  'ignored', 'provoked', 'warning', 'parroted', 'apology-repeated', 'stalled', 'gave-up', 'long-reply', 'name-used',
  'slow-reply',
] as const;

/** Coarse times a customer weighs an offer by (src/domain/reading/times.ts). */
export const WHEN_IDS = ['now', 'today', 'tomorrow', 'week', 'later'] as const;

export const OBJECTION_KINDS = ['compensation', 'deadline', 'doubt', 'punish', 'other'] as const;

export const REMARK_IDS = ['repeatedApology', 'parroted', 'noSubstance', 'whatExactly', 'askWhen', 'askWho', 'alreadyTold', 'nothingMore', 'warning', 'wantsAgain', 'unanswered', 'slowReply'] as const;
