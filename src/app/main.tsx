import './csp.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { usePreferences } from './preferences-store.ts';
import { resolveStartup } from './startup.ts';
import { setupI18n } from '../i18n/setup.ts';
import { startLaunch } from '../lms/start-launch.ts';
import { startSyncIfConfigured } from '../lrs/on-attempt-finished.ts';
import './app.css';

// An LMS launch (cmi5 or SCORM) first: it cleans the address bar and names the trainee.
startLaunch(window, (name) => usePreferences.getState().setTrainee(name));
const startup = resolveStartup(window.location, navigator.languages);
startSyncIfConfigured();
await setupI18n(startup.language, { deferLazyStrings: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
