import { COMPARISON_SLACK, excelRound, fyeChange, fyeShare, meetsFyeGoal, Result } from '../../domain';
import { findingMessages } from '../../text/findings';
import { Finding } from '../findings';
import { cellOf, Grid, readAmount } from '../grid';
import { fyeLabels as labels } from '../../text/sheet-labels';
import { findingAt } from '../reading';
import { FyeModel, FyeRow } from '../../domain/models/fye';
import { FyeColumns, FyeScan, scanFye } from './read';

/**
 * The FYE sheet's checks (DOMAIN.md §5): every share, change and "goal met" the sheet shows must
 * follow from its FYE and populations, so a figure typed over a formula shows; a share that
 * cannot be computed (population 0) is reported at its cell.
 */
export function validateFye(grid: Grid): Finding[] {
  const scanned = scanFye(grid);
  if (!scanned.ok) return scanned.reader.findings;
  const { scan } = scanned;
  return scan.model.rows.flatMap((row, index) => checkRow(grid, scan, row, scan.rowsAt[index]));
}

/** Shares and change as the domain computes them, or the first failure. */
export function rowFigures(row: FyeRow, model: Pick<FyeModel, 'mode' | 'goal'>): Result<{ previous: number; current: number; change: number; met: boolean }> {
  const previous = fyeShare(row.previous.fye, row.previous.population);
  if (!previous.ok) return previous;
  const current = fyeShare(row.current.fye, row.current.population);
  if (!current.ok) return current;
  const change = fyeChange(previous.value, current.value, model.mode);
  if (!change.ok) return change;
  return { ok: true, value: { previous: previous.value, current: current.value, change: change.value, met: meetsFyeGoal(change.value, model.goal) } };
}

function checkRow(grid: Grid, scan: FyeScan, row: FyeRow, at: number): Finding[] {
  const figures = rowFigures(row, scan.model);
  const c: FyeColumns = scan.columns;
  if (!figures.ok) {
    const col = row.previous.population === 0 ? c.previous.population : row.current.population === 0 ? c.current.population : (c.change ?? c.municipality);
    return [findingAt(grid, 'unreadable', 'error', `${row.municipality}: ${figures.error.message}`, at, col)];
  }
  const { model } = scan;
  const checks: [number | undefined, string, number][] = [
    [c.previous.share, labels.withYear(labels.share, model.previousYear), figures.value.previous],
    [c.current.share, labels.withYear(labels.share, model.year), figures.value.current],
    [c.change, labels.change, figures.value.change],
  ];
  const findings = checks.flatMap(([col, what, computed]) => statedShare(grid, at, col, row.municipality, what, computed));
  const shown = c.met === undefined ? null : cellOf(grid, at, c.met);
  if (typeof shown === 'boolean' && shown !== figures.value.met) {
    const message = findingMessages.fyeMetDiffers(row.municipality, shown, figures.value.change, model.goal);
    findings.push(findingAt(grid, 'stated-total', 'error', message, at, c.met as number));
  }
  return findings;
}

/**
 * A typed figure agrees when it is the computed one rounded to the decimals it was typed with
 * (9,3 % for 9,343 %); a formula's value agrees to the last binary digit.
 */
function agreesWhenRounded(shown: number, computed: number): boolean {
  if (excelRound(shown) === excelRound(computed)) return true;
  const decimals = Math.abs(shown) < 1e6 ? (shown.toFixed(10).replace(/0+$/, '').split('.')[1] ?? '').length : 0;
  return Math.abs(shown - computed) <= 0.5 * 10 ** -decimals + COMPARISON_SLACK;
}

/** A share or change the sheet shows against the computed one; blanks and Excel errors pass. */
function statedShare(grid: Grid, row: number, col: number | undefined, municipality: string, what: string, computed: number): Finding[] {
  if (col === undefined) return [];
  const shown = readAmount(cellOf(grid, row, col));
  if (shown === undefined || agreesWhenRounded(shown, computed)) return [];
  return [findingAt(grid, 'stated-total', 'error', findingMessages.fyeShareDiffers(what, municipality, shown, computed), row, col)];
}
