/** What the LMS put in the launch URL. Credentials-bearing parts are removed from the address bar. */
export type Launch =
  | {
      kind: 'cmi5';
      scenarioId: string;
      endpoint: string;
      fetch: string;
      /** The actor JSON as given (cmi5 §8.1: an Agent with an account). */
      actor: { objectType?: 'Agent'; name?: string; account: { homePage: string; name: string } };
      registration: string;
      activityId: string;
    }
  | { kind: 'scorm'; scenarioId: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;

/**
 * Reads a launch: cmi5 (`endpoint`, `fetch`, `actor`, `registration`, `activityId`, plus our `scenario`)
 * or SCORM (`lms=scorm&scenario=…`, the SCO's href in imsmanifest.xml). Null for an ordinary visit.
 */
export function readLaunch(search: string): Launch | null {
  const p = new URLSearchParams(search);
  const scenarioId = p.get('scenario') ?? '';
  if (!ID.test(scenarioId)) return null;
  if (p.get('lms') === 'scorm') return { kind: 'scorm', scenarioId };
  const [endpoint, fetchUrl, actorJson, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((k) => p.get(k));
  if (!endpoint || !fetchUrl || !actorJson || !registration || !activityId) return null;
  let actor: unknown;
  try {
    actor = JSON.parse(actorJson);
  } catch {
    return null;
  }
  const account = (actor as { account?: { homePage?: unknown; name?: unknown } } | null)?.account;
  if (typeof account?.homePage !== 'string' || typeof account.name !== 'string') return null;
  return { kind: 'cmi5', scenarioId, endpoint, fetch: fetchUrl, actor: actor as Extract<Launch, { kind: 'cmi5' }>['actor'], registration, activityId };
}

/**
 * The address to show after a launch. cmi5: no query at all (endpoint, fetch URL, actor), `lng` kept.
 * SCORM carries no secrets, and its query must survive a reload to find the LMS again, so it stays.
 * Either way a launch lands on the scenario's drill unless the hash already names a screen.
 */
export function cleanLaunchUrl(location: Pick<Location, 'pathname' | 'search' | 'hash'>, launch: Launch): string {
  const lng = new URLSearchParams(location.search).get('lng');
  const query = launch.kind === 'scorm' ? location.search : lng ? `?lng=${encodeURIComponent(lng)}` : '';
  const hash = location.hash.length > 2 ? location.hash : `#/drill/${encodeURIComponent(launch.scenarioId)}`;
  return `${location.pathname}${query}${hash}`;
}

/** The trainee name a launch implies: the actor's name, else its account name. */
export function launchTrainee(launch: Launch): string | null {
  if (launch.kind !== 'cmi5') return null;
  return launch.actor.name ?? launch.actor.account.name;
}
