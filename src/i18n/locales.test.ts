import { describe, expect, it } from 'vitest';
import { resources } from './resources.ts';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function placeholders(tree: Tree): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (t: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === 'string') out.set(`${prefix}${k}`, [...v.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort().join(','));
      else walk(v, `${prefix}${k}.`);
    }
  };
  walk(tree, '');
  return out;
}

const fallback = resources['zh-Hant'].translation as unknown as Tree;

describe('locale files', () => {
  it('have the source-folder top-level keys', () => {
    expect(Object.keys(fallback)).toEqual(expect.arrayContaining(['common', 'drill', 'scorecards']));
  });

  for (const [lng, { translation }] of Object.entries(resources)) {
    const tree = translation as unknown as Tree;
    it(`${lng} has exactly the keys of zh-Hant, none empty`, () => {
      const expected = keys(fallback).sort();
      const actual = keys(tree).sort();
      expect(expected.filter((k) => !actual.includes(k)), 'missing keys').toEqual([]);
      // English has a singular plural form (_one) where Chinese has only _other (CLDR plural rules).
      const singular = (k: string) => k.endsWith('_one') && expected.includes(k.replace(/_one$/, '_other'));
      expect(actual.filter((k) => !expected.includes(k) && !singular(k)), 'unknown keys').toEqual([]);
      const empty = [...placeholders(tree).keys()].filter((k) => {
        const value = k.split('.').reduce<string | Tree | undefined>((t, part) => (typeof t === 'object' ? t[part] : undefined), tree);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, 'empty strings').toEqual([]);
    });

    it(`${lng} uses the same {{placeholders}} as zh-Hant`, () => {
      const ours = placeholders(tree);
      const mismatched = [...placeholders(fallback)].filter(([k, p]) => ours.has(k) && ours.get(k) !== p).map(([k]) => k);
      expect(mismatched).toEqual([]);
    });
  }
});
