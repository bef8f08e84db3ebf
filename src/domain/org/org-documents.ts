// Where an organisation's published pack and assignments live in its record store: documents of the
// xAPI Activity Profile resource, on one activity per organisation, so every device pointed at that store
// reads them at start without a redeploy (issue 19, 3c and 6).
import { DEFUSE_IRI } from '../xapi/iris.ts';

/** The organisation's activity: `https://w3id.org/defuse/xapi/organisations/<org id>`. */
export const orgActivityId = (orgId: string) => `${DEFUSE_IRI}/organisations/${encodeURIComponent(orgId)}`;

/** The published scenario pack (the same JSON as a `defuse pack` file). */
export const PACK_PROFILE_ID = `${DEFUSE_IRI}/profiles/scenario-pack`;
/** The groups and assignments: `{ format, version, groups, assignments }`. */
export const ASSIGNMENTS_PROFILE_ID = `${DEFUSE_IRI}/profiles/assignments`;

export const ASSIGNMENTS_FORMAT = 'defuse-assignments';
export const ASSIGNMENTS_VERSION = 1;
