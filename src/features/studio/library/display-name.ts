// What the studio calls a trainer's scenario: the draft's title in the UI language while the record's name is
// still one of its titles (the wizard names a record by its English title), else the name the trainer chose.
import { FALLBACK_LANGUAGE, LANGUAGES } from '../../../i18n/languages.ts';
import type { StudioScenarioRecord } from '../../../storage/studio-records.ts';

/** The draft's `title`, per language, with the empty ones left out (null when the draft has none or is not JSON). */
function titlesOf(draft: string): Partial<Record<string, string>> | null {
  try {
    const title = (JSON.parse(draft) as { title?: unknown }).title;
    if (!title || typeof title !== 'object' || Array.isArray(title)) return null;
    return Object.fromEntries(Object.entries(title).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
  } catch {
    return null;
  }
}

/**
 * The record's name in `language`: the draft's title in that language, then in the fallback language
 * (zh-Hant, as the app's strings fall back), when the record is named by one of its titles; a name the trainer
 * gave (Rename, "… (copy)") is theirs and shown as they wrote it.
 */
export function displayName(record: Pick<StudioScenarioRecord, 'name' | 'draft'>, language: string): string {
  const titles = titlesOf(record.draft);
  if (!titles || !LANGUAGES.some((l) => titles[l] === record.name)) return record.name;
  return titles[language] ?? titles[FALLBACK_LANGUAGE] ?? record.name;
}
