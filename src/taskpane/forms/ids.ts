let counter = 0;

/** A key for a row the user may add, remove or rename; kept in the stored draft so keys stay stable. */
export function newRowId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}
