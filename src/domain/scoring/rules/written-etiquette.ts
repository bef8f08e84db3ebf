// Written channels have an etiquette of their own (issue 15; docs/training-model.md#complaint counts written complaints): an email
// opens with a greeting and closes with a sign-off; a chat message is short (the customer reads it on a
// phone); neither leans on internal codes the customer cannot ask about; and a chat customer is not kept
// waiting. Each lapse costs points with the words (or the measure) and a better phrasing. Only for chat
// and email scenarios.
import { isWritten, slowAfter } from '../../customer/pace.ts';
import type { TurnRecord } from '../../scenario/scenario.types.ts';
import { evidence } from '../evidence.ts';
import type { EvidenceItem, ScoringRule, Span } from '../scorecard.types.ts';
import { CHAT_MAX_LINES, greetingOf, signOffOf, unexplainedJargon, wallOfText } from '../written/etiquette.ts';

/** Points per lapse, and the most one kind of lapse can cost in a drill. */
export const LAPSE_POINTS = -5;
export const MAX_LOSS = { greeting: -10, signOff: -10, wall: -15, jargon: -10, slow: -10 } as const;

const RULE = 'written-etiquette';
const span = (turn: TurnRecord, at: { start: number; end: number }): Span => ({ ...at, text: turn.reply.slice(at.start, at.end) });

/** Keeps the first lapses of one kind until their points reach the cap; later ones still show, at 0. */
function capped(items: EvidenceItem[], max: number): EvidenceItem[] {
  let lost = 0;
  return items.map((item) => {
    const points = Math.max(item.points, max - lost);
    lost += points;
    return { ...item, points };
  });
}

export const rule: ScoringRule = {
  id: RULE,
  dimension: 'process',
  evaluate: ({ scenario, turns, locale }) => {
    const { setting } = scenario;
    if (!isWritten(setting) || turns.length === 0) return [];
    const name = scenario.persona.name[locale];
    const out: EvidenceItem[] = [];
    if (setting === 'email') {
      const greetings: EvidenceItem[] = [];
      const signOffs: EvidenceItem[] = [];
      for (const turn of turns) {
        const greeting = greetingOf(turn.reply, locale);
        if (!greeting) greetings.push(evidence(RULE, 'process', LAPSE_POINTS, { key: 'noEmailGreeting', params: { turn: turn.turn } }, { turn, suggestion: { key: 'emailGreeting', params: { name } } }));
        else if (turn === turns[0]) greetings.push(evidence(RULE, 'process', 0, { key: 'emailGreeted' }, { turn, span: span(turn, greeting) }));
        const signOff = signOffOf(turn.reply, locale);
        if (!signOff) signOffs.push(evidence(RULE, 'process', LAPSE_POINTS, { key: 'noEmailSignOff', params: { turn: turn.turn } }, { turn, suggestion: { key: 'emailSignOff' } }));
        else if (turn === turns[0]) signOffs.push(evidence(RULE, 'process', 0, { key: 'emailSignedOff' }, { turn, span: span(turn, signOff) }));
      }
      out.push(...capped(greetings, MAX_LOSS.greeting), ...capped(signOffs, MAX_LOSS.signOff));
    } else {
      const walls: EvidenceItem[] = [];
      const slow: EvidenceItem[] = [];
      const limit = slowAfter(scenario) ?? 0;
      for (const turn of turns) {
        const wall = wallOfText(turn.reply, locale);
        if (wall) {
          const key = locale === 'en' ? 'chatWallWords' : 'chatWallChars';
          const params = { turn: turn.turn, length: wall.length, lines: wall.lines, max: wall.max, maxLines: CHAT_MAX_LINES };
          walls.push(evidence(RULE, 'process', LAPSE_POINTS, { key, params }, { turn, suggestion: { key: 'chatShort', params } }));
        }
        if (turn.signals.includes('slow-reply')) {
          const params = { turn: turn.turn, seconds: turn.waited ?? 0, limit };
          slow.push(evidence(RULE, 'process', LAPSE_POINTS, { key: 'chatSlow', params }, { turn, suggestion: { key: 'chatHolding', params } }));
        }
      }
      out.push(...capped(walls, MAX_LOSS.wall), ...capped(slow, MAX_LOSS.slow));
    }
    const jargon: EvidenceItem[] = [];
    for (const turn of turns) {
      for (const term of unexplainedJargon(turn.reply)) {
        jargon.push(
          evidence(RULE, 'process', LAPSE_POINTS, { key: 'jargon', params: { turn: turn.turn, term: term.term } }, { turn, span: span(turn, term), suggestion: { key: 'plainWords', params: { term: term.term, plain: term.plain[locale] } } }),
        );
      }
    }
    out.push(...capped(jargon, MAX_LOSS.jargon));
    // An email slow to come is weighed by the customer (pace.ts); its lapse is shown here too.
    if (setting === 'email') {
      const limit = slowAfter(scenario) ?? 0;
      const slow = turns.filter((t) => t.signals.includes('slow-reply')).map((turn) => {
        const params = { turn: turn.turn, minutes: Math.round((turn.waited ?? 0) / 60), limit: Math.round(limit / 60) };
        return evidence(RULE, 'process', LAPSE_POINTS, { key: 'emailSlow', params }, { turn, suggestion: { key: 'emailHolding', params } });
      });
      out.push(...capped(slow, MAX_LOSS.slow));
    }
    return out;
  },
};
