import { Result } from '../domain';
import { messages } from '../text/errors';
import { excelError, fromDomainError } from './excel-error';

/** What an argument reader gives back: a value, or the Excel error to return as it is. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CustomFunctions.Error };

export const good = <T>(value: T): Read<T> => ({ ok: true, value });
export const bad = <T = never>(error: CustomFunctions.Error): Read<T> => ({ ok: false, error });

export function fromResult<T>(result: Result<T>): Read<T> {
  return result.ok ? result : bad(fromDomainError(result.error));
}

/** A read value put through a domain check, e.g. a share that must be 0–1. */
export function andThen<T>(read: Read<T>, check: (value: T) => Result<T>): Read<T> {
  return read.ok ? fromResult(check(read.value)) : read;
}

type Values<T> = { [K in keyof T]: T[K] extends Read<infer V> ? V : never };

/** All arguments read, or the error of the first one (in argument order) that failed. */
export function readArgs<T extends Record<string, Read<unknown>>>(reads: T): Read<Values<T>> {
  const values: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(reads)) {
    if (!read.ok) return read;
    values[key] = read.value;
  }
  return good(values as Values<T>);
}

export type Scalar = number | string | boolean;
export type Answer = Scalar | Scalar[][];

/**
 * The last step of every wrapper: compute on the read arguments and hand Excel a value or an
 * error. A non-finite number can only come from a bug; it becomes #NUM!, never NaN in a cell.
 */
export function respond<T, R extends Answer>(read: Read<T>, compute: (args: T) => Result<R> | Read<R>): R | CustomFunctions.Error {
  if (!read.ok) return read.error;
  const result = compute(read.value);
  if (!result.ok) return 'code' in result.error ? result.error : fromDomainError(result.error);
  return allFinite(result.value) ? result.value : excelError('#NUM!', messages.notFinite());
}

function allFinite(value: Answer): boolean {
  if (Array.isArray(value)) return value.every((row) => row.every((cell) => typeof cell !== 'number' || Number.isFinite(cell)));
  return typeof value !== 'number' || Number.isFinite(value);
}
