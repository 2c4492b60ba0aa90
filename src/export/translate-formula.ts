/**
 * One cell's formula with every FINSAM call rewritten into native functions, innermost first,
 * the rest of the formula kept character for character. A spilling call (SHARES, WEIGHTCHECK)
 * is a block of per-cell formulas when it is the whole formula; inside another formula only
 * INDEX(call, row[, col]) and SUM(call) can be rewritten, since a native formula per cell gives
 * no array to hand on.
 */
import { exportMessages } from '../text/export-messages';
import { FUNCTION_CATALOG } from '../functions/catalog';
import { CallNode, finsamFunctionName, MAX_NESTING, mentionsFinsam, parseFormula } from '../formula/formula-parser';
import { Argument, argument, native, Native, notNative } from './native-text';
import { SCALAR_TRANSLATORS, SPILL_TRANSLATORS, SpillTranslator } from './translators';

/** Excel refuses formulas longer than 8 192 characters. */
const MAX_FORMULA_LENGTH = 8192;

export type CellTranslation =
  | { readonly kind: 'none' }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'spill'; readonly rows: number; readonly cols: number; readonly element: (row: number, col: number) => Native }
  | { readonly kind: 'value'; readonly reason: string };

/** The native form of a cell's formula ("=…"), or why it has none. */
export function translateFormula(formula: string): CellTranslation {
  if (!mentionsFinsam(formula)) return { kind: 'none' };
  const body = formula.replace(/^\s*=/, '');
  const parsed = parseFormula(body);
  if (!parsed.ok) return { kind: 'value', reason: parsed.tooDeep ? exportMessages.tooDeep(MAX_NESTING) : exportMessages.unparseable() };
  const whole = parsed.calls.length === 1 && body.trim() === body.slice(parsed.calls[0].start, parsed.calls[0].end) ? parsed.calls[0] : undefined;
  const wholeName = whole && finsamFunctionName(whole.name);
  if (whole && wholeName && SPILL_TRANSLATORS[wholeName]) return spillOf(body, whole, wholeName, SPILL_TRANSLATORS[wholeName]);
  const rewritten = whole && wholeName ? translateCall(body, whole, wholeName) : rewriteSpan(body, 0, body.length, parsed.calls);
  if (!rewritten.ok) return { kind: 'value', reason: rewritten.reason };
  if (rewritten.formula === body) return { kind: 'none' };
  return finished(rewritten.formula);
}

function finished(formula: string): CellTranslation {
  const full = `=${formula}`;
  return full.length > MAX_FORMULA_LENGTH ? { kind: 'value', reason: exportMessages.tooLong(full.length) } : { kind: 'formula', formula: full };
}

function spillOf(body: string, call: CallNode, name: string, translator: SpillTranslator): CellTranslation {
  const args = argumentsOf(body, call, name);
  if (!args.ok) return { kind: 'value', reason: args.reason };
  const size = translator.size(args.value);
  if (!size) return { kind: 'value', reason: exportMessages.spillShapeUnknown(name) };
  const element = (row: number, col: number): Native => {
    const translated = translator.element(args.value, row, col);
    if (!translated.ok) return translated;
    const cell = finished(translated.formula);
    return cell.kind === 'formula' ? native(cell.formula) : notNative(cell.kind === 'value' ? cell.reason : '');
  };
  return { kind: 'spill', rows: size.rows, cols: size.cols, element };
}

/** The text of [start, end) with each call inside it rewritten. */
function rewriteSpan(body: string, start: number, end: number, calls: readonly CallNode[]): Native {
  let text = '';
  let at = start;
  for (const call of calls) {
    if (call.start < start || call.end > end) continue;
    const name = finsamFunctionName(call.name);
    const replaced = name ? translateNested(body, call, name) : rewritePlainCall(body, call);
    if (!replaced.ok) return replaced;
    text += body.slice(at, call.start) + replaced.formula;
    at = call.end;
  }
  return native(text + body.slice(at, end));
}

