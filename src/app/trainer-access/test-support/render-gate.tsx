import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { setupI18n } from '../../../i18n/setup.ts';
import { TrainerGate, type TrainerAccessStore } from '../TrainerGate.tsx';

/** Few passcode iterations, so a test's unlock takes milliseconds (the gate's own default is slow on purpose). */
export const FAST = 1000;

/** The trainer gate in English around a "secret area", over the given device store. */
export async function renderGate(store: TrainerAccessStore) {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <TrainerGate loadStore={async () => store} iterations={FAST}>
        <p>secret area</p>
      </TrainerGate>
    </I18nextProvider>,
  );
}
