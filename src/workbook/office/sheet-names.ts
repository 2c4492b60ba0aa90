/**
 * Names for the sheets and tables a build creates or keeps, by Excel's rules. Pure: the Office
 * adapter and the engine adapter choose the same names ("Budget (gammal)", "Budget (gammal 2)" …).
 */

/** Excel compares sheet and table names without case ("budget" is taken when "Budget" exists). */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('sv-SE') === b.toLocaleLowerCase('sv-SE');
}

export function isTaken(name: string, taken: readonly string[]): boolean {
  return taken.some((other) => sameName(other, name));
}

const MAX_SHEET_NAME = 31;

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    // Excel reserves "History" for its change tracking.
    !sameName(name, 'History')
  );
}

/** A free sheet name "<base><suffix>", the base shortened so that the whole fits in 31 characters. */
function freeSheetName(base: string, suffix: (n: number) => string, taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const end = suffix(n);
    const name = `${base.slice(0, MAX_SHEET_NAME - end.length).replace(/[\s']+$/, '')}${end}`;
    if (!isTaken(name, taken)) return name;
  }
}

/** "Budget (gammal)", then "Budget (gammal 2)", … : the name the replaced sheet is kept under. */
export function keptSheetName(name: string, taken: readonly string[]): string {
  return freeSheetName(name, (n) => (n === 1 ? ' (gammal)' : ` (gammal ${n})`), taken);
}

/** The name a sheet is built under before it takes its own name (never seen after a build). */
export function temporarySheetName(taken: readonly string[]): string {
  return freeSheetName('FINSAM bygger', (n) => (n === 1 ? '' : ` ${n}`), taken);
}

/**
 * "Befolkning_gammal", then "Befolkning_gammal2", … : a table on a replaced sheet gives up its
 * name to the new sheet's table. Table names allow no spaces or brackets, and share one
 * namespace with defined names.
 */
export function keptTableName(name: string, taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const candidate = `${name}_gammal${n === 1 ? '' : n}`;
    if (!isTaken(candidate, taken)) return candidate;
  }
}
