// Shared setup for the unit project. Component tests opt into jsdom with `// @vitest-environment jsdom`.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // findBy*/waitFor give up after 1 s by default. The browser suite runs alongside and the machine may be
  // busy: a lazily loaded engine can take many seconds to appear, so allow 30 s (a hang limit).
  configure({ asyncUtilTimeout: 30_000 });
  // jsdom lacks matchMedia (framer-motion's reduced-motion check) and scrollIntoView.
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null,
    addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  // jsdom's `labels` and `control` walk the document once per label: quadratic on the studio's big forms.
  // Once per document: where files share a worker (isolate: false), this file runs for each of them.
  const installed = window as { __defuseFastLabels?: true };
  if (!installed.__defuseFastLabels) {
    const { installFastLabels } = await import('./fast-labels.ts');
    installFastLabels();
    installed.__defuseFastLabels = true;
  }
}
