import type { ReactNode } from 'react';

/** One column of a dashboard table: its header and how an item fills its cell. */
export interface DashColumn<T> {
  header: ReactNode;
  cell: (item: T) => ReactNode;
  /** The cell names its row (a row header, for screen readers): usually the first column. */
  rowHeader?: boolean;
  /** A number: aligned right. */
  numeric?: boolean;
}

interface Props<T> {
  caption?: ReactNode;
  columns: readonly DashColumn<T>[];
  items: readonly T[];
  itemKey: (item: T, index: number) => string | number;
}

/** The dashboard's data tables (cohort, trainee, review): column headers, then one row per item. */
export function DashTable<T>({ caption, columns, items, itemKey }: Props<T>) {
  return (
    <table className="dash-table">
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th scope="col" key={i}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={itemKey(item, index)}>
            {columns.map((column, i) =>
              column.rowHeader ? (
                <th scope="row" key={i}>
                  {column.cell(item)}
                </th>
              ) : (
                <td key={i} className={column.numeric ? 'num' : undefined}>
                  {column.cell(item)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
