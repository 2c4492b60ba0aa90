/**
 * Shape checks for what comes back from storage: a stored draft is only used when every field
 * has the type the form expects, so an old or damaged copy falls back to the defaults.
 */
export type Guard<T> = (value: unknown) => value is T;

export const isString: Guard<string> = (value): value is string => typeof value === 'string';
export const isNumber: Guard<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value);
export const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isArrayOf<T>(guard: Guard<T>, length?: number): Guard<readonly T[]> {
  return (value): value is readonly T[] => Array.isArray(value) && (length === undefined || value.length === length) && value.every(guard);
}

export function isOneOf<T extends string | number>(choices: readonly T[]): Guard<T> {
  return (value): value is T => choices.includes(value as T);
}

/** An object whose named fields pass their guards; other fields are ignored. */
export function isShape<T>(fields: { readonly [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  return (value): value is T => isRecord(value) && Object.entries(fields).every(([key, guard]) => (guard as Guard<unknown>)(value[key]));
}
