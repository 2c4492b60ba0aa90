import { reportPage } from '../../report/report-page';
import { Finding } from '../../sheets/findings';
import { Grid } from '../../sheets/grid';
import { SHEET_KINDS } from '../../sheets/registry';
import { classifySheets } from '../../sheets/validate-workbook';
import { downloadBytes } from '../download';

/** What the downloaded page is called: it is the board's, whatever the workbook is called. */
export const BOARD_REPORT_FILE = 'rapport-till-styrelsen.html';

/**
 * The page `finsam report` writes (issue 14, item 5), from the grids and findings of the pane's
 * last check: the social annual report with its gauges, the budget result and the findings.
 */
export function boardReportHtml(grids: readonly Grid[], findings: readonly Finding[], file: string): string {
  const kinds = new Map(classifySheets(grids, SHEET_KINDS).map((sheet) => [sheet.grid, sheet.kind?.kind]));
  return reportPage({ file, grids, kindOf: (grid) => kinds.get(grid), findings });
}

/** Hands the page to the browser as a file to open and print (no request leaves the page). */
export function saveBoardReport(grids: readonly Grid[], findings: readonly Finding[], file: string): void {
  downloadBytes(boardReportHtml(grids, findings, file), BOARD_REPORT_FILE, 'text/html;charset=utf-8');
}
