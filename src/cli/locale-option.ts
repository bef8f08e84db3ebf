import { LOCALES, type Locale } from '../domain/reply/reply.types.ts';
import { UsageError } from './command.types.ts';

/** Validates a --locale value. */
export function localeOption(value: string | true | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (LOCALES as readonly string[]).includes(value)) return value as Locale;
  throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
}
