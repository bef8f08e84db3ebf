import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { cleanTrainee } from './launch-params.ts';

/** How a drill is run: coached after every reply, examined at the end, or picking from three replies. */
export type DrillMode = 'practice' | 'exam' | 'guided';
export const DRILL_MODES: readonly DrillMode[] = ['practice', 'exam', 'guided'];
const isDrillMode = (v: unknown): v is DrillMode => typeof v === 'string' && (DRILL_MODES as readonly string[]).includes(v);

interface LanguageSlice {
  /** The language the trainee chose; null means "follow the browser". */
  language: Language | null;
  setLanguage: (language: Language) => void;
}

interface TraineeSlice {
  /** Name or staff id, asked once and remembered; null until given. */
  trainee: string | null;
  setTrainee: (trainee: string | null) => void;
}

interface ModeSlice {
  /** The mode the trainee last picked; the next drill starts with it. */
  mode: DrillMode;
  setMode: (mode: DrillMode) => void;
}

export type Preferences = LanguageSlice & TraineeSlice & ModeSlice;
type Slice<T> = StateCreator<Preferences, [['zustand/persist', unknown]], [], T>;

const languageSlice: Slice<LanguageSlice> = (set) => ({ language: null, setLanguage: (language) => set({ language }) });
const traineeSlice: Slice<TraineeSlice> = (set) => ({ trainee: null, setTrainee: (t) => set({ trainee: cleanTrainee(t) }) });
const modeSlice: Slice<ModeSlice> = (set) => ({ mode: 'practice', setMode: (mode) => set({ mode }) });

export const PREFERENCES_KEY = 'defuse.preferences';
export const PREFERENCES_VERSION = 2;

type Persisted = Pick<Preferences, 'language' | 'trainee' | 'mode'>;

/** Repairs whatever was stored (any version, hand-edited, or corrupt) into the current shape. */
export function migratePreferences(stored: unknown, version: number): Persisted {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  // v1 stored the language as `lng` and the identity as `staffId`.
  const language = version < 2 ? s.lng : s.language;
  const trainee = version < 2 ? s.staffId : s.trainee;
  return {
    language: isLanguage(language) ? language : null,
    trainee: typeof trainee === 'string' ? cleanTrainee(trainee) : null,
    mode: isDrillMode(s.mode) ? s.mode : 'practice',
  };
}

export const usePreferences = create<Preferences>()(
  persist((...a) => ({ ...languageSlice(...a), ...traineeSlice(...a), ...modeSlice(...a) }), {
    name: PREFERENCES_KEY,
    version: PREFERENCES_VERSION,
    storage: createJSONStorage(() => localStorage),
    partialize: (s): Persisted => ({ language: s.language, trainee: s.trainee, mode: s.mode }),
    migrate: (stored, version) => migratePreferences(stored, version),
    merge: (stored, current) => ({ ...current, ...migratePreferences(stored, PREFERENCES_VERSION) }),
  }),
);
