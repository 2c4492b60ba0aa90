/**
 * The checks every answer must pass (FUNCTIONS.md, "Errors (all functions)"): never NaN or
 * ±Infinity, errors with one of four codes and a Swedish message, an incoming error unchanged.
 */
import fc from 'fast-check';
import { FunctionInfo } from '../../src/functions/catalog';
import { isExcelError } from '../../src/functions/excel-error';
import { check, show } from './fuzz-run';
import { Cell, hostileArguments } from './hostile-cells';

const GENERATED_CODES = new Set(['#VALUE!', '#DIV/0!', '#N/A', '#NUM!']);

/** Words and letters every FINSAM message has; an English or empty text has none of them. */
const SWEDISH = /[åäöÅÄÖ]|\b(är|ska|saknas|finns|har|inga|kan|det|den|och|inte|ange|fyll|skriv)\b/;
/** JavaScript leaking into a Swedish message. */
const LEAKS = /NaN|Infinity|undefined|\[object|null/;

/** Every error object among the arguments (cells of ranges included). */
export function errorsIn(args: readonly Cell[]): Set<unknown> {
  const found = new Set<unknown>();
  const visit = (value: Cell) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isExcelError(value)) found.add(value);
  };
  args.forEach(visit);
  return found;
}

function fail(message: string, answer: unknown): never {
  throw new Error(`${message}: ${show(answer)}`);
}

/** An error FINSAM made has one of its four codes and a Swedish message; an incoming one passes through. */
export function checkError(error: CustomFunctions.Error, incoming: Set<unknown>): void {
  if (incoming.has(error)) return;
  if (!GENERATED_CODES.has(error.code)) fail('error code outside #VALUE!, #DIV/0!, #N/A, #NUM!', error);
  const message = error.message;
  if (typeof message !== 'string' || message.trim() === '') fail('error without a message', error);
  if (!SWEDISH.test(message)) fail('error message does not look Swedish', error);
  if (LEAKS.test(message.replace(/"[^"]*"/g, ''))) fail('error message leaks a JavaScript value', error);
}

function checkScalar(value: unknown, incoming: Set<unknown>): void {
  if (isExcelError(value)) return checkError(value, incoming);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('non-finite number', value);
    return;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return;
  fail('answer of a kind Excel cannot show', value);
}

/**
 * The contract of FUNCTIONS.md for any answer: a number, text or boolean (a rectangular
 * non-empty 2-D array of them for a spilled function, [[error]] on error), never NaN or
 * ±Infinity, and errors as described above.
 */
export function checkAnswer(info: FunctionInfo, answer: unknown, args: readonly Cell[]): void {
  const incoming = errorsIn(args);
  if (!info.spills) {
    if (Array.isArray(answer)) fail(`${info.name} does not spill but answered an array`, answer);
    return checkScalar(answer, incoming);
  }
  if (!Array.isArray(answer) || answer.length === 0) fail(`${info.name} must answer a non-empty 2-D array`, answer);
  const width = Array.isArray(answer[0]) ? answer[0].length : -1;
  if (width < 1) fail(`${info.name} answered an empty row`, answer);
  for (const row of answer) {
    if (!Array.isArray(row) || row.length !== width) fail(`${info.name} answered a ragged array`, answer);
    for (const cell of row) {
      if (isExcelError(cell) && (answer.length !== 1 || width !== 1)) fail(`${info.name} put an error inside a bigger spill`, answer);
      checkScalar(cell, incoming);
    }
  }
}

/** Calls a wrapper as Excel does; a throw fails the property with the arguments shown. */
export function call(info: FunctionInfo, args: readonly Cell[]): unknown {
  return info.implementation(...args);
}

/** What kind of answer came back, for FINSAM_FUZZ_STATS=1 (are the generators reaching the arithmetic?). */
function kindOf(answer: unknown): string {
  const single = Array.isArray(answer) && answer.length === 1 && answer[0].length === 1 ? answer[0][0] : answer;
  if (isExcelError(single)) return single.code;
  return Array.isArray(single) ? 'array' : typeof single;
}

/** The robustness property every function gets: never throws, and every answer is well-formed. */
export function robustness(info: FunctionInfo, domainArguments: fc.Arbitrary<Cell[]>): void {
  const args = fc.oneof({ weight: 1, arbitrary: hostileArguments(info) }, { weight: 2, arbitrary: domainArguments });
  const kinds = new Map<string, number>();
  check(args, (values) => {
    const answer = call(info, values);
    checkAnswer(info, answer, values);
    if (process.env.FINSAM_FUZZ_STATS) kinds.set(kindOf(answer), (kinds.get(kindOf(answer)) ?? 0) + 1);
  });
  if (process.env.FINSAM_FUZZ_STATS) console.log(info.name, JSON.stringify(Object.fromEntries(kinds)));
}

export { isExcelError };
