import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages.ts';

// The app starts with one language's strings minus the sections only lazy routes use (see
// scripts/locale-first-visit.ts): a trainee reads one language, so the other two wait until they switch
// (loadLanguage) or a lazy route brings every string of every language (loadDeferredStrings).
const FIRST_VISIT: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  'zh-Hant': () => import('./locales/zh-Hant.json?first-visit'),
  'zh-Hans': () => import('./locales/zh-Hans.json?first-visit'),
  en: () => import('./locales/en.json?first-visit'),
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

const languageLoads = new WeakMap<i18n, Map<Language, Promise<void>>>();

/** Makes a language's strings available before switching to it: its first-visit strings, once per instance. */
export function loadLanguage(language: Language, instance: i18n | null = current): Promise<void> {
  if (!instance) return Promise.resolve();
  let loads = languageLoads.get(instance);
  if (!loads) languageLoads.set(instance, (loads = new Map()));
  let load = loads.get(language);
  if (!load) {
    // Deep and without overwriting: strings the deferred load already added stay.
    load = FIRST_VISIT[language]().then(({ default: strings }) => void instance.addResourceBundle(language, 'translation', strings, true, false));
    loads.set(language, load);
  }
  return load;
}

/**
 * Starts i18next with the fallback chain to zh-Hant. `deferLazyStrings` (the app's start) loads only this
 * language's first-visit strings, leaving the others to loadLanguage() and the lazy routes' sections to
 * loadDeferredStrings(); otherwise (tests, CLI) every string of every language is there on return.
 */
export async function setupI18n(language: Language, options: { deferLazyStrings?: boolean } = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  current = instance;
  const resources = options.deferLazyStrings
    ? { [language]: { translation: (await FIRST_VISIT[language]()).default } }
    : (await import('./resources.ts')).resources;
  await instance.use(initReactI18next).init({
    resources,
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
