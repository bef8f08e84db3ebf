import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';

/** Every string of every locale (tests and the deferred load). The app starts from the first-visit subset. */
export const resources = {
  'zh-Hant': { translation: zhHant },
  'zh-Hans': { translation: zhHans },
  en: { translation: en },
} as const;
