/**
 * One worksheet part rewritten in a single pass over its text, chunk by chunk, never as a DOM:
 * only the converted <c> elements change (and followers of a shared formula whose master was
 * converted, which get their own formula); every other byte is copied as it was.
 */
import { cellAddress } from '../sheets/address';
import { slideFormula } from '../workbook/xlsx/read/formula-text';
import { convertedCellXml } from './cell-xml';
import { Conversion } from './conversion';
import { attributesOf, decodeEntities, formulaXml, startTag } from './xml-text';

const COLUMNS = 16_384;
const keyOf = (row: number, col: number) => row * COLUMNS + col;

/** Top-level elements that come after <legacyDrawing> in a worksheet (ECMA-376 CT_Worksheet). */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

export interface PatchResult {
  /** Whether a <legacyDrawing> for the notes went in (the sheet had none of its own). */
  readonly notesPlaced: boolean;
}

interface Master {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

export class SheetPatcher {
  private buffer = '';
  private prefix: string | undefined;
  private row = -1;
  private col = -1;
  private depth = 0;
  private afterSheetData = false;
  private hasLegacyDrawing = false;
  private notesPlaced = false;
  /** Conversions in row, then column order; `next` is the first not yet written. */
  private readonly pending: Conversion[];
  private next = 0;
  private readonly byKey = new Map<number, Conversion>();
  private readonly written = new Set<number>();
  /** Shared-formula groups whose master was converted: their followers need their own formula. */
  private readonly broken = new Map<string, Master>();

  /** `notesId`: the relationship id of a notes drawing to place, if the sheet is to get notes. */
  constructor(
    conversions: readonly Conversion[],
    private readonly notesId?: string,
  ) {
    this.pending = [...conversions].sort((a, b) => a.row - b.row || a.col - b.col);
    for (const conversion of this.pending) this.byKey.set(keyOf(conversion.row, conversion.col), conversion);
  }

  /** The output for this chunk: everything up to the last element not yet complete. */
  push(chunk: string): string {
    this.buffer += chunk;
    return this.scan(false);
  }

  end(): string {
    const rest = this.scan(true);
    if (this.buffer.length > 0) throw new Error('unterminated XML');
    return rest;
  }

  result(): PatchResult {
    return { notesPlaced: this.notesPlaced };
  }

  private scan(final: boolean): string {
    const text = this.buffer;
    let out = '';
    let copied = 0;
    let at = 0;
    for (;;) {
      const open = text.indexOf('<', at);
      if (open < 0) {
        at = text.length;
        break;
      }
      const element = this.element(text, open);
      if (element === undefined) {
        if (final) throw new Error('unterminated XML');
        at = open;
        break;
      }
      const replacement = this.handle(text, open, element);
      if (replacement !== undefined) {
        out += text.slice(copied, open) + replacement;
        copied = element.end;
      }
      at = element.next;
    }
    // Keep what is not finished for the next chunk; copy the rest out.
    const keep = final ? text.length : at;
    out += text.slice(copied, keep);
    this.buffer = text.slice(keep);
    return out;
  }

  /** The markup at `open`, or undefined when the buffer ends inside it. */
  private element(text: string, open: number): Markup | undefined {
    if (text.startsWith('<!--', open)) return until(text, open, '-->', 'other');
    if (text.startsWith('<![CDATA[', open)) return until(text, open, ']]>', 'other');
    if (text.startsWith('<?', open) || text.startsWith('<!', open)) return until(text, open, '>', 'other');
    const close = tagEnd(text, open);
    if (close < 0) return undefined;
    const closing = text[open + 1] === '/';
    const name = nameAt(text, closing ? open + 2 : open + 1);
    if (this.prefix === undefined && !closing) this.prefix = name.endsWith('worksheet') ? name.slice(0, name.length - 'worksheet'.length) : '';
    const local = name.startsWith(this.prefix ?? '') ? name.slice((this.prefix ?? '').length) : `:${name}`;
    const selfClosing = text[close - 1] === '/';
    if (local === 'c' && !closing && !selfClosing) {
      const end = cellEnd(text, close + 1, `</${this.prefix}c`);
      return end < 0 ? undefined : { kind: 'cell', local, closing, selfClosing, tagEnd: close + 1, end, next: end };
    }
    return { kind: 'tag', local, closing, selfClosing, tagEnd: close + 1, end: close + 1, next: close + 1 };
  }

