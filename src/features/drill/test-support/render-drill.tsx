import 'fake-indexeddb/auto';
import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
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
  /** The customer's typing pause in ms (default 0). */
  typingDelay?: number;
  /** Inside React's StrictMode, as the app runs under `npm run dev` (effects mounted, cleaned up and mounted again). */
  strict?: boolean;
}

/** Renders the drill route for a scenario (no typing delay unless asked); `setLanguage` switches the UI language as the header does. */
export async function renderDrill(options: Options = {}) {
  const i18n = await setupI18n(options.language ?? 'en');
  const storage = options.storage ?? freshStorage();
  const delay = options.typingDelay ?? 0;
  const page = (language: Language) => {
    const tree = (
      <I18nextProvider i18n={i18n}>
        <DrillPage
          scenarioId={options.scenarioId ?? 'angry-resident'}
          trainee="T1"
          language={language}
          mode={options.mode ?? 'practice'}
          onModeChange={() => {}}
          storage={storage}
          onExit={() => {}}
          typingDelay={() => delay}
          {...(options.seed !== undefined ? { seed: options.seed } : {})}
          {...(options.onAttemptSaved ? { onAttemptSaved: options.onAttemptSaved } : {})}
        />
      </I18nextProvider>
    );
    return options.strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  const utils = render(page(options.language ?? 'en'));
  const setLanguage = async (language: Language) => {
    await act(async () => {
      await i18n.changeLanguage(language);
    });
    utils.rerender(page(language));
  };
  return { ...utils, storage, i18n, setLanguage };
}
