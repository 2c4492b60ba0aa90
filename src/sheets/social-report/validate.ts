import { areaOutcome, AreaOutcome, areaSentence, checkStatedRate, normalizeName, parseCountOutcome, statedAgrees } from '../../domain';
import { cellAddress } from '../address';
import { Finding, RuleId } from '../findings';
import { Grid, readAmount } from '../grid';
import { textOf } from '../grid-search';
import { CellContent } from '../plan';
import { ReadContext } from '../sheet-kind';
import { socialReportFindings as say, socialReportLabels as labels } from '../../text/social-report-labels';
import { AreaColumn, ReportScan, scanReport, ScannedArea, ScannedIndicator } from './scan';

const EXCEL_ERROR = /^#(?:NAME\?|VALUE!|REF!|DIV\/0!|NUM!|N\/A|NULL!|SPILL!|CALC!|ERROR!|CYCLE!)$/;

/**
 * Findings on a "Socialt bokslut" sheet (DOMAIN.md §7): an outcome's stated percentage that its
 * counts cannot give ("85,5 %" of 14), counts in the text that differ from the count columns, and
 * per area the figures of the block below the table (typed over or stated in the prose) and the
 * sentence, held to what the indicators give.
 */
export function validateSocialReport(grid: Grid, context: ReadContext): Finding[] {
  const scan = scanReport(grid);
  if (!scan) return [];
  return [...scan.indicators.flatMap((indicator) => checkOutcome(grid, scan, indicator)), ...checkAreas(grid, scan, context.rules.weightScale)];
}

function finding(grid: Grid, rule: RuleId, message: string, row: number, col: number | undefined, severity: Finding['severity'] = 'error'): Finding {
  return { rule, severity, message, where: { sheet: grid.sheet, cell: cellAddress(row, col ?? 0) } };
}

function checkOutcome(grid: Grid, scan: ReportScan, { row, cells }: ScannedIndicator): Finding[] {
  const code = textOf(cells[labels.code] ?? null) || labels.indicator;
  const where = `Indikator ${code}`;
  const count = wholeNumber(cells[labels.count]);
  const base = wholeNumber(cells[labels.base]);
  const text = cells[labels.outcomeText];
  const parsed = typeof text === 'string' ? parseCountOutcome(text) : undefined;
  const textCol = scan.columns[labels.outcomeText];
  if (parsed) {
    if (count !== undefined && base !== undefined && (count !== parsed.count || base !== parsed.base)) {
      return [finding(grid, 'stated-total', say.countsDiffer(code, parsed.count, parsed.base, count, base), row, textCol)];
    }
    const problem = checkStatedRate(parsed, where);
    return problem === undefined ? [] : [finding(grid, 'impossible-rate', problem, row, textCol)];
  }
  if (count === undefined || base === undefined) return [];
  const problem = checkStatedRate({ count, base }, where);
  return problem === undefined ? [] : [finding(grid, 'impossible-rate', problem, row, scan.columns[labels.count])];
}

function wholeNumber(cell: CellContent | undefined): number | undefined {
  const value = readAmount(cell ?? null);
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}

function checkAreas(grid: Grid, scan: ReportScan, weightScale: number): Finding[] {
  const findings: Finding[] = [];
  const rows = scan.indicators
    .map(({ cells }) => ({ area: textOf(cells[labels.area] ?? null), weight: readAmount(cells[labels.weight] ?? null), achieved: cells[labels.achieved] === true }))
    .filter((entry): entry is { area: string; weight: number; achieved: boolean } => entry.area !== '' && entry.weight !== undefined);
  // Each area's rows by its cleaned name, cleaned once per row: a sheet of long texts stays linear.
  const byArea = new Map<string, typeof rows>();
  for (const entry of rows) {
    const key = normalizeName(entry.area);
    const same = byArea.get(key);
    if (same) same.push(entry);
    else byArea.set(key, [entry]);
  }
  for (const area of scan.areas) {
    const mine = area.whole ? rows : (byArea.get(normalizeName(area.name)) ?? []);
    if (mine.length === 0) continue;
    const target = readAmount(area.cells[labels.targetIndex] ?? null) ?? scan.targetIndex;
    if (target === undefined) continue;
    const outcome = areaOutcome(mine, target, weightScale);
    // Weights off the scale or a target outside 0–100: the cells show errors already; nothing to compare.
    if (!outcome.ok) continue;
    findings.push(...checkAreaRow(grid, scan, area, outcome.value));
  }
  const named = new Set(scan.areas.map((area) => normalizeName(area.name)));
  if (scan.areas.length > 0) {
    for (const [key, [{ area: name }]] of byArea) {
      if (!named.has(key)) findings.push(finding(grid, 'stated-total', say.areaMissing(name), scan.areas[0].row, 0, 'warning'));
    }
  }
  return findings;
}

function checkAreaRow(grid: Grid, scan: ReportScan, area: ScannedArea, outcome: AreaOutcome): Finding[] {
  const findings: Finding[] = [];
  const name = area.whole ? labels.whole : area.name;
  const compare = (column: AreaColumn, computed: number, rule: RuleId, message: (shown: number) => string) => {
    const shown = readAmount(area.cells[column] ?? null);
    if (shown === undefined || statedAgrees(shown, computed)) return;
    findings.push(finding(grid, rule, message(shown), area.row, scan.areaColumns[column]));
  };
  const cell = (what: string, computed: number) => (shown: number) => say.cellDiffers(what, name, shown, computed);
  const stated = (what: string, computed: number) => (shown: number) => say.statedDiffers(what, name, shown, computed);
  compare(labels.maximum, outcome.maximum, 'stated-maximum', cell(labels.maximum, outcome.maximum));
  compare(labels.impactValue, outcome.impactValue, 'stated-total', cell(labels.impactValue, outcome.impactValue));
  compare(labels.impactIndex, outcome.index, 'stated-total', cell(labels.impactIndex, outcome.index));
  compare(labels.difference, outcome.difference, 'stated-total', cell(labels.difference, outcome.difference));
  compare(labels.statedMaximum, outcome.maximum, 'stated-maximum', stated('det maximala Impactvärdet', outcome.maximum));
  compare(labels.statedImpactValue, outcome.impactValue, 'stated-total', stated('Impactvärdet', outcome.impactValue));
  compare(labels.statedIndex, outcome.index, 'stated-total', stated('Impact Index', outcome.index));
  const sentence = area.cells[labels.sentence];
  const expected = areaSentence(outcome, area.whole);
  // An error value (#NAME? where the add-in is missing) is the engine's to show, not a stale text.
  if (typeof sentence === 'string' && sentence.trim() !== '' && !EXCEL_ERROR.test(sentence.trim()) && comparable(sentence) !== comparable(expected)) {
    findings.push(finding(grid, 'stated-total', say.sentenceStale(name, expected), area.row, scan.areaColumns[labels.sentence]));
  }
  return findings;
}

/** "1 000" and "70,5" as the domain writes them, "1000" and "70.5" as a formula's & writes them: the same figures. */
function comparable(text: string): string {
  return text
    .replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1')
    .replace(/(\d)\.(?=\d)/g, '$1,')
    .replace(/\s+/g, ' ')
    .trim();
}
