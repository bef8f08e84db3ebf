import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkPasscode } from '../../domain/records/passcode.ts';
import { main } from '../main.ts';

function run(args: string[], stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdin: Readable.from(stdin), stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) };
  return main(['config', ...args], io).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

const fresh = () => join(mkdtempSync(join(tmpdir(), 'defuse-config-')), 'defuse.config.json');

describe('defuse config', () => {
  it('writes an organisation, its passcode hash (never the passcode), record store and group, and checks it', async () => {
    const file = fresh();
    expect((await run(['init', '--id', 'acme', '--name', 'Acme Property', '--file', file])).code).toBe(0);
    expect((await run(['set-passcode', '--file', file], ['correct horse\n'])).code).toBe(0);
    expect((await run(['set-record-store', '--endpoint', 'https://lrs.example.org/xapi', '--credentials', 'lms-launch', '--file', file])).code).toBe(0);
    expect((await run(['add-group', '--id', 'night', '--name', 'Night shift', '--trainees', 'Amy, Ben', '--file', file])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('correct horse');
    const config = JSON.parse(text);
    expect(await checkPasscode('correct horse', config.trainerPasscode)).toBe(true);
    expect(config.groups).toEqual([{ id: 'night', name: 'Night shift', trainees: ['Amy', 'Ben'] }]);
    expect(await run(['check', '--file', file])).toMatchObject({ code: 0, out: `ok ${file}\n` });
  }, 30_000);

  it('refuses a bad file with one line per problem naming the field', async () => {
    const file = fresh();
    writeFileSync(file, JSON.stringify({ format: 'defuse-config', version: 1, organisation: { id: 'Acme Co', name: '' }, packs: ['../secret.json'], recordStore: { endpoint: 'ftp://x', credentials: 'trainer' } }));
    const { code, out } = await run(['check', '--file', file]);
    expect(code).toBe(1);
    expect(out).toContain(`${file}: organisation.id: organisation id must be lower-case`);
    expect(out).toContain(`${file}: organisation.name: must not be empty`);
    expect(out).toContain(`${file}: packs[1]: must be a relative path`);
    expect(out).toContain(`${file}: recordStore.endpoint: must be an https URL`);
  });

  it('refuses changes that would break the file, a short passcode, an overwrite and a newer version', async () => {
    const file = fresh();
    await run(['init', '--id', 'acme', '--name', 'Acme', '--file', file]);
    expect((await run(['init', '--id', 'acme', '--name', 'Acme', '--file', file])).err).toContain('already exists');
    expect(await run(['set-passcode', '--file', file], ['abc\n'])).toMatchObject({ code: 1, err: expect.stringContaining('at least 6 characters') });
    expect((await run(['set-record-store', '--endpoint', 'http://lrs.example.org', '--credentials', 'trainer', '--file', file])).err).toContain('recordStore.endpoint');
    expect((await run(['add-pack', '../x.json', '--file', file])).err).toContain('packs[1]');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 'defuse-config', version: 1, organisation: { id: 'acme', name: 'Acme' } });
    writeFileSync(file, JSON.stringify({ format: 'defuse-config', version: 9 }));
    expect((await run(['check', '--file', file])).out).toContain('version: written for a newer Defuse');
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('defuse config add-pack', () => {
  it('lists a pack that is in the served folder and checks, and refuses one that is missing or damaged', async () => {
    const file = fresh();
    const dir = dirname(file);
    await run(['init', '--id', 'acme', '--name', 'Acme', '--file', file]);
    expect((await run(['add-pack', 'packs/drills.json', '--file', file])).err).toContain('cannot read the pack');
    mkdirSync(join(dir, 'packs'));
    const scenario = { ...JSON.parse(readFileSync(new URL('../../../scenarios/angry-resident.json', import.meta.url), 'utf8')), id: 'acme-resident' };
    writeFileSync(join(dir, 'acme-resident.json'), JSON.stringify(scenario));
    const packed = await main(['pack', join(dir, 'packs/drills.json'), join(dir, 'acme-resident.json')], { stdin: Readable.from([]), stdout: () => undefined, stderr: () => undefined });
    expect(packed).toBe(0);
    expect(await run(['add-pack', 'packs/drills.json', '--file', file])).toMatchObject({ code: 0, out: expect.stringContaining('(1 scenario) listed') });
    expect(JSON.parse(readFileSync(file, 'utf8')).packs).toEqual(['packs/drills.json']);
    writeFileSync(join(dir, 'packs/broken.json'), '{"format":"defuse-pack","version":1}');
    expect((await run(['add-pack', 'packs/broken.json', '--file', file])).err).toContain('packs/broken.json: id:');
    expect(JSON.parse(readFileSync(file, 'utf8')).packs).toEqual(['packs/drills.json']);
  }, 60_000);
});

describe('defuse config add-assignment', () => {
  it('assigns a scenario to a group, due at the end of the day, and refuses an unknown group, a bad date or difficulty', async () => {
    const file = fresh();
    await run(['init', '--id', 'acme', '--name', 'Acme', '--file', file]);
    await run(['add-group', '--id', 'night', '--name', 'Night shift', '--trainees', 'Amy, Ben', '--file', file]);
    const ok = await run(['add-assignment', '--id', 'leak-1', '--group', 'night', '--scenario', 'angry-resident', '--due', '2026-12-10', '--policy', 'average', '--file', file]);
    expect(ok.code).toBe(0);
    const [assignment] = JSON.parse(readFileSync(file, 'utf8')).assignments;
    expect(assignment).toMatchObject({ id: 'leak-1', groupId: 'night', scenarioId: 'angry-resident', difficulty: 'standard', policy: 'average' });
    // The last second of 10 December on this computer's clock.
    const due = new Date(assignment.due);
    expect([due.getFullYear(), due.getMonth() + 1, due.getDate(), due.getHours(), due.getMinutes()]).toEqual([2026, 12, 10, 23, 59]);
    expect((await run(['add-assignment', '--id', 'x', '--group', 'day', '--scenario', 'angry-resident', '--due', '2026-12-10', '--file', file])).err).toContain('assignments[2].groupId: there is no group "day"');
    expect((await run(['add-assignment', '--id', 'x', '--group', 'night', '--scenario', 'angry-resident', '--due', '2026-02-30', '--file', file])).err).toContain('is not a date');
    expect((await run(['add-assignment', '--id', 'x', '--group', 'night', '--scenario', 'angry-resident', '--due', '2026-12-10', '--difficulty', 'brutal', '--file', file])).err).toContain('assignments[2].difficulty');
    expect(JSON.parse(readFileSync(file, 'utf8')).assignments).toHaveLength(1);
    expect(await run(['check', '--file', file])).toMatchObject({ code: 0 });
  });
});

describe('defuse config add-plan', () => {
  it("adds a trainer's exported groups and assignments, replacing same ids, and refuses a bad export naming the field", async () => {
    const file = fresh();
    const dir = dirname(file);
    await run(['init', '--id', 'acme', '--name', 'Acme', '--file', file]);
    await run(['add-group', '--id', 'night', '--name', 'Night shift', '--trainees', 'Amy', '--file', file]);
    const exported = {
      groups: [{ id: 'night', name: 'Night shift', trainees: ['Amy', 'Ben'] }, { id: 'day', name: '日班', trainees: ['陳大文'] }],
      assignments: [{ id: 'leak-day', groupId: 'day', scenarioId: 'angry-resident', difficulty: 'hard', due: '2026-12-31T15:59:59.000Z', policy: 'last', assignedBy: 'Tina', assignedAt: '2026-12-02T10:00:00.000Z' }],
    };
    writeFileSync(join(dir, 'defuse-groups.json'), JSON.stringify(exported));
    const ok = await run(['add-plan', join(dir, 'defuse-groups.json'), '--file', file]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain('2 group(s) and 1 assignment(s)');
    const config = JSON.parse(readFileSync(file, 'utf8'));
    expect(config.groups).toEqual(exported.groups);
    expect(config.assignments).toEqual(exported.assignments);

    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...exported, assignments: [{ ...exported.assignments[0], policy: 'median' }] }));
    expect((await run(['add-plan', join(dir, 'bad.json'), '--file', file])).err).toContain('bad.json: assignments[1].policy');
    writeFileSync(join(dir, 'orphan.json'), JSON.stringify({ assignments: [{ ...exported.assignments[0], id: 'x', groupId: 'evening' }] }));
    expect((await run(['add-plan', join(dir, 'orphan.json'), '--file', file])).err).toContain('there is no group "evening"');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ format: 'defuse-config', version: 1 }));
    expect((await run(['add-plan', join(dir, 'config.json'), '--file', file])).err).toContain('not an export of groups and assignments');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(config);
  });
});
