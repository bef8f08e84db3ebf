// Vite plugin: `./locales/<lng>.json?first-visit` is the locale file without the sections that only lazy
// routes use (the HR dashboard's strings), so they stay out of the first-visit bundle. The full file
// loads with those routes (src/i18n/setup.ts, loadDeferredStrings).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** [top-level key, nested key] pairs left out of the first-visit locale resources (`*`: the whole section). */
export const DEFERRED_LOCALE_SECTIONS = [
  ['scorecards', 'dashboard'],
  // The scorecard's evidence messages load with the drill and the attempt page, not with the library.
  ['scorecards', 'rules'],
  ['scorecards', 'suggestions'],
  ['scorecards', 'steps'],
  // The trainer studio's strings load with #/studio; only the header link (studio.nav) is needed at once.
  // Leaving a cmi5 session: only the header action's labels at once; the panel's text loads with the panel.
  ['lms', 'exitPanel'],
  // Refusals of the trainer's operations (passcode, import, override) and a damaged stored scorecard: shown
  // only on the trainer and attempt routes, which load the full strings.
  ['guard', 'storage'],
  // The storage notices load their component and these strings when a failure is reported (src/app/StorageBanner.tsx).
  ['common', 'storage'],
  ['guard', 'passcodeNotSaved'],
  ['guard', 'damagedScorecard'],
  // The drill's screens (briefing, conversation, diagnosis, scorecard) load their strings with the drill
  // route; the library needs only drill.library, .modes, .setting, .personality and .difficulty.
  ...(['briefing', 'personalityTip', 'guided', 'feedback', 'moves', 'lists', 'diagnosis', 'hint', 'ended', 'endConfirm', 'reply', 'stats', 'hostility', 'transcript', 'avatar', 'errors', 'setAside'] as const).map((key) => ['drill', key] as const),
  // The customer's mood and the "welcome back" of a restored drill: shown only in a drill (ui7 paid the library's
  // "welcome back" line to a trainee with a drill under way with these).
  ['drill', 'mood'],
  ['drill', 'resumed_one'],
  ['drill', 'resumed_other'],
  // The trainee's own screens after the library: the drill, the scorecard's judge and chart, the trainer tools.
  ['practice', 'drill'],
  ['practice', 'judge'],
  ['practice', 'curve'],
  ['practice', 'trainers'],
  // "I think this was misread": the flag on the drill and scorecard routes, the queue on the dashboard.
  ['misread', 'flag'],
  ['misread', 'queue'],
  ...(['title', 'library', 'import', 'status', 'actions', 'editor', 'diagnostics', 'tabs', 'outcomes', 'tests', 'preview', 'graph', 'translations', 'errors', 'states', 'publish', 'broken'] as const).map((key) => ['studio', key] as const),
  // Organisation mode: the trainer unlock, the dashboard's review columns, signatures and the stored
  // scorecard's review load with the trainer and attempt routes; the library needs only org.practice and
  // org.status (the header's organisation line).
  ...(['access', 'attempt', 'columns', 'table', 'flagged', 'agreement', 'review', 'scorecard', 'reviewer', 'signature', 'plan'] as const).map((key) => ['org', key] as const),
  // The trainer unlock's passcode strings: with the trainer gate, which loads the full strings.
  ['access', '*'],
  // The studio's authoring aids (diagnostics in words, the preview's trace, the wizard and forms): studio only.
  // (The whole section: no screen outside the studio uses it, so forms added later stay out of the library's
  // bundle without being listed here — forms17's seven sections had put it 0.5 KB over its budget.)
  ['authoring', '*'],
  // The written channel's chat and email screens load with the drill; the library needs only the filter.
  ['written', 'chat'],
  ['written', 'email'],
  // The record-store settings form (its fields, the check run on saving): only on the trainer tools page, which loads
  // the full strings; the header keeps sync's status, counts, retry and problem messages.
  ...(['settingsHeading', 'settingsIntro', 'endpoint', 'key', 'secret', 'homePage', 'save', 'clear', 'saved', 'invalidEndpoint', 'checking', 'checkOk', 'checkOkNoRead'] as const).map((key) => ['sync', key] as const),
] as const;

const PREFIX = '\0first-visit:';

export function localeFirstVisit(): Plugin {
  return {
    name: 'defuse-locale-first-visit',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.json?first-visit')) return null;
      const resolved = await this.resolve(source.slice(0, -'?first-visit'.length), importer, { skipSelf: true });
      return resolved ? `${PREFIX}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      this.addWatchFile(file);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
      // `*`: the whole section.
      for (const [section, key] of DEFERRED_LOCALE_SECTIONS) {
        if (key === '*') delete doc[section];
        else delete doc[section]?.[key];
      }
      // JSON text: Vite's JSON plugin turns it into a module, as for any locale file.
      return JSON.stringify(doc);
    },
  };
}
