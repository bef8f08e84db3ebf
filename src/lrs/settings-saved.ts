// What saving the LRS settings does: checks them at once, so the header says what is wrong before any
// drill is finished, and makes the configured LRS's statements due now (fixing the settings needs no Retry).
import { checkLrs } from './check-lrs.ts';
import { useLrsSettings } from './lrs-settings.ts';
import { getSyncEngine } from './sync-engine.ts';
import { useSyncState } from './sync-store.ts';
import { basicAuth } from './xapi-client.ts';

export async function settingsSaved(): Promise<void> {
  const s = useLrsSettings.getState();
  if (!s.endpoint) return;
  useSyncState.setState({ check: { state: 'checking' } });
  const check = await checkLrs({ endpoint: s.endpoint, auth: basicAuth(s.key, s.secret) });
  // Settings saved again meanwhile: that save's check has the last word.
  if (useLrsSettings.getState().endpoint !== s.endpoint || useLrsSettings.getState().secret !== s.secret || useLrsSettings.getState().key !== s.key) return;
  if (check.ok) useSyncState.setState({ check: { state: 'done', problem: null, canRead: check.canRead }, problem: null });
  else useSyncState.setState({ check: { state: 'done', problem: check.problem, canRead: false }, problem: check.problem });
  await getSyncEngine().settingsChanged();
}