  /** The text to put in place of [open, element.end), or undefined to copy it as it is. */
  private handle(text: string, open: number, element: Markup): string | undefined {
    if (element.kind === 'other') return undefined;
    const { local, closing, selfClosing } = element;
    if (closing) this.depth -= 1;
    else if (!selfClosing && element.kind === 'tag') this.depth += 1;
    if (local === 'row' && !closing) return this.startRow(text.slice(open, element.tagEnd), selfClosing);
    if (local === 'row' && closing) return this.rest(this.row) + text.slice(open, element.end);
    if (local === 'c' && !closing) return this.cell(text.slice(open, element.end), text.slice(open, element.tagEnd), selfClosing);
    if (local === 'sheetData') {
      if (closing || selfClosing) this.afterSheetData = true;
      if (closing) return this.rest() + text.slice(open, element.end);
      if (selfClosing) return `<${this.prefix}sheetData>${this.rest()}</${this.prefix}sheetData>`;
      return undefined;
    }
    if (!this.afterSheetData) return undefined;
    if (local === 'legacyDrawing' && !closing) this.hasLegacyDrawing = true;
    const topLevel = (closing && local === 'worksheet') || (!closing && this.depth === (selfClosing ? 1 : 2) && AFTER_LEGACY_DRAWING.has(local));
    if (!topLevel || this.notesPlaced || this.hasLegacyDrawing || this.notesId === undefined) return undefined;
    this.notesPlaced = true;
    const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const drawing = startTag(`${this.prefix}legacyDrawing`, [['xmlns:r', relationships], ['r:id', this.notesId]], true);
    return drawing + text.slice(open, element.end);
  }

  private startRow(tag: string, selfClosing: boolean): string | undefined {
    const number = referenceOf(tag);
    const row = number !== undefined ? Number(number) - 1 : this.row + 1;
    const before = this.rest(undefined, row);
    this.row = row;
    this.col = -1;
    if (!before && (!selfClosing || this.pendingRow() !== row)) return undefined;
    const attributes = attributesOf(tag);
    // Rows put in before a row without a number would shift it: give it its number.
    const own = before && !attributes.has('r') ? startTag(`${this.prefix}row`, [...attributes, ['r', String(row + 1)]], selfClosing) : tag;
    if (!selfClosing) return before + own;
    const cells = this.rest(row);
    return cells ? `${before}${startTag(`${this.prefix}row`, [...attributesOf(own)])}${cells}</${this.prefix}row>` : before + own;
  }

  private cell(whole: string, tag: string, selfClosing: boolean): string | undefined {
    const reference = referenceOf(tag);
    const at = reference !== undefined ? position(reference) : { row: this.row, col: this.col + 1 };
    if (!at) return undefined;
    this.col = at.col;
    const before = this.missingBefore(at.row, at.col);
    const key = keyOf(at.row, at.col);
    const formula = selfClosing ? undefined : formulaOf(whole, this.prefix ?? '');
    const conversion = this.byKey.get(key);
    if (!conversion && !before && (formula === undefined || this.broken.size === 0)) return undefined;
    const attributes = attributesOf(tag);
    if (conversion) {
      if (formula?.type === 'shared' && formula.si !== undefined && formula.text) this.broken.set(formula.si, { text: formula.text, row: at.row, col: at.col });
      if (this.written.has(key)) return before; // a cell listed twice (out of order): written once
      this.written.add(key);
      // With its reference written out, a cell put in before it cannot shift it.
      const placed = attributes.has('r') ? attributes : new Map([['r', cellAddress(at.row, at.col)], ...attributes]);
      return before + convertedCellXml(conversion, placed, this.prefix ?? '');
    }
    const master = formula?.type === 'shared' && !formula.text && formula.si !== undefined ? this.broken.get(formula.si) : undefined;
    const own = master && formula ? this.explicitFormula(whole, formula, master, at) : whole;
    if (!before) return own === whole ? undefined : own;
    return before + (attributes.has('r') ? own : own.replace(/^<[^\s/>]+/, (name) => `${name} r="${cellAddress(at.row, at.col)}"`));
  }

  /** A follower of a converted master, given the master's formula slid to its own place. */
  private explicitFormula(whole: string, formula: FormulaElement, master: Master, at: { row: number; col: number }): string {
    const text = slideFormula(master.text, at.row - master.row, at.col - master.col);
    return `${whole.slice(0, formula.start)}<${this.prefix}f>${formulaXml(text)}</${this.prefix}f>${whole.slice(formula.end)}`;
  }

  /** The row of the first conversion not yet written, if any. */
  private pendingRow(): number | undefined {
    return this.pending[this.next]?.row;
  }

  /** Converted cells the file has no element for, before (row, col): written in their place. */
  private missingBefore(row: number, col: number): string {
    let out = '';
    while (this.next < this.pending.length) {
      const conversion = this.pending[this.next];
      if (conversion.row !== row || conversion.col >= col) break;
      out += this.emit(conversion);
    }
    return out;
  }

