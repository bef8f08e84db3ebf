/**
 * The rows a record's parse accepts (migrated), and how many it refused. A refused row is left out of the
 * result and left in storage as it is (nothing is deleted), so one damaged record never fails a whole list;
 * the caller says how many were refused. `parse` is pure (no storage, no network): whatever it throws is
 * about the row.
 */
export function readableRows<R, T>(rows: readonly R[], parse: (row: R) => T): { records: T[]; refused: number } {
  const records: T[] = [];
  let refused = 0;
  for (const row of rows) {
    try {
      records.push(parse(row));
    } catch {
      refused += 1;
    }
  }
  return { records, refused };
}
