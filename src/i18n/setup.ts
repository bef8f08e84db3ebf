import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';
import { FALLBACK_LANGUAGE, type Language } from './languages.ts';

export const resources = {
  'zh-Hant': { translation: zhHant },
  'zh-Hans': { translation: zhHans },
  en: { translation: en },
} as const;

/** Starts i18next once with every locale bundled (they are small) and the fallback chain to zh-Hant. */
export async function setupI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
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
  return instance;
}

function syncDocumentLanguage(instance: i18n): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = instance.language;
  document.title = instance.t('common.appTitle');
}
