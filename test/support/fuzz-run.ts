/**
 * How the property tests run: the number of runs (FINSAM_FUZZ_RUNS), a timeout that grows with
 * it, and a cheap assertion for property bodies.
 */
import fc from 'fast-check';
import { FUNCTION_CATALOG, FunctionInfo } from '../../src/functions/catalog';

/** `npm run fuzz` sets 100 000; the default suite runs 10 000 per property. */
export const RUNS = Number(process.env.FINSAM_FUZZ_RUNS ?? 10000);

/** A generous jest timeout that grows with the number of runs. */
export const TIMEOUT = 60_000 + RUNS * 3;

export function catalogEntry(name: string): FunctionInfo {
  const info = FUNCTION_CATALOG.find((entry) => entry.name === name);
  if (!info) throw new Error(`${name} is not in FUNCTION_CATALOG`);
  return info;
}

/**
 * A plain assertion for the hot path of a property. jest's `expect` costs about 0.1 ms a call
 * (it builds a matcher context each time), which at 10^4 runs × a dozen checks is most of the
 * suite's time; a property body uses this instead.
 */
export function ensure(condition: boolean, what: string, ...details: unknown[]): asserts condition {
  if (!condition) throw new Error(`${what}: ${details.map(show).join(' | ')}`);
}

/** JSON with the values JSON cannot show (−0, ±Infinity, NaN, bigint, undefined) spelled out. */
export function show(value: unknown): string {
  return JSON.stringify(value, (_, v) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'bigint') return `${v}n`;
    return v === undefined ? 'undefined' : v;
  });
}

/** Runs a property with the configured number of runs. */
export function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS): void {
  fc.assert(
    fc.property(arbitrary, (value) => {
      predicate(value);
    }),
    { numRuns },
  );
}
