import { describe, expect, it } from 'vitest';
import { GOOD_PLAYS, playTurns, shipped } from '../../../domain/scenario/test-support/shipped.ts';
import { scoreDrill } from '../../../domain/scoring/score-drill.ts';
import { buildChatLines } from './chat-lines.ts';

describe('the chat’s customer lines', () => {
  it('read as the scorecard and the stored transcript read them: English sentences spaced, Chinese ones not', () => {
    const scenario = shipped('angry-resident');
    const sim = playTurns(scenario, GOOD_PLAYS);
    for (const locale of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const chat = buildChatLines(scenario.opening, sim.turns, locale, null, new Set()).filter((l) => l.speaker === 'customer' && l.turn > 0);
      const card = scoreDrill(scenario, { sim, outcome: 'incomplete', locale });
      expect(chat.map((l) => l.text)).toEqual(card.turns.map((t) => t.customer));
      const several = sim.turns.find((t) => t.customer.length > 1)!;
      const line = chat.find((l) => l.turn === several.turn)!.text;
      expect(line).toBe(several.customer.map((s) => s[locale]).join(locale === 'en' ? ' ' : ''));
    }
  });
});
