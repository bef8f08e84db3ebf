import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json?first-visit';
import zhHans from './locales/zh-Hans.json?first-visit';
import zhHant from './locales/zh-Hant.json?first-visit';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages.ts';

// The app starts with every locale minus the sections only lazy routes use (the HR dashboard's strings,
// see scripts/locale-first-visit.ts); those arrive with their route through loadDeferredStrings().
const firstVisit = {
  'zh-Hant': { translation: zhHant },
  'zh-Hans': { translation: zhHans },
  en: { translation: en },
};

let current: i18n | null = null;
const deferredLoads = new WeakMap<i18n, Promise<void>>();

/** Adds the deferred sections (all three languages) to the app's i18next instance; resolves at once after the first call. */
export function loadDeferredStrings(instance: i18n | null = current): Promise<void> {
  if (!instance) return Promise.resolve();
  let load = deferredLoads.get(instance);
  if (!load) {
    load = import('./resources.ts').then(({ resources }) => {
      for (const lng of LANGUAGES) instance.addResourceBundle(lng, 'translation', resources[lng].translation, true, false);
    });
    deferredLoads.set(instance, load);
  }
  return load;
}

/**
 * Starts i18next with the fallback chain to zh-Hant. `deferLazyStrings` (the app's start) leaves the lazy
 * routes' sections for loadDeferredStrings(); otherwise (tests, CLI) every string is there on return.
 */
export async function setupI18n(language: Language, options: { deferLazyStrings?: boolean } = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  current = instance;
  await instance.use(initReactI18next).init({
    resources: firstVisit,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: ['zh-Hant', 'zh-Hans', 'en'],
    // React escapes text; user text is never rendered as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  syncDocumentLanguage(instance);
  instance.on('languageChanged', () => syncDocumentLanguage(instance));
  if (!options.deferLazyStrings) await loadDeferredStrings(instance);
  return instance;
}

function syncDocumentLanguage(instance: i18n): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = instance.language;
  document.title = instance.t('common.appTitle');
}
