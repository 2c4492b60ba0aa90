import { formatSwedishNumber, formatSwedishPercent } from '../domain/swedish-number';
import { STATUS_WORDS } from '../domain';
import { budgetLabels } from '../text/sheet-labels';
import { Finding } from '../sheets/findings';
import { cellOf, Grid, readAmount, readLabel } from '../sheets/grid';
import { findRow } from '../sheets/grid';
import { CellContent } from '../sheets/plan';
import { socialReportLabels as labels } from '../text/social-report-labels';
import { ReportScan, ScannedArea, scanReport } from '../sheets/social-report/scan';
import { escapeHtml as esc } from './escape';
import { gaugeSvg } from './gauge-svg';
import { PAGE_STYLE } from './page-style';

/**
 * The board's report as one self-contained HTML page (issue 14, item 5): the social annual
 * report per area with statuses and an SVG gauge, the budget result, and the findings of the
 * check. No script, no link, no font or image from anywhere: every byte is in the page. Every
 * text taken from the workbook is escaped.
 */
export interface ReportInput {
  /** The workbook's file name, shown at the top. */
  readonly file: string;
  /** The sheets as recalculated values. */
  readonly grids: readonly Grid[];
  /** Which kind each sheet is ('socialReport', 'budget' …), from the registry's detection. */
  readonly kindOf: (grid: Grid) => string | undefined;
  readonly findings: readonly Finding[];
}

export const reportTexts = {
  title: 'Rapport till styrelsen',
  workbook: (file: string) => `Arbetsbok: ${file}`,
  noReport: 'Arbetsboken har inget blad Socialt bokslut.',
  budget: (sheet: string) => `Budgetens resultat (${sheet})`,
  findings: 'Kontroll',
  noFindings: 'Kontrollen fann inga fel eller varningar.',
  findingCounts: (errors: number, warnings: number) => `${errors} fel och ${warnings} varningar.`,
  error: 'Fel',
  warning: 'Varning',
  place: 'Plats',
  kind: 'Typ',
  message: 'Fynd',
  whole: 'Förbundet som helhet',
  year: 'År',
  amountsNote: 'Belopp i tkr.',
} as const;

