import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { setupI18n } from '../../../i18n/setup.ts';
import { DefuseDb } from '../../../storage/db.ts';
import { createDexieStorage, type DrillStorage } from '../../../storage/drill-storage.ts';
import type { DrillMode } from '../../../storage/records.ts';
import { DrillPage } from '../DrillPage.tsx';

let n = 0;
/** A fresh IndexedDB (fake-indexeddb) per test. */
export const freshStorage = (): DrillStorage => createDexieStorage(new DefuseDb(`drill-test-${Date.now()}-${n++}`));

/** Renders the drill route for a scenario with no typing delay. */
export async function renderDrill(options: { scenarioId?: string; mode?: DrillMode; storage?: DrillStorage; language?: 'zh-Hant' | 'zh-Hans' | 'en' } = {}) {
  const language = options.language ?? 'en';
  const i18n = await setupI18n(language);
  const storage = options.storage ?? freshStorage();
  const utils = render(
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
      />
    </I18nextProvider>,
  );
  return { ...utils, storage };
}
