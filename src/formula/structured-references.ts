/**
 * Excel's structured references (Indikatorer[Vikt], [@Utfall], Trappan, Befolkning[[#Data],[2018]])
 * rewritten to the absolute A1 ranges they stand for in a workbook's tables. The embedded engine
 * (HyperFormula) has no tables, so a formula a treasurer writes against FINSAM's tables is
 * resolved here first; the result is what Excel itself computes from those ranges.
 *
 * The formula is en-US (`,` between arguments; swedish-formula.ts turns Swedish syntax into
 * it). Tables have a header row and body rows and no totals row, as FINSAM's plans build them.
 */
import { cellAddress, rangeAddress, sheetReference } from '../sheets/address';
import { WorkbookPlan } from '../sheets/plan';
import { closingBracket, closingQuote } from './literals';
import { parseSpecifier, Specifier } from './structured-reference-syntax';

/** A table of the workbook: its header at (top, left), then `bodyRows` rows. 0-based. */
export interface TableArea {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly columns: readonly string[];
  readonly bodyRows: number;
}

/** Where the formula stands, which [@Kolumn] (this row) and an unqualified [Kolumn] need. */
export interface FormulaPlace {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export type StructuredReferenceProblem =
  | { readonly kind: 'unknownColumn'; readonly table: string; readonly column: string }
  | { readonly kind: 'thisRowOutside'; readonly table: string }
  | { readonly kind: 'noTableHere' }
  | { readonly kind: 'totalsRow'; readonly table: string }
  | { readonly kind: 'noRows'; readonly table: string }
  | { readonly kind: 'syntax'; readonly reference: string };

export type Resolved = { readonly ok: true; readonly formula: string } | { readonly ok: false; readonly problem: StructuredReferenceProblem };

export function tablesOfPlan(plan: WorkbookPlan): TableArea[] {
  return plan.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ ...table, sheet: sheet.name })));
}

const NAME_START = /[\p{L}_\\]/u;
const NAME_CHAR = /[\p{L}\p{N}_.\\?]/u;

export function resolveStructuredReferences(formula: string, tables: readonly TableArea[], at?: FormulaPlace): Resolved {
  const byName = new Map(tables.map((table) => [table.name.toLowerCase(), table]));
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (char === '[') {
      const table = at ? tableAt(tables, at) : undefined;
      if (!table) return { ok: false, problem: { kind: 'noTableHere' } };
      const step = reference(formula, i, table, at);
      if (!step.ok) return step;
      out += step.formula;
      i = step.end;
      continue;
    }
    if (NAME_START.test(char) && !NAME_CHAR.test(formula[i - 1] ?? '')) {
      let end = i + 1;
      while (end < formula.length && NAME_CHAR.test(formula[end])) end += 1;
      const name = formula.slice(i, end);
      const table = byName.get(name.toLowerCase());
      const next = formula[end];
      const qualified = formula[i - 1] === '!';
      if (table && !qualified && next === '[') {
        const step = reference(formula, end, table, at);
        if (!step.ok) return step;
        out += step.formula;
        i = step.end;
        continue;
      }
      // A bare table name is its body (Excel: Trappan = Trappan[#Data]); a sheet or function keeps its name.
      out += table && !qualified && next !== '(' && next !== '!' ? address(table, { specials: [], thisRow: false }, at).formula ?? name : name;
      i = end;
      continue;
    }
    out += char;
    i += 1;
  }
  return { ok: true, formula: out };
}

type Step = { readonly ok: true; readonly formula: string; readonly end: number } | { readonly ok: false; readonly problem: StructuredReferenceProblem };

/** The reference starting at the "[" at `start`, resolved against `table`. */
function reference(formula: string, start: number, table: TableArea, at: FormulaPlace | undefined): Step {
  const end = closingBracket(formula, start);
  const text = formula.slice(start, end);
  const specifier = end > start ? parseSpecifier(text.slice(1, -1)) : undefined;
  if (!specifier) return { ok: false, problem: { kind: 'syntax', reference: `${table.name}${text}` } };
  const resolved = address(table, specifier, at);
  return resolved.problem ? { ok: false, problem: resolved.problem } : { ok: true, formula: resolved.formula ?? '', end };
}

/** The A1 range of a specifier in a table, sheet-qualified and absolute. */
function address(table: TableArea, specifier: Specifier, at: FormulaPlace | undefined): { formula?: string; problem?: StructuredReferenceProblem } {
  const columns = columnSpan(table, specifier.columns);
  if ('problem' in columns) return columns;
  const rows = rowSpan(table, specifier, at);
  if ('problem' in rows) return rows;
  const single = rows.first === rows.last && columns.first === columns.last;
  const range = single ? cellAddress(rows.first, columns.first, true) : rangeAddress(rows.first, columns.first, rows.last, columns.last, true);
  return { formula: `${sheetReference(table.sheet)}!${range}` };
}

type Span = { readonly first: number; readonly last: number } | { readonly problem: StructuredReferenceProblem };

function columnSpan(table: TableArea, names: readonly [string, string] | undefined): Span {
  if (!names) return { first: table.left, last: table.left + table.columns.length - 1 };
  const [first, last] = names.map((name) => table.columns.findIndex((column) => column.toLowerCase() === name.toLowerCase()));
  const missing = first < 0 ? names[0] : last < 0 ? names[1] : undefined;
  if (missing !== undefined) return { problem: { kind: 'unknownColumn', table: table.name, column: missing } };
  return { first: table.left + Math.min(first, last), last: table.left + Math.max(first, last) };
}

function rowSpan(table: TableArea, specifier: Specifier, at: FormulaPlace | undefined): Span {
  const header = table.top;
  const firstBody = table.top + 1;
  const lastBody = table.top + table.bodyRows;
  const specials = new Set(specifier.specials);
  if (specifier.thisRow || specials.has('#this row')) {
    const inBody = at !== undefined && at.sheet === table.sheet && at.row >= firstBody && at.row <= lastBody;
    return inBody ? { first: at.row, last: at.row } : { problem: { kind: 'thisRowOutside', table: table.name } };
  }
  if ([...specials].some((special) => !['#all', '#data', '#headers', '#totals'].includes(special))) {
    return { problem: { kind: 'syntax', reference: `${table.name}[${specifier.specials.join(',')}]` } };
  }
  if (specials.has('#totals')) return { problem: { kind: 'totalsRow', table: table.name } };
  const withHeader = specials.has('#all') || specials.has('#headers');
  const withBody = specials.has('#all') || specials.has('#data') || !specials.has('#headers');
  if (withBody && table.bodyRows <= 0 && !withHeader) return { problem: { kind: 'noRows', table: table.name } };
  return { first: withHeader ? header : firstBody, last: withBody && table.bodyRows > 0 ? lastBody : header };
}

/** The table whose body holds the formula's cell (an unqualified [Kolumn] is written inside one). */
function tableAt(tables: readonly TableArea[], at: FormulaPlace): TableArea | undefined {
  return tables.find(
    (table) => table.sheet === at.sheet && at.row > table.top && at.row <= table.top + table.bodyRows && at.col >= table.left && at.col < table.left + table.columns.length,
  );
}
