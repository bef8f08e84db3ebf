// `npx defuse config <action>`: writes and checks the organisation file served beside index.html.
// The passcode is read from standard input (never an argument, which would sit in the shell history).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkConfig, checkConfigText, CONFIG_FILE, CONFIG_FORMAT, CONFIG_VERSION, type OrgConfig } from '../../domain/org/config.schema.ts';
import { checkPackText } from '../../domain/org/pack.schema.ts';
import { createPasscode, MIN_PASSCODE_LENGTH, PBKDF2_ITERATIONS } from '../../domain/records/passcode.ts';
import { InputError, UsageError, type CliCommand, type CliIO } from '../command.types.ts';
import { parseArgs } from '../parse-args.ts';
import { readLines } from '../read-lines.ts';

const usage = `Usage: defuse config <action> [--file path] [options]

The organisation file (default: public/${CONFIG_FILE}, served beside index.html). Without one,
Defuse runs as "practice on this device".

Actions:
  init --id <org-id> --name <name>        write a new file (refuses to overwrite; --force to replace)
  check                                   check the file; prints "ok <file>" or one line per problem
  set-passcode                            read the trainer passcode from standard input, store its
                                          PBKDF2 hash (the passcode itself is never written)
  set-record-store --endpoint <url> --credentials <lms-launch|trainer>
                                          where devices send and read learning records
  add-pack <pack.json>                    list a scenario pack (built by \`defuse pack\`); the path is
                                          relative to the config's folder, and the pack must check
  add-group --id <group-id> --name <name> [--trainees "A, B, C"]
  add-assignment --id <id> --group <group-id> --scenario <scenario-id> --due <YYYY-MM-DD>
                 [--difficulty easy|standard|hard] [--policy best|last|average]
                                          assign a scenario to a group, due at the end of that day
                                          (this computer's time zone); trainees see "assigned, due …"
  add-plan <defuse-groups.json>           add the groups and assignments a trainer exported from the
                                          trainers page (same ids replace those in the file); all or nothing

Exit code: 0 done, 1 the file or input is wrong (each problem named), 2 usage error.`;

const spec = { file: 'string', id: 'string', name: 'string', force: 'boolean', endpoint: 'string', credentials: 'string', trainees: 'string', group: 'string', scenario: 'string', due: 'string', difficulty: 'string', policy: 'string' } as const;

const ACTIONS = 'init, check, set-passcode, set-record-store, add-pack, add-group, add-assignment, add-plan';

/** The trainers page's export: `{ groups, assignments }`, each entry checked by the config's own schema. */
async function readPlan(planFile: string): Promise<Pick<Required<OrgConfig>, 'groups' | 'assignments'>> {
  const text = await readFile(planFile, 'utf8').catch(() => null);
  if (text === null) throw new InputError(`${planFile}: cannot read the file`);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${planFile}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const head = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  if (!head || (!Array.isArray(head.groups) && !Array.isArray(head.assignments))) throw new InputError(`${planFile}: not an export of groups and assignments (expected "groups" and "assignments" lists)`);
  const extra = Object.keys(head).filter((k) => k !== 'groups' && k !== 'assignments');
  if (extra.length > 0) throw new InputError(`${planFile}: ${extra[0]}: not a field of the export (only "groups" and "assignments")`);
  // The config's schema names each bad field (`groups[2].id: …`) in the export's own terms.
  const result = checkConfig({ format: CONFIG_FORMAT, version: CONFIG_VERSION, organisation: { id: 'export', name: 'export' }, groups: head.groups ?? [], assignments: head.assignments ?? [] });
  if (!result.ok && result.problems.some((p) => !p.includes('there is no group'))) throw new InputError(`${planFile}: ${result.problems.filter((p) => !p.includes('there is no group')).join('; ')}`);
  return { groups: (head.groups ?? []) as NonNullable<OrgConfig['groups']>, assignments: (head.assignments ?? []) as NonNullable<OrgConfig['assignments']> };
}

