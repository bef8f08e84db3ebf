// The organisation's documents in its record store: a trainer publishes the scenario pack and the groups
// and assignments; every device reads them at start. Writes read the document's ETag first and send it
// back (If-Match), so a document another trainer changed meanwhile is reported, not overwritten.
import { ASSIGNMENTS_FORMAT, ASSIGNMENTS_PROFILE_ID, ASSIGNMENTS_VERSION, orgActivityId, PACK_PROFILE_ID } from '../domain/org/org-documents.ts';
import { mergePlans, repairPlan, type OrgPlan } from '../domain/org/plan.ts';
import { basicAuthHeader, getActivityProfile, putActivityProfile, type DocumentWrite } from './activity-profile.ts';
import type { LrsSettings } from './lrs-settings.ts';
import type { LrsEndpoint } from './transport.ts';

/** The device's record store from its settings (endpoint, key, secret). */
export const storeOf = (s: Pick<LrsSettings, 'endpoint' | 'key' | 'secret'>): LrsEndpoint => ({ endpoint: s.endpoint, auth: basicAuthHeader(s.key, s.secret) });

/** Publishes one document: read its ETag, write with it. */
async function publish(to: LrsEndpoint, orgId: string, profileId: string, body: string, fetchImpl?: typeof fetch): Promise<DocumentWrite> {
  const current = await getActivityProfile(to, orgActivityId(orgId), profileId, fetchImpl);
  if (!current.ok) return current;
  // A store that answers without an ETag gets an unconditional-looking write it will refuse (409): reported as a conflict.
  return putActivityProfile(to, orgActivityId(orgId), profileId, body, current.text === null ? null : (current.etag ?? '"none"'), fetchImpl);
}

/** The pack's text, as `defuse pack` wrote it (checked by the caller). */
export const publishPackDocument = (to: LrsEndpoint, orgId: string, packText: string, fetchImpl?: typeof fetch) => publish(to, orgId, PACK_PROFILE_ID, packText, fetchImpl);

/**
 * Adds this device's groups and assignments to those published (same ids replace them): the document is
 * read, changed and written back with its ETag, so another trainer's publication in between is reported.
 */
export async function publishAssignmentsDocument(to: LrsEndpoint, orgId: string, local: OrgPlan, fetchImpl?: typeof fetch): Promise<DocumentWrite> {
  const current = await getActivityProfile(to, orgActivityId(orgId), ASSIGNMENTS_PROFILE_ID, fetchImpl);
  if (!current.ok) return current;
  let published: OrgPlan = { groups: [], assignments: [] };
  if (current.text !== null) {
    try {
      published = repairPlan(JSON.parse(current.text));
    } catch {
      // A document that is not JSON is replaced (the write still carries its ETag).
    }
  }
  const plan = mergePlans(local, published);
  const body = JSON.stringify({ format: ASSIGNMENTS_FORMAT, version: ASSIGNMENTS_VERSION, groups: plan.groups, assignments: plan.assignments });
  return putActivityProfile(to, orgActivityId(orgId), ASSIGNMENTS_PROFILE_ID, body, current.text === null ? null : (current.etag ?? '"none"'), fetchImpl);
}

export interface OrgDocuments {
  /** The pack document's text (checked by whoever offers its scenarios), or null when none is published. */
  packText: string | null;
  /** The published groups and assignments (empty when none). */
  plan: OrgPlan;
  /** `record store: scenario pack: HTTP 401 …`: what could not be read; the app runs on without it. */
  problems: string[];
}

/** Reads both documents; each failure is a problem, never a stop. */
export async function readOrgDocuments(to: LrsEndpoint, orgId: string, fetchImpl?: typeof fetch): Promise<OrgDocuments> {
  const [pack, assignments] = await Promise.all([getActivityProfile(to, orgActivityId(orgId), PACK_PROFILE_ID, fetchImpl), getActivityProfile(to, orgActivityId(orgId), ASSIGNMENTS_PROFILE_ID, fetchImpl)]);
  const problems: string[] = [];
  if (!pack.ok) problems.push(`record store: scenario pack: ${pack.message}`);
  if (!assignments.ok) problems.push(`record store: assignments: ${assignments.message}`);
  let plan: OrgPlan = { groups: [], assignments: [] };
  if (assignments.ok && assignments.text !== null) {
    try {
      const doc = JSON.parse(assignments.text) as { format?: unknown };
      if (doc.format !== ASSIGNMENTS_FORMAT) problems.push(`record store: assignments: format: must be "${ASSIGNMENTS_FORMAT}"`);
      else {
        const repaired = repairPlan(doc);
        if (repaired.dropped > 0) problems.push(`record store: assignments: ${repaired.dropped} entries are not a group or an assignment and were left out`);
        plan = { groups: repaired.groups, assignments: repaired.assignments };
      }
    } catch {
      problems.push('record store: assignments: not valid JSON');
    }
  }
  return { packText: pack.ok ? pack.text : null, plan, problems };
}
