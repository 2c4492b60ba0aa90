/** Small immutable edits the forms share: rows are found by id, year slots by index. */
export interface WithId {
  readonly id: string;
}

export function updateById<T extends WithId>(rows: readonly T[], id: string, change: (row: T) => T): T[] {
  return rows.map((row) => (row.id === id ? change(row) : row));
}

export function removeById<T extends WithId>(rows: readonly T[], id: string): T[] {
  return rows.filter((row) => row.id !== id);
}

export function replaceAt<T>(values: readonly T[], index: number, value: T): T[] {
  return values.map((old, i) => (i === index ? value : old));
}
