/** The app's screens. Hash routes keep the built app working from any static folder or LMS package. */
export type Route =
  | { name: 'library' }
  | { name: 'drill'; scenarioId: string }
  | { name: 'attempt'; attemptId: string }
  | { name: 'studio' }
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
  if (head === 'drill' && id && ID.test(id) && rest.length === 0) return { name: 'drill', scenarioId: id };
  if (head === 'attempt' && id && ID.test(id) && rest.length === 0) return { name: 'attempt', attemptId: id };
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
    case 'not-found':
      return `#/${route.path}`;
  }
}