export function reportPage(input: ReportInput): string {
  const reports = input.grids.filter((grid) => input.kindOf(grid) === 'socialReport');
  const budgets = input.grids.filter((grid) => input.kindOf(grid) === 'budget');
  const body = [
    `<h1>${esc(reportTexts.title)}</h1>`,
    `<p class="meta">${esc(reportTexts.workbook(input.file))}</p>`,
    ...(reports.length === 0 ? [`<p>${esc(reportTexts.noReport)}</p>`] : reports.map(socialReportSection)),
    ...budgets.map(budgetSection),
    findingsSection(input.findings),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(reportTexts.title)} – ${esc(input.file)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function socialReportSection(grid: Grid): string {
  const scan = scanReport(grid);
  if (!scan) return '';
  const whole = scan.areas.find((area) => area.whole);
  const parts = [`<section class="sheet social-report">`, `<h2>${esc(scan.title || grid.sheet)}</h2>`];
  if (whole) parts.push(areaSummary(whole, reportTexts.whole));
  for (const area of scan.areas.filter((candidate) => !candidate.whole)) parts.push(areaSection(scan, area));
  parts.push('</section>');
  return parts.join('\n');
}

function areaSummary(area: ScannedArea, label: string): string {
  const index = readAmount(area.cells[labels.impactIndex] ?? null);
  const target = readAmount(area.cells[labels.targetIndex] ?? null);
  const sentence = shown(area.cells[labels.sentence] ?? null);
  return `<div class="summary">${gaugeSvg({ index, target, label })}<p class="sentence">${esc(sentence)}</p></div>`;
}

function areaSection(scan: ReportScan, area: ScannedArea): string {
  const rows = scan.indicators.filter(({ cells }) => readLabel(cells[labels.area] ?? null).toLowerCase() === area.name.toLowerCase());
  const head = [labels.code, labels.indicator, labels.target, labels.outcome, labels.status].map((word) => `<th>${esc(word)}</th>`).join('');
  const body = rows.map(({ cells }) => {
    const outcomeText = shown(cells[labels.outcomeText] ?? null);
    const outcome = outcomeText !== '' ? outcomeText : value(cells[labels.outcome] ?? null);
    const status = shown(cells[labels.status] ?? null);
    return (
      `<tr><td>${esc(shown(cells[labels.code] ?? null))}</td><td>${esc(shown(cells[labels.indicator] ?? null))}</td>` +
      `<td class="number">${esc(value(cells[labels.target] ?? null))}</td><td class="number">${esc(outcome)}</td>` +
      `<td class="status ${statusClass(status)}">${esc(status)}</td></tr>`
    );
  });
  return [
    '<section class="area">',
    `<h3>${esc(area.name)}</h3>`,
    areaSummary(area, area.name),
    `<table><thead><tr>${head}</tr></thead><tbody>`,
    ...body,
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function statusClass(status: string): string {
  const entry = (Object.entries(STATUS_WORDS) as [string, string][]).find(([, word]) => word === status);
  return entry ? `status-${entry[0]}` : '';
}

const BUDGET_ROWS = [budgetLabels.incomeSum, budgetLabels.costSum, budgetLabels.result, budgetLabels.closingEquity];

/** The budget's result rows for each year column of its header ("Budget | 2021 | 2022 | 2023"). */
function budgetSection(grid: Grid): string {
  const header = findRow(grid, budgetLabels.header, 0) ?? 0;
  const yearCols = (grid.values[header] ?? []).flatMap((cell, col) => (col > 0 && cellOf(grid, header, col) !== null && !isBlank(cell) ? [col] : []));
  const rows = BUDGET_ROWS.flatMap((label) => {
    const row = findRow(grid, label, 0);
    if (row === undefined) return [];
    const cells = yearCols.map((col) => `<td class="number">${esc(amount(cellOf(grid, row, col)))}</td>`).join('');
    return [`<tr><th>${esc(label)}</th>${cells}</tr>`];
  });
  const head = yearCols.map((col) => `<th>${esc(shown(cellOf(grid, header, col)))}</th>`).join('');
  return [
    '<section class="budget">',
    `<h2>${esc(reportTexts.budget(grid.sheet))}</h2>`,
    `<p class="meta">${esc(reportTexts.amountsNote)}</p>`,
    `<table><thead><tr><th></th>${head}</tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function findingsSection(findings: readonly Finding[]): string {
  const parts = ['<section class="findings">', `<h2>${esc(reportTexts.findings)}</h2>`];
  if (findings.length === 0) {
    parts.push(`<p class="none">${esc(reportTexts.noFindings)}</p>`, '</section>');
    return parts.join('\n');
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  parts.push(`<p>${esc(reportTexts.findingCounts(errors, findings.length - errors))}</p>`);
  parts.push(`<table><thead><tr><th>${esc(reportTexts.place)}</th><th>${esc(reportTexts.kind)}</th><th>${esc(reportTexts.message)}</th></tr></thead><tbody>`);
  for (const finding of findings) {
    const place = [finding.where.sheet, finding.where.cell].filter((part) => part !== '').join('!');
    const error = finding.severity === 'error';
    parts.push(
      `<tr><td>${esc(place)}</td><td class="${error ? 'finding-error' : ''}">${esc(error ? reportTexts.error : reportTexts.warning)}</td><td>${esc(finding.message)}</td></tr>`,
    );
  }
  parts.push('</tbody></table>', '</section>');
  return parts.join('\n');
}

function isBlank(cell: CellContent): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as text: numbers the Swedish way, booleans as SANT/FALSKT. */
function shown(cell: CellContent): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatSwedishNumber(cell, 2);
  if (typeof cell === 'boolean') return cell ? 'SANT' : 'FALSKT';
  return cell;
}

/** A target or outcome: a fraction such as 0,8 as a percentage, as the report prints it. */
function value(cell: CellContent): string {
  if (typeof cell === 'number' && Math.abs(cell) <= 1 && !Number.isInteger(cell)) return formatSwedishPercent(cell, 1);
  return shown(cell);
}

function amount(cell: CellContent): string {
  return typeof cell === 'number' ? formatSwedishNumber(cell, 0) : shown(cell);
}
