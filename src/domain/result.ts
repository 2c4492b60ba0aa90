/**
 * Errors are values (STYLE.md, house rule 3): a domain function returns a Result and never
 * throws. The kinds mirror the Excel errors FUNCTIONS.md names.
 */
export type ErrorKind = 'value' | 'divisionByZero' | 'notAvailable';

export interface DomainError {
  readonly kind: ErrorKind;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(kind: ErrorKind, message: string): Result<T> {
  return { ok: false, error: { kind, message } };
}

export const invalid = <T = never>(message: string): Result<T> => fail<T>('value', message);
export const divisionByZero = <T = never>(message: string): Result<T> => fail<T>('divisionByZero', message);
export const notAvailable = <T = never>(message: string): Result<T> => fail<T>('notAvailable', message);

/** Collects the values of several results, or returns the first failure. */
export function all<T>(results: readonly Result<T>[]): Result<T[]> {
  const values: T[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    values.push(result.value);
  }
  return ok(values);
}
