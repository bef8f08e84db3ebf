/** UTF-8 byte order mark: Excel needs it to open Chinese CSV correctly. */
export const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180 quoting). Text starting with = + - @ or a tab/CR is prefixed with an apostrophe,
 * so a trainee name cannot run as a spreadsheet formula (CSV injection); numbers are written as is.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header row, CRLF line ends (what Excel expects). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
