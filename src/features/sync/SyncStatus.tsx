import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSettingsProblem } from '../../lrs/lrs-problem.ts';
import { useSyncState } from '../../lrs/sync-store.ts';
import './sync.css';

// The panel (settings form, retry) loads when first opened: the header stays within the first-visit budget.
const SyncPanel = lazy(() => import('./SyncPanel.tsx').then((m) => ({ default: m.SyncPanel })));

/** Header control: how many learning records wait or were refused; opens the panel with retry and LRS settings. */
export function SyncStatus() {
  const { t } = useTranslation();
  const sync = useSyncState();
  const [opened, setOpened] = useState(false);

  // Wrong settings first (nothing gets through until they change), then refused, waiting, unreachable.
  const blocked = sync.problem !== null && isSettingsProblem(sync.problem.kind);
  const unreachable = sync.problem?.kind === 'unreachable';
  const summary = !sync.active
    ? t('sync.off')
    : blocked
      ? t('sync.attention')
      : sync.rejected > 0
        ? t('sync.rejected', { count: sync.rejected })
        : sync.pending > 0
          ? t('sync.pending', { count: sync.pending })
          : unreachable
            ? t('sync.unreachableShort')
            : t('sync.synced');
  const tone = !sync.active ? 'off' : blocked || sync.rejected > 0 ? 'bad' : sync.pending > 0 || unreachable ? 'wait' : 'ok';

  return (
    <details className="sync-status" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className={`sync-summary sync-${tone}`}>
        <span className="sync-dot" aria-hidden="true" />
        <span role="status">{sync.sending ? t('sync.sending') : summary}</span>
      </summary>
      {opened && (
        <Suspense fallback={null}>
          <SyncPanel />
        </Suspense>
      )}
    </details>
  );
}
