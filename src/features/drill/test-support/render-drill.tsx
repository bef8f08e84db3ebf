import 'fake-indexeddb/auto';
import { act, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../i18n/languages.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { DefuseDb } from '../../../storage/db.ts';
import { createDexieStorage, type DrillStorage } from '../../../storage/drill-storage.ts';
import type { DrillMode } from '../../../storage/records.ts';
import { DrillPage } from '../DrillPage.tsx';

let n = 0;
/** A fresh IndexedDB (fake-indexeddb) per test. */
export const freshStorage = (): DrillStorage => createDexieStorage(new DefuseDb(`drill-test-${Date.now()}-${n++}`));

interface Options {
  scenarioId?: string;
  mode?: DrillMode;
  storage?: DrillStorage;
  language?: Language;
  /** Fixes the customer's line variants, so a test knows what the customer will say. */
  seed?: number;
  /** Told the stored attempt's id, as the app is (it moves the address to the attempt's scorecard). */
  onAttemptSaved?: (attemptId: string) => void;
}

/** Renders the drill route for a scenario with no typing delay; `setLanguage` switches the UI language as the header does. */
export async function renderDrill(options: Options = {}) {
  const i18n = await setupI18n(options.language ?? 'en');
  const storage = options.storage ?? freshStorage();
  const page = (language: Language) => (
    <I18nextProvider i18n={i18n}>
      <DrillPage
        scenarioId={options.scenarioId ?? 'angry-resident'}
        trainee="T1"
        language={language}
        mode={options.mode ?? 'practice'}
        onModeChange={() => {}}
        storage={storage}
        onExit={() => {}}
        typingDelay={() => 0}
        {...(options.seed !== undefined ? { seed: options.seed } : {})}
        {...(options.onAttemptSaved ? { onAttemptSaved: options.onAttemptSaved } : {})}
      />
    </I18nextProvider>
  );
  const utils = render(page(options.language ?? 'en'));
  const setLanguage = async (language: Language) => {
    await act(async () => {
      await i18n.changeLanguage(language);
    });
    utils.rerender(page(language));
  };
  return { ...utils, storage, i18n, setLanguage };
}
