import { CellStyle } from '../../sheets/plan';

/**
 * The plan's named looks as Office.js range formats: the same fonts, fills and rules as the
 * .xlsx writer gives them (src/workbook/xlsx/write/cell-styles.ts), so a sheet built in Excel
 * and a file written by `finsam build` look alike. Quiet on purpose: the board prints these
 * sheets in black and white.
 */
type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
type Line = 'Continuous' | 'Double';

interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly borders?: Partial<Record<Edge, Line>>;
}

const BOX: Partial<Record<Edge, Line>> = { EdgeTop: 'Continuous', EdgeBottom: 'Continuous', EdgeLeft: 'Continuous', EdgeRight: 'Continuous' };

const LOOKS: Record<CellStyle, Look> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  header: { bold: true, fill: '#E7EEF7', borders: { EdgeBottom: 'Continuous' } },
  label: {},
  // Light yellow is the common spreadsheet convention for "type here".
  input: { fill: '#FFF2CC' },
  sum: { bold: true, borders: { EdgeTop: 'Continuous' } },
  // A total closes a statement: ruled above, double-ruled below, as in the board papers.
  total: { bold: true, borders: { EdgeTop: 'Continuous', EdgeBottom: 'Double' } },
  note: { italic: true, color: '#595959' },
  // A check is computed, never typed: framed so it is not mistaken for an input.
  check: { bold: true, fill: '#F2F2F2', borders: BOX },
};

export function lookOf(style: CellStyle): Look {
  return LOOKS[style];
}

/** Queues the look on the range (no sync: the caller's one write sync sends it). */
export function queueStyle(range: Excel.Range, style: CellStyle): void {
  const look = LOOKS[style];
  const font = range.format.font;
  if (look.bold !== undefined) font.bold = look.bold;
  if (look.italic !== undefined) font.italic = look.italic;
  if (look.size !== undefined) font.size = look.size;
  if (look.color !== undefined) font.color = look.color;
  if (look.fill !== undefined) range.format.fill.color = look.fill;
  for (const [edge, line] of Object.entries(look.borders ?? {}) as [Edge, Line][]) {
    const border = range.format.borders.getItem(edge);
    border.style = line;
    // A double rule has one weight in Excel; thin is the .xlsx writer's "thin".
    if (line === 'Continuous') border.weight = 'Thin';
  }
}
