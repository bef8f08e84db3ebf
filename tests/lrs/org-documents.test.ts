// The organisation's pack and assignments as xAPI 1.0.3 Activity Profile documents, against a real
// implementation of the document API: Learning Locker's activity-profile service (npm xapi-activities).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSIGNMENTS_PROFILE_ID, orgActivityId } from '../../src/domain/org/org-documents.ts';
import { basicAuthHeader, getActivityProfile } from '../../src/lrs/activity-profile.ts';
import { publishAssignmentsDocument, publishPackDocument, readOrgDocuments } from '../../src/lrs/org-documents.ts';
import { startActivityProfileService, type ActivityProfileService } from './activity-profile-service.ts';
import { acmePack } from './org-package.ts';

let service: ActivityProfileService;
beforeAll(async () => {
  service = await startActivityProfileService();
});
afterAll(() => service?.close());

const store = () => ({ endpoint: service.endpoint, auth: basicAuthHeader('trainer-key', 'trainer-secret') });
const night = { id: 'night', name: 'Night shift', trainees: ['Amy'] };
const leak = { id: 'leak', groupId: 'night', scenarioId: 'acme-lift', difficulty: 'hard' as const, due: '2099-12-31T15:59:59.000Z', policy: 'best' as const };

describe("the organisation's documents in the record store", () => {
  it('publishes the pack and the assignments, and a device reads them back; publishing again replaces the pack', async () => {
    const pack = await acmePack();
    expect(await publishPackDocument(store(), 'acme-a', JSON.stringify(pack))).toEqual({ ok: true });
    expect(await publishAssignmentsDocument(store(), 'acme-a', { groups: [night], assignments: [leak] })).toEqual({ ok: true });
    const read = await readOrgDocuments(store(), 'acme-a');
    expect(read.problems).toEqual([]);
    expect(JSON.parse(read.packText!)).toEqual(pack);
    expect(read.plan).toEqual({ groups: [night], assignments: [leak] });
    // The second publication reads the ETag and writes with it (If-Match): accepted.
    const renamed = { ...pack, name: 'Acme onboarding 2' };
    expect(await publishPackDocument(store(), 'acme-a', JSON.stringify(renamed))).toEqual({ ok: true });
    expect(JSON.parse((await readOrgDocuments(store(), 'acme-a')).packText!).name).toBe('Acme onboarding 2');
    // Another organisation's activity holds nothing.
    expect(await readOrgDocuments(store(), 'other-org')).toEqual({ packText: null, plan: { groups: [], assignments: [] }, problems: [] });
  });

  it("adds a second trainer's assignments to those published, and reports (never overwrites) a change made in between", async () => {
    await publishAssignmentsDocument(store(), 'acme-b', { groups: [night], assignments: [leak] });
    const day = { id: 'day', name: 'Day shift', trainees: ['Ben'] };
    const pump = { ...leak, id: 'pump', groupId: 'day', policy: 'last' as const };
    expect(await publishAssignmentsDocument(store(), 'acme-b', { groups: [day], assignments: [pump] })).toEqual({ ok: true });
    expect((await readOrgDocuments(store(), 'acme-b')).plan).toEqual({ groups: [day, night], assignments: [pump, leak] });

    // Trainer A reads; trainer B publishes; A's write (with the ETag A read) is refused by the store.
    let raced = false;
    const racing: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && !raced) {
        raced = true;
        await publishAssignmentsDocument(store(), 'acme-b', { groups: [], assignments: [{ ...leak, id: 'from-b' }] });
      }
      return fetch(input, init);
    };
    const result = await publishAssignmentsDocument(store(), 'acme-b', { groups: [], assignments: [{ ...leak, id: 'from-a' }] }, racing);
    expect(result).toMatchObject({ ok: false, conflict: true, status: 412 });
    const ids = (await readOrgDocuments(store(), 'acme-b')).plan.assignments.map((a) => a.id);
    expect(ids).toContain('from-b');
    expect(ids).not.toContain('from-a');
  });

  it('says what is wrong with a document that is not an assignments document, and goes on', async () => {
    const raw = await getActivityProfile(store(), orgActivityId('acme-c'), ASSIGNMENTS_PROFILE_ID);
    expect(raw).toEqual({ ok: true, text: null, etag: null });
    await fetch(`${service.endpoint}activities/profile?activityId=${encodeURIComponent(orgActivityId('acme-c'))}&profileId=${encodeURIComponent(ASSIGNMENTS_PROFILE_ID)}`, {
      method: 'PUT',
      headers: { ...{ Authorization: store().auth, 'X-Experience-API-Version': '1.0.3' }, 'Content-Type': 'application/json', 'If-None-Match': '*' },
      body: JSON.stringify({ groups: [] }),
    });
    const read = await readOrgDocuments(store(), 'acme-c');
    expect(read.problems).toEqual(['record store: assignments: format: must be "defuse-assignments"']);
    expect(read.packText).toBeNull();
  });
});
