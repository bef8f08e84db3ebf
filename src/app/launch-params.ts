import { isLanguage, type Language } from '../i18n/languages.ts';

/** Launch parameters an LMS or a link may pass: `?lng=en&trainee=S1234`, before or inside the hash. */
export interface LaunchParams {
  language: Language | null;
  trainee: string | null;
}

export const MAX_TRAINEE_LENGTH = 60;

/** Trims and bounds a trainee name or staff id; null when nothing usable is left. */
export function cleanTrainee(value: string | null | undefined): string | null {
  if (value == null) return null;
  const cleaned = Array.from(value)
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, MAX_TRAINEE_LENGTH);
  return cleaned === '' ? null : cleaned;
}

export function readLaunchParams(location: Pick<Location, 'search' | 'hash'>): LaunchParams {
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?')) : '';
  const params = [new URLSearchParams(location.search), new URLSearchParams(hashQuery)];
  const get = (name: string) => params.map((p) => p.get(name)).find((v) => v != null) ?? null;
  const lng = get('lng');
  return { language: isLanguage(lng) ? lng : null, trainee: cleanTrainee(get('trainee')) };
}
