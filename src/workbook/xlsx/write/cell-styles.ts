import type { Style } from 'exceljs';
import { CellStyle } from '../../../sheets/plan';

/**
 * The plan's named looks as fonts, fills and borders. Quiet on purpose: the board prints these
 * sheets in black and white, so weight and rules carry the structure and colour only hints
 * (yellow for what the treasurer types, grey for notes).
 */
const THIN = { style: 'thin' } as const;
const fill = (argb: string): Style['fill'] => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

const STYLES: Record<CellStyle, Partial<Style>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { bold: true, size: 12 } },
  header: { font: { bold: true }, fill: fill('FFE7EEF7'), border: { bottom: THIN } },
  label: {},
  // Light yellow is the common spreadsheet convention for "type here".
  input: { fill: fill('FFFFF2CC') },
  sum: { font: { bold: true }, border: { top: THIN } },
  // A total closes a statement: ruled above, double-ruled below, as in the board papers.
  total: { font: { bold: true }, border: { top: THIN, bottom: { style: 'double' } } },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
  // A check is computed, never typed: framed so it is not mistaken for an input.
  check: { font: { bold: true }, border: { top: THIN, left: THIN, bottom: THIN, right: THIN }, fill: fill('FFF2F2F2') },
};

export function styleOf(style: CellStyle | undefined): Partial<Style> {
  return style ? STYLES[style] : {};
}
