// lex35 (issue 12; blind27 u040): "again" typed agian / agaim and "guarantee" typed garantee / gaurantee — a promise that
// it will never happen agian reads as the promise (overpromise), not as the listed denial 'that could never happen'.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { itReadsSlipsAsMeant } from '../test-support/slips.ts';

const pairs: [slip: string, meant: string][] = [
  ['I garantee it will not happen agian.', 'I guarantee it will not happen again.'],
  ['We gaurantee this will never happen agaim', 'We guarantee this will never happen again'],
  ['I undersatnd how upsetting this is', 'I understand how upsetting this is'],
  ['i undestand, I would be annoyed too', 'i understand, I would be annoyed too'],
];

describe('lex35 English slips read as the word meant', () => {
  itReadsSlipsAsMeant(pairs);

  it('a promise typed with the slip is no denial', () => {
    expect(classifyReply('That will never happen agian, I promise.').forbidden.map((h) => h.id)).not.toContain('ten-forbidden/03');
  });
});
