/**
 * The help of one FINSAM function, written once: `npm run help:sync` writes its JSDoc block in
 * src/functions/ (which webpack turns into Excel's functions.json), its summary in catalog.ts and
 * its row of README's function table; the build writes its page dist/addin/help/<name>.html,
 * which the JSDoc's @helpurl opens from Excel's function dialog. Tests fail when any of these
 * differs from this source (test/help) and run every formula in it (test/formulas).
 *
 * All text is Swedish except `readme`, which is the English README's column. JSDoc text is one
 * line without braces or "@" (the metadata generator would read them as tags or types).
 */
export type HelpErrorCode = '#VALUE!' | '#DIV/0!' | '#N/A';

export interface ParameterHelp {
  /** The parameter's name in the TypeScript signature: what Excel's function dialog shows. */
  readonly name: string;
  /** What a Swedish treasurer calls it, in README's syntax line ("vikter"). */
  readonly swedishName: string;
  readonly optional: boolean;
  /** The JSDoc @param text. */
  readonly description: string;
}

export interface ErrorHelp {
  readonly code: HelpErrorCode;
  /** When the function gives it. */
  readonly when: string;
  /** A formula in Swedish Excel syntax that gives it, and the message it gives word for word. */
  readonly formula: string;
  readonly message: string;
}

/** Where a formula with structured references runs: a sheet FINSAM builds, and a cell on it. */
export interface TablePlace {
  /** A key of HELP_WORKBOOKS (src/help/workbooks.ts). */
  readonly workbook: string;
  readonly sheet: string;
  /** Where the formula is pasted (A1), needed for [@Kolumn] (this row); else any free cell. */
  readonly cell?: string;
  /** The cell or range (A1) on `sheet` whose own formula gives the same value. */
  readonly sameAs?: string;
}

export interface ExampleHelp {
  /** Swedish Excel syntax: ";" between arguments, decimal comma, SANT/FALSKT. */
  readonly formula: string;
  /** The result as Swedish Excel shows it; "…" ends a number cut short, {a;b} is a spilled column. */
  readonly result: string;
  readonly explanation: string;
  /** Present when the formula uses structured references on a table FINSAM builds. */
  readonly on?: TablePlace;
}

export interface FunctionHelp {
  /** The permanent Excel name, without the FINSAM namespace (FUNCTIONS.md). */
  readonly name: string;
  /** One short line for lists (FUNCTION_CATALOG's summary, the task pane). */
  readonly summary: string;
  /** The JSDoc description: what Excel shows when the function is picked. */
  readonly description: string;
  /** More paragraphs for the help page only. */
  readonly details: readonly string[];
  readonly parameters: readonly ParameterHelp[];
  /** The JSDoc @returns text. */
  readonly returns: string;
  readonly errors: readonly ErrorHelp[];
  readonly examples: readonly ExampleHelp[];
  /** README's "What it gives" column, in English. */
  readonly readme: string;
}

/** The page Excel opens for a function: https://localhost:3000/help/<name lower>.html. */
export const HELP_BASE_URL = 'https://localhost:3000/help/';

export function helpFileName(name: string): string {
  return `${name.toLowerCase()}.html`;
}

export function helpUrl(name: string): string {
  return `${HELP_BASE_URL}${helpFileName(name)}`;
}
