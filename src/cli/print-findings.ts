import { findingMessages } from '../text/findings';
import { parseCellAddress, sheetReference } from '../sheets/address';
import { Finding } from '../sheets/findings';
import { Grid } from '../sheets/grid';

/**
 * Findings as `finsam check` prints them for a person: grouped by sheet in the workbook's order,
 * by cell within a sheet, each line "Budget!B12  fel  <message>" so the address can be typed
 * into Excel's name box.
 */
export function findingLines(findings: readonly Finding[], grids: readonly Grid[]): string[] {
  const sheetOrder = new Map(grids.map((grid, index) => [grid.sheet, index]));
  const sorted = [...findings].sort(
    (a, b) => (sheetOrder.get(a.where.sheet) ?? Infinity) - (sheetOrder.get(b.where.sheet) ?? Infinity) || cellOrder(a) - cellOrder(b),
  );
  return sorted.map((finding) => `${place(finding)}  ${findingMessages.severity(finding.severity === 'error')}  ${finding.message}`);
}

function place({ where }: Finding): string {
  if (!where.sheet) return where.cell;
  return where.cell ? `${sheetReference(where.sheet)}!${where.cell}` : sheetReference(where.sheet);
}

/** Row-major position of a finding's first cell; findings without a cell come last. */
function cellOrder({ where }: Finding): number {
  const first = parseCellAddress(where.cell.split(':')[0] ?? '');
  return first ? first.row * 16_384 + first.col : Number.MAX_SAFE_INTEGER;
}