function translateNested(body: string, call: CallNode, name: string): Native {
  if (SPILL_TRANSLATORS[name]) return notNative(exportMessages.spillInside(name));
  const translated = translateCall(body, call, name);
  return translated.ok ? native(`(${translated.formula})`) : translated;
}

function translateCall(body: string, call: CallNode, name: string): Native {
  const translator = SCALAR_TRANSLATORS[name];
  if (!translator) return notNative(exportMessages.unknownFunction(name));
  const args = argumentsOf(body, call, name);
  return args.ok ? translator(args.value) : notNative(args.reason);
}

type Arguments = { readonly ok: true; readonly value: Argument[] } | { readonly ok: false; readonly reason: string };

/** The call's arguments, their own FINSAM calls rewritten, padded to the catalog's parameters. */
function argumentsOf(body: string, call: CallNode, name: string): Arguments {
  const parameters = FUNCTION_CATALOG.find((info) => info.name === name)?.parameters ?? [];
  if (call.args.length > parameters.length) return { ok: false, reason: exportMessages.tooManyArguments(name, parameters.length) };
  const value: Argument[] = [];
  for (const [index, parameter] of parameters.entries()) {
    const span = call.args[index];
    const text = span ? rewriteSpan(body, span.start, span.end, call.calls) : native('');
    if (!text.ok) return { ok: false, reason: text.reason };
    const arg = argument(text.formula);
    if (arg.omitted && !parameter.optional) return { ok: false, reason: exportMessages.argumentMissing(name, index + 1) };
    value.push(arg);
  }
  return { ok: true, value };
}

/** A non-FINSAM call: kept, with INDEX(spill, r, c) and SUM(spill) turned into cell formulas. */
function rewritePlainCall(body: string, call: CallNode): Native {
  const outer = call.name.toUpperCase();
  const first = call.args[0];
  const inner = first && call.calls.find((nested) => body.slice(first.start, first.end).trim() === body.slice(nested.start, nested.end));
  const innerName = inner && finsamFunctionName(inner.name);
  const translator = innerName ? SPILL_TRANSLATORS[innerName] : undefined;
  if (!inner || !innerName || !translator || (outer !== 'INDEX' && outer !== 'SUM')) return rewriteSpan(body, call.start, call.end, call.calls);
  const spill = spillOf(body, inner, innerName, translator);
  if (spill.kind !== 'spill') return notNative(spill.kind === 'value' ? spill.reason : '');
  const rest = call.args.slice(1).map((span) => body.slice(span.start, span.end).trim());
  return outer === 'SUM' ? sumOf(spill, rest) : indexOf(spill, rest);
}

type Spill = Extract<CellTranslation, { kind: 'spill' }>;

function sumOf(spill: Spill, rest: readonly string[]): Native {
  if (rest.length > 0) return notNative(exportMessages.spillInside('SUM'));
  const cells: string[] = [];
  for (let row = 0; row < spill.rows; row += 1) {
    for (let col = 0; col < spill.cols; col += 1) {
      const cell = spill.element(row, col);
      if (!cell.ok) return cell;
      cells.push(`N(${cell.formula.slice(1)})`);
    }
  }
  return native(`SUM(${cells.join(',')})`);
}

function indexOf(spill: Spill, rest: readonly string[]): Native {
  const [row, col] = rest.map((text) => (/^\d+$/.test(text) ? Number(text) : NaN));
  if (rest.length < 1 || rest.length > 2 || Number.isNaN(row) || Number.isNaN(col ?? 1)) return notNative(exportMessages.spillInside('INDEX'));
  // INDEX(row array, k) is the k-th column, as in Excel.
  const [r, c] = col === undefined && spill.rows === 1 ? [1, row] : [row, col ?? 1];
  if (r < 1 || c < 1 || r > spill.rows || c > spill.cols) return notNative(exportMessages.spillInside('INDEX'));
  const cell = spill.element(r - 1, c - 1);
  return cell.ok ? native(`(${cell.formula.slice(1)})`) : cell;
}
