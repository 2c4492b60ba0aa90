import JSZip from 'jszip';
import { Grid } from '../../../sheets/grid';
import { streamXml } from './xml-stream';

/**
 * How a cell looks, as far as a reader shows it: its number format and the font, fill and rules
 * that carry the plan's looks (src/workbook/xlsx/write/cell-styles.ts). Read only when asked
 * (the workbench); `finsam check` and `finsam export` need values, not looks.
 */
export interface CellLook {
  /** The format code ("#,##0;-#,##0", "0%"); undefined for General. */
  readonly numberFormat?: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Font size in points; undefined where the font does not say. */
  readonly size?: number;
  /** A solid fill's colour as ARGB ("FFFFF2CC"); a theme or indexed colour is not resolved. */
  readonly fill?: string;
  /** The rule above and below the cell ("thin", "double"). */
  readonly borderTop?: string;
  readonly borderBottom?: string;
}

/** A sheet's looks: per cell (by row, then column) and each column's width in characters. */
export interface SheetLooks {
  readonly cells: readonly (readonly (CellLook | undefined)[] | undefined)[];
  readonly columnWidths: readonly (number | undefined)[];
}

/** A grid as the reader gives it, with its looks when they were asked for. */
export interface ReadGrid extends Grid {
  readonly looks?: SheetLooks;
}

/** Excel allows 64 000 cell formats; anything past that is not a workbook Excel wrote. */
const MAX_ENTRIES = 65_536;

/** Built-in number formats that are not General and not a date (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  48: '##0.0E+0',
  49: '@',
};

interface Font {
  bold: boolean;
  italic: boolean;
  size?: number;
}

function readFont(font: Font, name: string, attributes: Readonly<Record<string, string>>): void {
  // <b/> is bold; <b val="0"/> is not.
  const on = !['0', 'false'].includes(attributes.val ?? '');
  if (name === 'b') font.bold = on;
  else if (name === 'i') font.italic = on;
  else if (name === 'sz' && Number(attributes.val) > 0) font.size = Number(attributes.val);
}

interface Border {
  top?: string;
  bottom?: string;
}

type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const SECTIONS = new Set<string>(['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']);

/**
 * Each cell style index (the s="" of a cell) as a look, from the styles part: cellXfs point at
 * numFmts, fonts, fills and borders. Streamed, and capped at MAX_ENTRIES per list, so a huge or
 * hostile styles part costs no more memory than a real one.
 */
export async function cellLooks(zip: JSZip, path: string | undefined): Promise<CellLook[]> {
  const entry = path ? zip.file(path) : null;
  if (!entry) return [];
  const formats = new Map<number, string>();
  const fonts: Font[] = [];
  const fills: (string | undefined)[] = [];
  const borders: Border[] = [];
  const xfs: { numFmtId: number; fontId: number; fillId: number; borderId: number }[] = [];
  let section: Section | undefined;
  // The entry being read; undefined once its list is full, so its children change nothing.
  let font: Font | undefined;
  let fill: { solid: boolean; index: number } | undefined;
  let border: Border | undefined;
  const room = (list: unknown[]) => list.length < MAX_ENTRIES;
  await streamXml(entry, {
    open(name, attributes) {
      if (SECTIONS.has(name)) section = name as Section;
      // dxfs, cellStyleXfs and the rest have fonts, fills and xfs of their own: not the cells'.
      else if (section === 'numFmts') {
        if (name === 'numFmt' && formats.size < MAX_ENTRIES) formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      } else if (section === 'fonts') {
        if (name === 'font') font = room(fonts) ? fonts[fonts.push({ bold: false, italic: false }) - 1] : undefined;
        else if (font) readFont(font, name, attributes);
      } else if (section === 'fills') {
        if (name === 'fill') fill = room(fills) ? { solid: false, index: fills.push(undefined) - 1 } : undefined;
        else if (fill && name === 'patternFill') fill.solid = attributes.patternType === 'solid';
        else if (fill?.solid && name === 'fgColor' && /^[0-9A-Fa-f]{8}$/.test(attributes.rgb ?? '')) fills[fill.index] = attributes.rgb.toUpperCase();
      } else if (section === 'borders') {
        if (name === 'border') border = room(borders) ? borders[borders.push({}) - 1] : undefined;
        else if (border && (name === 'top' || name === 'bottom') && attributes.style && attributes.style !== 'none') border[name] = attributes.style;
      } else if (section === 'cellXfs' && name === 'xf' && room(xfs)) {
        const id = (key: string) => Number(attributes[key] ?? 0) || 0;
        xfs.push({ numFmtId: id('numFmtId'), fontId: id('fontId'), fillId: id('fillId'), borderId: id('borderId') });
      }
    },
    close(name) {
      if (name === section) section = undefined;
    },
  });

  return xfs.map((xf) => {
    const font = fonts[xf.fontId] ?? { bold: false, italic: false };
    const border = borders[xf.borderId] ?? {};
    const numberFormat = formats.get(xf.numFmtId) ?? BUILT_IN_FORMATS[xf.numFmtId];
    const fill = fills[xf.fillId];
    return {
      ...(numberFormat && numberFormat.toLowerCase() !== 'general' ? { numberFormat } : {}),
      bold: font.bold,
      italic: font.italic,
      ...(font.size !== undefined ? { size: font.size } : {}),
      ...(fill ? { fill } : {}),
      ...(border.top ? { borderTop: border.top } : {}),
      ...(border.bottom ? { borderBottom: border.bottom } : {}),
    };
  });
}

const MAX_COLUMNS = 16_384;

/** Collects one sheet's looks while its cells stream past; only cells with a value or formula count. */
export class SheetLookReader {
  private readonly cells: (CellLook | undefined)[][] = [];
  private readonly widths: (number | undefined)[] = [];
  // Column entries written at most, so thousands of <col max="16384"> cost no more than a few.
  private widthBudget = 4 * MAX_COLUMNS;

  constructor(private readonly looks: readonly CellLook[]) {}

  cell(row: number, col: number, style: number): void {
    const look = style > 0 ? this.looks[style] : undefined;
    if (look) (this.cells[row] ??= [])[col] = look;
  }

  /** A <col min max width> of <cols>; a hidden column keeps no width of its own. */
  column(attributes: Readonly<Record<string, string>>): void {
    const min = Number(attributes.min);
    const max = Math.min(Number(attributes.max), MAX_COLUMNS);
    const width = Number(attributes.width);
    const hidden = ['1', 'true'].includes(attributes.hidden ?? '');
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min || !(width > 0 && width < 256) || hidden) return;
    for (let col = min; col <= max && this.widthBudget > 0; col += 1, this.widthBudget -= 1) this.widths[col - 1] = width;
  }

  looksOf(): SheetLooks {
    return { cells: this.cells, columnWidths: Array.from(this.widths) };
  }
}
