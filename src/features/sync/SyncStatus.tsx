import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSettingsProblem } from '../../lrs/lrs-problem.ts';
import { useSyncState } from '../../lrs/sync-store.ts';
import './sync.css';

// The panel (settings form, retry) loads when first opened: the header stays within the first-visit budget.
const SyncPanel = lazy(() => import('./SyncPanel.tsx').then((m) => ({ default: m.SyncPanel })));

/**
 * The trainee header's quiet indicator: whether learning records are synced, waiting or refused, opening
 * the state and a retry. Nothing shows when no record store is set up (everything stays on the device);
 * the settings live with the trainer tools (SyncPanel with `settings`).
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const sync = useSyncState();
  const [opened, setOpened] = useState(false);

  // Wrong settings first (nothing gets through until they change), then refused, waiting, unreachable.
  const blocked = sync.problem !== null && isSettingsProblem(sync.problem.kind);
  const unreachable = sync.problem?.kind === 'unreachable';
  const summary = blocked
    ? t('sync.attention')
    : sync.rejected > 0
      ? t('sync.rejected', { count: sync.rejected })
      : sync.pending > 0
        ? t('sync.pending', { count: sync.pending })
        : unreachable
          ? t('sync.unreachableShort')
          : t('sync.synced');
  const tone = blocked || sync.rejected > 0 ? 'bad' : sync.pending > 0 || unreachable ? 'wait' : 'ok';

  if (!sync.active) return null;
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
