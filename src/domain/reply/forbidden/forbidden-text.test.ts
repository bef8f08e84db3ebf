// The forbidden phrases and their better phrasings are shown to the trainee (the drill's feedback, the
// scorecard's "say instead"), so their Chinese text uses full-width punctuation like every other string
// a trainee reads (src/i18n/chinese-style.test.ts, src/domain/scenario/chinese-punctuation.test.ts).
// The match patterns are folded matching data, not shown text, and are left out.
import { describe, expect, it } from 'vitest';
import data from '../data/forbidden-phrases.json';

const HALF_WIDTH_BESIDE_HAN = /[\p{Script=Han}][,?!:;]|[,?!:;][\p{Script=Han}]/u;

describe('forbidden phrases as the trainee reads them', () => {
  it('have no half-width , ? ! : ; next to a Chinese character in a listed phrase or its better phrasing', () => {
    const bad = data.phrases.flatMap((p, i) =>
      (['phrase', 'better'] as const).flatMap((field) =>
        (['zh-Hant', 'zh-Hans'] as const)
          .filter((locale) => HALF_WIDTH_BESIDE_HAN.test(p[field][locale]))
          .map((locale) => `phrases[${i}].${field}.${locale}: ${p[field][locale]}`),
      ),
    );
    expect(bad).toEqual([]);
  });
});
