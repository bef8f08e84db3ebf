// 察 observe (docs/training-model.md#observe): notice and name the emotion and the cues; use the customer's name
// (docs/training-model.md#liked-and-disliked-words); read the room and take an agitated customer somewhere quiet
// (docs/training-model.md#face-to-face). Telling someone to calm down is the opposite of observing.
import { evidence, spanOf } from '../evidence.ts';
import { suggestWithExample } from '../scenario-example.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';
import { namesFeeling } from '../names-feeling.ts';

export const NAMED_FEELING_POINTS = 45;
/** "I understand how you feel": empathy, but no feeling named. */
export const GENERAL_EMPATHY_POINTS = 20;
export const NOTICED_DETAIL_POINTS = 20;
export const USED_NAME_POINTS = 15;
export const MOVED_PRIVATE_POINTS = 20;
export const DISMISSED_POINTS = -30;

export const rule: ScoringRule = {
  id: 'observe-emotion',
  dimension: 'observe',
  evaluate: ({ turns, scenario, locale }) => {
    const suggest = (key: Parameters<typeof suggestWithExample>[2]) => suggestWithExample(scenario, locale, key);
    const items: EvidenceItem[] = [];
    const empathic = turns.filter((t) => t.analysis.acts.includes('empathize'));
    const named = empathic.find((t) => namesFeeling(t.reply));
    const general = empathic[0];
    if (named) items.push(evidence('observe-emotion', 'observe', NAMED_FEELING_POINTS, { key: 'namedFeeling' }, { turn: named, span: spanOf(named, 'empathize') }));
    else if (general) items.push(evidence('observe-emotion', 'observe', GENERAL_EMPATHY_POINTS, { key: 'empathizedGenerally' }, { turn: general, span: spanOf(general, 'empathize'), suggestion: suggest('nameTheFeeling') }));
    else items.push(evidence('observe-emotion', 'observe', 0, { key: 'feelingNeverNamed' }, { suggestion: suggest('nameTheFeeling') }));
    const detail = turns.find((t) => t.analysis.acts.includes('paraphrase'));
    if (detail) items.push(evidence('observe-emotion', 'observe', NOTICED_DETAIL_POINTS, { key: 'noticedDetail' }, { turn: detail, span: spanOf(detail, 'paraphrase') }));
    const name = turns.find((t) => t.signals.includes('name-used'));
    if (name) items.push(evidence('observe-emotion', 'observe', USED_NAME_POINTS, { key: 'usedName' }, { turn: name }));
    else items.push(evidence('observe-emotion', 'observe', 0, { key: 'nameNotUsed' }, { suggestion: { key: 'useName', params: { name: scenario.persona.name[locale] } } }));
    const moved = turns.find((t) => t.analysis.acts.includes('move_private') && scenario.setting === 'face_to_face');
    if (moved) items.push(evidence('observe-emotion', 'observe', MOVED_PRIVATE_POINTS, { key: 'movedPrivate' }, { turn: moved, span: spanOf(moved, 'move_private') }));
    for (const turn of turns.filter((t) => t.analysis.acts.includes('dismiss_emotion'))) {
      items.push(evidence('observe-emotion', 'observe', DISMISSED_POINTS, { key: 'dismissedFeeling' }, { turn, span: spanOf(turn, 'dismiss_emotion'), suggestion: suggest('nameTheFeeling') }));
    }
    return items;
  },
};
