import { detectBrowserLanguage, type Language } from '../i18n/languages.ts';
import { readLaunchParams } from './launch-params.ts';
import { usePreferences } from './preferences-store.ts';

/**
 * Applies launch parameters to the stored preferences and picks the start language:
 * `?lng=` wins (and is remembered), then the trainee's choice, then the browser, then zh-Hant.
 */
export function resolveStartup(location: Pick<Location, 'search' | 'hash'>, browserLanguages: readonly string[]): { language: Language } {
  const params = readLaunchParams(location);
  const prefs = usePreferences.getState();
  if (params.language) prefs.setLanguage(params.language);
  if (params.trainee) prefs.setTrainee(params.trainee);
  return { language: params.language ?? prefs.language ?? detectBrowserLanguage(browserLanguages) };
}
