import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { resolveStartup } from './app/startup.ts';
import { setupI18n } from './i18n/setup.ts';
import './app/app.css';

const startup = resolveStartup(window.location, navigator.languages);
await setupI18n(startup.language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
