import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageRef } from '../../../domain/scoring/scorecard.types.ts';

type Params = MessageRef['params'];

// Parameters that carry ids, not prose: translated before interpolation.
const ID_PARAMS: Record<string, (v: string, params: Params) => string> = {
  list: (v) => `drill.lists.${v}`,
  move: (v) => `drill.moves.${v}`,
  motive: (v) => `drill.diagnosis.motive.options.${v}`,
  step: (v) => `scorecards.steps.${v}`,
  before: (v) => `scorecards.steps.${v}`,
  field: (v) => `drill.diagnosis.${v}.label`,
  given: (v, p) => `drill.diagnosis.${String(p.field)}.options.${v}`,
  expected: (v, p) => `drill.diagnosis.${String(p.field)}.options.${v}`,
};

// Where an id at the end of a key (`rules.did.take_ownership`) may be named.
const ID_NAMES = ['drill.moves.', 'scorecards.steps.', 'drill.diagnosis.motive.options.'];

/**
 * Translates an engine message (`{ key, params }`), translating id-valued params too. Keys that end in an
 * id (`scorecards.rules.did.<move>`, `scorecards.suggestions.<move>`) fall back to one phrasing per family
 * (`didAny`, `moveAny`) with the id's name as `{{item}}`, so new ids never show a raw key.
 */
export function useMessage(): (ref: MessageRef) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (ref: MessageRef) => {
      const tr = t as (key: string, options?: object) => string;
      const params: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(ref.params)) {
        const idKey = typeof value === 'string' && value !== '' ? ID_PARAMS[name]?.(value, ref.params) : undefined;
        params[name] = idKey && i18n.exists(idKey) ? tr(idKey) : value;
      }
      if (i18n.exists(ref.key)) return tr(ref.key, params);
      const m = /^(scorecards\.(?:rules|suggestions))\.(?:([A-Za-z]+)\.)?([\w-]+)$/.exec(ref.key);
      if (m) {
        const [, prefix, family, id = ''] = m;
        const nameKey = ID_NAMES.map((p) => p + id).find((k) => i18n.exists(k));
        const fallback = `${prefix}.${family ?? 'move'}Any`;
        if (nameKey && i18n.exists(fallback)) return tr(fallback, { ...params, item: tr(nameKey) });
      }
      return ref.key;
    },
    [t, i18n],
  );
}
