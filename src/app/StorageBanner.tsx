import { lazy, Suspense } from 'react';
import { loadDeferredStrings } from '../i18n/setup.ts';
import { useStorageIssues } from '../storage/storage-errors.ts';

// The notices and their strings load only when storage has failed: most visits never need them, and the first visit's
// JavaScript budget (150 KB) is better spent on the library.
const StorageIssues = lazy(() => Promise.all([import('./StorageIssues.tsx'), loadDeferredStrings()]).then(([m]) => ({ default: m.StorageIssues })));

/** Every storage failure reported so far, said to the trainee (StorageIssues.tsx); nothing while there is none. */
export function StorageBanner() {
  const failed = useStorageIssues((s) => s.issues.length > 0);
  if (!failed) return null;
  return (
    <Suspense fallback={null}>
      <StorageIssues />
    </Suspense>
  );
}
