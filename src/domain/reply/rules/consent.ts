// Asking her to agree to what the trainee will do: a consent tag closing a plan (…明日中午十二點前打返畀你話結果，好唔好？;
// "… with the driver's position. OK?"). Folded text: 得唔得 folds to 得不得. Used where a plan ends in one (own-voice.ts)
// and where the tag stands alone after an offer (ask-preference.ts).
export const CONSENT_WORDS = '好不好|好吗|可以吗|可不可以|行不行|行吗|得不得|ok吗|ok不ok|ok|okay|alright|all right';
