import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * The LRS this device reports to. Stored in this browser only (localStorage), never put in a URL and
 * never logged. Empty endpoint = no LRS.
 */
export interface LrsSettings {
  /** xAPI endpoint, e.g. https://lrs.example.com/xapi/ (ends with a slash once saved). */
  endpoint: string;
  /** Basic-auth key (username) issued by the LRS. */
  key: string;
  /** Basic-auth secret (password). */
  secret: string;
  /** homePage of the actor's account: who issued the trainee ids (default: this app's address). */
  homePage: string;
}

interface LrsSettingsStore extends LrsSettings {
  save: (next: LrsSettings) => void;
  clear: () => void;
}

const EMPTY: LrsSettings = { endpoint: '', key: '', secret: '', homePage: '' };

/** Normalises what a user typed: trimmed, endpoint with a trailing slash, only http(s). */
export function cleanSettings(s: LrsSettings): LrsSettings {
  let endpoint = s.endpoint.trim();
  if (endpoint !== '' && !/^https?:\/\//i.test(endpoint)) endpoint = '';
  if (endpoint !== '' && !endpoint.endsWith('/')) endpoint += '/';
  return { endpoint, key: s.key.trim(), secret: s.secret.trim(), homePage: s.homePage.trim() };
}

export const LRS_SETTINGS_KEY = 'defuse.lrs';

export const useLrsSettings = create<LrsSettingsStore>()(
  persist(
    (set) => ({
      ...EMPTY,
      save: (next) => set(cleanSettings(next)),
      clear: () => set(EMPTY),
    }),
    {
      name: LRS_SETTINGS_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): LrsSettings => ({ endpoint: s.endpoint, key: s.key, secret: s.secret, homePage: s.homePage }),
      migrate: (stored) => cleanSettings({ ...EMPTY, ...(typeof stored === 'object' && stored ? (stored as Partial<LrsSettings>) : {}) }),
    },
  ),
);

export const hasLrs = (s: LrsSettings = useLrsSettings.getState()) => s.endpoint !== '';
