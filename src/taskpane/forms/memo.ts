/**
 * Whether two problem tables agree on every key that starts with a prefix: a row re-renders only
 * when its own problems change, not on every keystroke elsewhere in a form of hundreds of fields.
 */
export function sameProblems(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>, prefix: string): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => key.startsWith(prefix)));
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

export function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((item, index) => item === b[index]));
}
