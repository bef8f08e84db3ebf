// Shared setup for the unit project. Component tests opt into jsdom with `// @vitest-environment jsdom`.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  const { cleanup, configure, getConfig, prettyDOM } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // findBy*/waitFor give up after 1 s by default. The browser suite runs alongside and the machine may be
  // busy: a lazily loaded engine can take many seconds to appear, so allow 30 s (a hang limit).
  configure({ asyncUtilTimeout: 30_000 });
  // A query that finds nothing prints the whole document into its error. Inside findBy*/waitFor it fails on
  // every DOM change and every 50 ms until it holds, and each of those errors printed the studio's thousand
  // elements only to be dropped: waitFor marks its polls (`_disableExpensiveErrorDiagnostics`, as the role
  // query does for its list of roles), and these errors carry the message alone. A wait that times out prints
  // the document once, as it stands then (waitFor's onTimeout calls this again outside a poll); a query that
  // fails outside a wait prints it as before.
  configure({
    getElementError(message, container) {
      const polling = (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics;
      const dom = polling ? '' : `Ignored nodes: comments, ${getConfig().defaultIgnore}\n${prettyDOM(container)}`;
      const error = new Error([message, dom].filter(Boolean).join('\n\n'));
      error.name = 'TestingLibraryElementError';
      return error;
    },
  });
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