  /** Every conversion not yet written: of row `row` only, or of all rows before `beforeRow` (each in its own <row>). */
  private rest(row?: number, beforeRow = Number.POSITIVE_INFINITY): string {
    let out = '';
    while (this.next < this.pending.length) {
      const conversion = this.pending[this.next];
      if (row !== undefined) {
        if (conversion.row > row) break;
        out += this.emit(conversion);
        continue;
      }
      if (conversion.row >= beforeRow) break;
      const line = conversion.row;
      let cells = '';
      while (this.next < this.pending.length && this.pending[this.next].row === line) cells += this.emit(this.pending[this.next]);
      out += cells ? `<${this.prefix}row r="${line + 1}">${cells}</${this.prefix}row>` : '';
    }
    return out;
  }

  private emit(conversion: Conversion): string {
    this.next += 1;
    const key = keyOf(conversion.row, conversion.col);
    if (this.written.has(key)) return '';
    this.written.add(key);
    return convertedCellXml(conversion, undefined, this.prefix ?? '');
  }
}

interface Markup {
  readonly kind: 'tag' | 'cell' | 'other';
  /** The name without the main prefix ("" for comments and the like). */
  readonly local: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Just after the start tag's ">". */
  readonly tagEnd: number;
  /** Just after the element (the whole <c>…</c> for a cell). */
  readonly end: number;
  readonly next: number;
}

function until(text: string, open: number, terminator: string, kind: 'other'): Markup | undefined {
  const close = text.indexOf(terminator, open + 2);
  if (close < 0) return undefined;
  const end = close + terminator.length;
  return { kind, local: '', closing: false, selfClosing: false, tagEnd: end, end, next: end };
}

/** The index of the ">" that ends the tag at `open` (quoted ">" in attributes skipped), or -1. */
function tagEnd(text: string, open: number): number {
  const gt = text.indexOf('>', open);
  if (gt < 0) return -1;
  // The common case: no quote before the first ">", or every quote pair closed before it.
  const quoteAt = text.indexOf('"', open);
  if ((quoteAt < 0 || quoteAt > gt) && !text.slice(open, gt).includes("'")) return gt;
  let quote = '';
  for (let i = open + 1; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i;
  }
  return -1;
}

/** Just after the "</c>" closing a cell whose content starts at `from`, or -1 if not in the buffer. */
function cellEnd(text: string, from: number, closing: string): number {
  for (let at = from; ; ) {
    const open = text.indexOf('<', at);
    if (open < 0) return -1;
    if (text.startsWith('<![CDATA[', open) || text.startsWith('<!--', open)) {
      const terminator = text.startsWith('<!--', open) ? '-->' : ']]>';
      const close = text.indexOf(terminator, open);
      if (close < 0) return -1;
      at = close + terminator.length;
      continue;
    }
    if (text.startsWith(closing, open) && /[\s>]/.test(text[open + closing.length] ?? '')) {
      const close = text.indexOf('>', open);
      return close < 0 ? -1 : close + 1;
    }
    at = open + 1;
  }
}

interface FormulaElement {
  readonly type?: string;
  readonly si?: string;
  readonly text: string;
  /** [start, end) of the whole <f> element inside the cell's text. */
  readonly start: number;
  readonly end: number;
}

/** The element name starting at `at` (up to white space, "/" or ">"). */
function nameAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && !' \t\r\n/>'.includes(text[end])) end += 1;
  return text.slice(at, end);
}

/** The r attribute of a start tag, quickly (once per cell), undefined when it has none. */
function referenceOf(tag: string): string | undefined {
  const match = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The <f> of a cell element, if it has one. */
function formulaOf(cell: string, prefix: string): FormulaElement | undefined {
  const name = `<${prefix}f`;
  let start = cell.indexOf(name);
  while (start >= 0 && !' \t\r\n/>'.includes(cell[start + name.length] ?? '')) start = cell.indexOf(name, start + 1);
  if (start < 0) return undefined;
  const close = tagEnd(cell, start);
  if (close < 0) return undefined;
  const attributes = attributesOf(cell.slice(start, close + 1));
  const base = { type: attributes.get('t'), si: attributes.get('si'), start };
  if (cell[close - 1] === '/') return { ...base, text: '', end: close + 1 };
  const endTag = cell.indexOf(`</${prefix}f`, close);
  if (endTag < 0) return undefined;
  const end = cell.indexOf('>', endTag) + 1;
  return { ...base, text: decodeEntities(cell.slice(close + 1, endTag)), end };
}

/** "B12" as row 11, column 1; undefined for what is not a cell reference. */
function position(reference: string): { row: number; col: number } | undefined {
  let col = 0;
  let index = 0;
  for (; index < reference.length && index < 4; index += 1) {
    const code = reference.charCodeAt(index) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  const digits = reference.slice(index);
  if (index === 0 || index > 3 || !/^\d{1,7}$/.test(digits)) return undefined;
  const row = Number(digits) - 1;
  return row >= 0 && col - 1 < COLUMNS ? { row, col: col - 1 } : undefined;
}
