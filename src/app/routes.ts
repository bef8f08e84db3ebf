import type { DashboardView } from '../features/scorecards/dashboard.types.ts';

/** The app's screens. Hash routes keep the built app working from any static folder or LMS package. */
export type Route =
  | { name: 'library' }
  | { name: 'drill'; scenarioId: string }
  | { name: 'attempt'; attemptId: string }
  /** The HR dashboard (passcode-protected): `#/scorecards`, `#/scorecards/<view>`, `#/scorecards/attempt/<id>`. */
  | { name: 'scorecards'; view: DashboardView }
  | { name: 'studio' }
  /** "For trainers": the way into the scorecards, the studio and the record-store settings. */
  | { name: 'trainers' }
  | { name: 'not-found'; path: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;

/** Parses `#/drill/angry-resident?lng=en` (the query part is ignored here; see launch-params). */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts.length === 0) return { name: 'library' };
  const [head, id, ...rest] = parts;
  if (head === 'studio' && id === undefined) return { name: 'studio' };
  if (head === 'trainers' && id === undefined) return { name: 'trainers' };
  if (head === 'drill' && id && ID.test(id) && rest.length === 0) return { name: 'drill', scenarioId: id };
  if (head === 'attempt' && id && ID.test(id) && rest.length === 0) return { name: 'attempt', attemptId: id };
  if (head === 'scorecards') {
    if (!id) return { name: 'scorecards', view: { name: 'attempts' } };
    if ((id === 'trainee' || id === 'cohort' || id === 'transfer' || id === 'misread' || id === 'assignments') && rest.length === 0) return { name: 'scorecards', view: { name: id } };
    const [attemptId, ...more] = rest;
    if (id === 'attempt' && attemptId && ID.test(attemptId) && more.length === 0) return { name: 'scorecards', view: { name: 'attempt', attemptId } };
  }
  return { name: 'not-found', path };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'drill':
      return `#/drill/${encodeURIComponent(route.scenarioId)}`;
    case 'attempt':
      return `#/attempt/${encodeURIComponent(route.attemptId)}`;
    case 'studio':
      return '#/studio';
    case 'trainers':
      return '#/trainers';
    case 'scorecards':
      // Same as the dashboard's dashboardHref, inlined so the first-visit bundle needs no dashboard module.
      return route.view.name === 'attempts'
        ? '#/scorecards'
        : route.view.name === 'attempt'
          ? `#/scorecards/attempt/${encodeURIComponent(route.view.attemptId)}`
          : `#/scorecards/${route.view.name}`;
    case 'not-found':
      return `#/${route.path}`;
  }
}
