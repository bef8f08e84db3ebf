import 'i18next';
import type zhHant from './locales/zh-Hant.json';

// Keys are typed from the fallback locale: a key used in code but missing from zh-Hant fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhHant };
    returnNull: false;
  }
}