async function load(file: string): Promise<OrgConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(`${file}: cannot read the file (create it with \`defuse config init\`)`);
  }
  const result = checkConfigText(text);
  if (!result.ok) throw new InputError(`${file}: ${result.problems[0]}${result.problems.length > 1 ? ` (and ${result.problems.length - 1} more; run \`defuse config check\`)` : ''}`);
  return result.config;
}

/** Writes only a config that checks: a change that would break the file is refused with the reason. */
async function save(file: string, config: OrgConfig, io: CliIO, what: string): Promise<number> {
  const result = checkConfig(config);
  if (!result.ok) throw new InputError(`${file}: ${result.problems[0]}`);
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
  io.stdout(`${what} in ${file}\n`);
  return 0;
}

async function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  for await (const { line } of readLines(stream)) return line;
  return '';
}

export const command: CliCommand = {
  usage,
  async run(args, io) {
    const { options, positional } = parseArgs(args, spec);
    const [action, ...rest] = positional;
    const file = options.file ?? `public/${CONFIG_FILE}`;
    switch (action) {
      case 'init': {
        if (!options.id || !options.name) throw new UsageError('init needs --id <org-id> and --name <name>');
        if (!options.force) {
          // The shipped practice file (no organisation) is there to be replaced; an organisation's is not.
          const existing = await readFile(file, 'utf8').then((text) => checkConfigText(text), () => null);
          if (existing && !(existing.ok && !existing.config.organisation)) throw new InputError(`${file} already exists; use --force to replace it`);
        }
        return save(file, { format: CONFIG_FORMAT, version: CONFIG_VERSION, organisation: { id: options.id, name: options.name } }, io, 'Organisation written');
      }
      case 'check': {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch {
          io.stdout(`${file}: (file): cannot read the file\n`);
          return 1;
        }
        const result = checkConfigText(text);
        io.stdout(result.ok ? `ok ${file}\n` : `${result.problems.map((p) => `${file}: ${p}`).join('\n')}\n`);
        return result.ok ? 0 : 1;
      }
      case 'set-passcode': {
        const config = await load(file);
        const passcode = await firstLine(io.stdin);
        if (passcode.length < MIN_PASSCODE_LENGTH) throw new InputError(`the passcode on standard input must have at least ${MIN_PASSCODE_LENGTH} characters`);
        return save(file, { ...config, trainerPasscode: await createPasscode(passcode, PBKDF2_ITERATIONS) }, io, 'Trainer passcode hash written');
      }
      case 'set-record-store': {
        if (!options.endpoint || !options.credentials) throw new UsageError('set-record-store needs --endpoint <url> and --credentials <lms-launch|trainer>');
        const config = await load(file);
        return save(file, { ...config, recordStore: { endpoint: options.endpoint, credentials: options.credentials as 'trainer' } }, io, 'Record store written');
      }
      case 'add-pack': {
        const [pack] = rest;
        if (!pack) throw new UsageError('add-pack needs the pack file name');
        const config = await load(file);
        const next = { ...config, packs: [...new Set([...(config.packs ?? []), pack])] };
        const result = checkConfig(next);
        if (!result.ok) throw new InputError(`${file}: ${result.problems[0]}`);
        // The path is relative to the served folder (the config's): the file must be there and be a pack.
        const packFile = join(dirname(file), pack);
        const text = await readFile(packFile, 'utf8').catch(() => null);
        if (text === null) throw new InputError(`${packFile}: cannot read the pack (build it there with \`defuse pack ${packFile} <scenario files…>\`)`);
        const checked = await checkPackText(text);
        if (!checked.ok) throw new InputError(`${packFile}: ${checked.problems[0]}`);
        return save(file, next, io, `Pack ${pack} (${checked.pack.scenarios.length} scenario${checked.pack.scenarios.length === 1 ? '' : 's'}) listed`);
      }
      case 'add-group': {
        if (!options.id || !options.name) throw new UsageError('add-group needs --id <group-id> and --name <name>');
        const config = await load(file);
        const trainees = (options.trainees ?? '').split(/[,\n]/).map((t) => t.trim()).filter(Boolean);
        const groups = [...(config.groups ?? []).filter((g) => g.id !== options.id), { id: options.id, name: options.name, trainees }];
        return save(file, { ...config, groups }, io, `Group ${options.id} written`);
      }
      case 'add-assignment': {
        if (!options.id || !options.group || !options.scenario || !options.due) throw new UsageError('add-assignment needs --id, --group, --scenario and --due <YYYY-MM-DD>');
        const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.due);
        const end = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59) : null;
        if (!day || !end || end.getDate() !== Number(day[3])) throw new InputError(`--due: "${options.due}" is not a date like 2026-12-31`);
        const config = await load(file);
        const assignment = { id: options.id, groupId: options.group, scenarioId: options.scenario, difficulty: (options.difficulty ?? 'standard') as 'standard', due: end.toISOString(), policy: (options.policy ?? 'best') as 'best' };
        const assignments = [...(config.assignments ?? []).filter((a) => a.id !== options.id), assignment];
        return save(file, { ...config, assignments }, io, `Assignment ${options.id} written (due ${end.toString()})`);
      }
      case 'add-plan': {
        const [planFile] = rest;
        if (!planFile) throw new UsageError('add-plan needs the file exported from the trainers page (defuse-groups.json)');
        const config = await load(file);
        const plan = await readPlan(planFile);
        const groups = [...(config.groups ?? []).filter((g) => !plan.groups.some((p) => p.id === g.id)), ...plan.groups];
        const assignments = [...(config.assignments ?? []).filter((a) => !plan.assignments.some((p) => p.id === a.id)), ...plan.assignments];
        // Checked as a whole before anything is written: an assignment for a group nowhere is refused by name.
        const next = { ...config, groups, assignments };
        const result = checkConfig(next);
        if (!result.ok) throw new InputError(`${planFile}: ${result.problems.join('; ')}`);
        return save(file, next, io, `${plan.groups.length} group(s) and ${plan.assignments.length} assignment(s) from ${planFile} written`);
      }
      default:
        throw new UsageError(action ? `unknown action '${action}' (try: ${ACTIONS})` : `give an action: ${ACTIONS}`);
    }
  },
};
