import { CellStyle, PlanCell, SheetPlan, WorkbookPlan } from '../sheets/plan';
import type { CellLook, ReadGrid } from '../workbook/xlsx';
import { styleOf } from '../workbook/xlsx/write/cell-styles';
import { DEFAULT_WIDTH } from './grid/sheet-view';

/** What tells the plan's looks apart in a file: weight, slant, size, fill, rules above and below. */
interface Signature {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly fill: string;
  readonly top: string;
  readonly bottom: string;
}

/** Excel's default font size; a font that does not say has it. */
const DEFAULT_SIZE = 11;
const LOOKS: readonly CellStyle[] = ['title', 'subtitle', 'header', 'input', 'sum', 'total', 'note', 'check'];

/** The signatures come from the .xlsx writer's own table, so a look read back is the one written. */
const SIGNATURES = LOOKS.map((style) => {
  const { font, fill, border } = styleOf(style);
  const signature: Signature = {
    bold: font?.bold === true,
    italic: font?.italic === true,
    size: font?.size ?? DEFAULT_SIZE,
    fill: fill?.type === 'pattern' ? (fill.fgColor?.argb ?? '') : '',
    top: border?.top?.style ?? '',
    bottom: border?.bottom?.style ?? '',
  };
  return { style, signature };
});

/**
 * The plan's look nearest to a cell's look in a file. The workbench draws and saves the plan's
 * named looks only (src/sheets/plan.ts), so a file's own bold or colour becomes the look that
 * shows it: exactly the one the workbench wrote, else a filled cell is a header (bold) or an
 * input, an italic one a note, a bold one a title, subtitle, total or sum by its size and rules.
 */
export function namedLook(look: CellLook): CellStyle | undefined {
  const read: Signature = {
    bold: look.bold,
    italic: look.italic,
    size: look.size ?? DEFAULT_SIZE,
    fill: look.fill ?? '',
    top: look.borderTop ?? '',
    bottom: look.borderBottom ?? '',
  };
  const exact = SIGNATURES.find(({ signature }) => (Object.keys(signature) as (keyof Signature)[]).every((key) => signature[key] === read[key]));
  if (exact) return exact.style;
  if (read.fill) return read.bold ? 'header' : 'input';
  if (read.italic && !read.bold) return 'note';
  if (!read.bold) return undefined;
  if (read.size >= 14) return 'title';
  if (read.size > DEFAULT_SIZE) return 'subtitle';
  return read.bottom === 'double' ? 'total' : 'sum';
}

/**
 * A plan of a workbook read from a file, given the number formats, looks and column widths the
 * file's cells and columns had, so the workbench shows them and saves them again.
 */
export function planWithLooks(plan: WorkbookPlan, grids: readonly ReadGrid[]): WorkbookPlan {
  const bySheet = new Map(grids.map((grid) => [grid.sheet, grid.looks]));
  return {
    sheets: plan.sheets.map((sheet): SheetPlan => {
      const looks = bySheet.get(sheet.name);
      if (!looks) return sheet;
      return {
        ...sheet,
        cells: sheet.cells.map((cell) => withLook(cell, looks.cells[cell.row]?.[cell.col])),
        columnWidths: Array.from(looks.columnWidths, (width) => width ?? DEFAULT_WIDTH),
      };
    }),
  };
}

function withLook(cell: PlanCell, look: CellLook | undefined): PlanCell {
  if (!look) return cell;
  const style = namedLook(look);
  return { ...cell, ...(look.numberFormat ? { numberFormat: look.numberFormat } : {}), ...(style ? { style } : {}) };
}
