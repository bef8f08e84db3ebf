import { describe, expect, it } from 'vitest';
import { cardOf } from '../../scripts/scenario-card.ts';
import { shippedDoc } from '../../src/domain/scenario/test-support/shipped.ts';

describe('library cards (?card: what the first visit loads of each scenario)', () => {
  it('keeps what a card shows and leaves the persona\'s aliases, variants and motives with the scenario', () => {
    const card = cardOf(shippedDoc('chat-late-birthday-cake'));
    expect(Object.keys(card)).toEqual(['title', 'setting', 'persona', 'turnLimit', 'passMark']);
    expect(card.persona).toEqual({ name: { 'zh-Hant': '楊太', 'zh-Hans': '杨太太', en: 'Mrs Yeung' }, personality: 'eagle', startHostility: 70 });
    expect(card.turnLimit).toBe(10);
    expect(card.setting).toBe('chat');
  });
  it('passes a malformed file on for the card to refuse', () => {
    expect(cardOf(null)).toEqual({});
    expect(cardOf({ title: 'x', persona: 'nobody', turnLimit: 9 })).toMatchObject({ persona: 'nobody', turnLimit: 9 });
  });
});
