import { cellAddress } from '../sheets/address';
import { ExportValue, isErrorValue } from './cell-values';
import { Conversion } from './conversion';
import { cellText, formulaXml, startTag } from './xml-text';

// The error codes Excel knows; the engine's own (#CYCLE!, #ERROR!, #LIC!, …) are cached as #VALUE!.
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);

/** Attributes of the original <c> that describe the old content and must go with it. */
const CONTENT_ATTRIBUTES = new Set(['t', 'cm', 'vm']);

/**
 * A converted cell as XML: the original's attributes (reference, style, …) kept, then the native
 * formula with the add-in's value as its cached result, or the value alone.
 * `prefix` is the main namespace's prefix in this part ("" or "x:").
 */
export function convertedCellXml(conversion: Conversion, original: ReadonlyMap<string, string> | undefined, prefix: string): string {
  const kept = [...(original ?? new Map([['r', cellAddress(conversion.row, conversion.col)]]))].filter(([name]) => !CONTENT_ATTRIBUTES.has(name));
  const value = finite(conversion.value);
  const tag = (name: string) => `${prefix}${name}`;
  if (conversion.newFormula !== undefined) {
    const type = formulaResultType(value);
    const formula = `<${tag('f')}>${formulaXml(conversion.newFormula.replace(/^=/, ''))}</${tag('f')}>`;
    const cached = value === null ? '' : `<${tag('v')}>${valueText(value)}</${tag('v')}>`;
    return `${startTag(tag('c'), type ? [...kept, ['t', type]] : kept)}${formula}${cached}</${tag('c')}>`;
  }
  if (value === null) return startTag(tag('c'), kept, true);
  if (typeof value === 'string') {
    const text = `<${tag('is')}><${tag('t')} xml:space="preserve">${cellText(value)}</${tag('t')}></${tag('is')}>`;
    return `${startTag(tag('c'), [...kept, ['t', 'inlineStr']])}${text}</${tag('c')}>`;
  }
  const type = formulaResultType(value);
  return `${startTag(tag('c'), type ? [...kept, ['t', type]] : kept)}<${tag('v')}>${valueText(value)}</${tag('v')}></${tag('c')}>`;
}

/** A number that is not finite cannot stand in a file; the engine never gives one, but never write NaN. */
function finite(value: ExportValue): ExportValue {
  return typeof value === 'number' && !Number.isFinite(value) ? { error: '#NUM!' } : value;
}

function formulaResultType(value: ExportValue): string | undefined {
  if (isErrorValue(value)) return 'e';
  if (typeof value === 'boolean') return 'b';
  if (typeof value === 'string') return 'str';
  return undefined;
}

function valueText(value: Exclude<ExportValue, null>): string {
  if (isErrorValue(value)) return EXCEL_ERRORS.has(value.error) ? value.error : '#VALUE!';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string') return cellText(value);
  return String(value);
}
