import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './routes.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = () => window.location.hash;

/** The current route, re-rendered on every hash change. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot, () => '');
  return parseHash(hash);
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
