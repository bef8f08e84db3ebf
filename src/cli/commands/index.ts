import type { CliCommand } from '../command.types.ts';
import { command as classify } from './classify.ts';
import { command as evaluate } from './eval.ts';
import { command as bench } from './bench.ts';
import { command as validate } from './validate.ts';
import { command as drill } from './drill.ts';
import { command as test } from './test.ts';
import { command as config } from './config.ts';
import { command as pack } from './pack.ts';

/** Every `npx defuse` command, in the order `--help` lists them. */
export const commands: CliCommand[] = [classify, evaluate, bench, validate, drill, test, config, pack];
