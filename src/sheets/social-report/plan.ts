import { STATUS_WORDS } from '../../domain';
import { cellAddress } from '../address';
import { cellA1, gaugeChart, stackedPlaces } from '../charts';
import { CellContent, CellStyle, formats, PlanCell, SheetPlan } from '../plan';
import { ruleSettingCell } from '../rules/layout';
import { IndicatorInContext, indicatorsOf } from '../../domain/models/social-budget';
import { socialReportLabels as labels } from '../../text/social-report-labels';
import { AREA_COLUMNS as A, columnRange, REPORT_COLUMNS as C, ReportLayout, reportLayout } from './layout';
import { SocialReportModel, WHOLE } from '../../domain/models/social-report';
import { sentenceFormula } from './sentence-formula';
import { indicatorInputCells, INDICATOR_TABLE_HEADERS } from '../social-budget/indicator-table';

export const REPORT_HEADERS = [
  ...INDICATOR_TABLE_HEADERS,
  labels.count,
  labels.base,
  labels.outcomeText,
  labels.status,
  labels.achieved,
] as const;

export const AREA_HEADERS = [
  labels.areaBlock,
  labels.targetIndex,
  labels.impactValue,
  labels.sentence,
  labels.maximum,
  labels.impactIndex,
  labels.difference,
  labels.goals,
  labels.indicators,
  labels.statedImpactValue,
  labels.statedMaximum,
  labels.statedIndex,
] as const;

/**
 * The social annual report sheet (DOMAIN.md §7): per indicator the target, the outcome (from its
 * counts where known), a live FINSAM.STATUS in words; per area and for the whole the live
 * Impactvärde, maximum and Impact Index against the target index and the sentence, so a corrected
 * outcome updates everything. Typed: the counts, the published outcome text and stated figures.
 */
export function planSocialReport(model: SocialReportModel, sheetName: string = labels.sheetName): SheetPlan {
  const layout = reportLayout(model);
  const { budget } = model;
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: CellContent, style?: CellStyle, numberFormat?: string) => cells.push({ row, col, value, style, numberFormat });

  put(0, 0, budget.title?.replace(/^Social budget/, labels.sheetName) ?? labels.title(budget.year), 'title');
  put(layout.yearRow, 0, labels.year, 'label');
  put(layout.yearRow, 1, budget.year, 'input', formats.whole);
  put(layout.sourceRow, 0, labels.source, 'label');
  put(layout.sourceRow, 1, budget.source, 'note');
  put(layout.targetIndexRow, 0, labels.targetIndex, 'label');
  put(layout.targetIndexRow, 1, budget.targetIndex, 'input', formats.index);
  put(layout.nearRow, 0, labels.nearFactor, 'label');
  cells.push(nearCell(layout.nearRow));
  REPORT_HEADERS.forEach((header, col) => put(layout.header, col, header, 'header'));
  indicatorsOf(budget).forEach((entry, index) => cells.push(...indicatorCells(model, entry, layout, layout.firstIndicator + index)));
  AREA_HEADERS.forEach((header, col) => put(layout.areaHeader, col, header, 'header'));
  budget.areas.forEach((area, index) => {
    const goals = area.goals.length;
    const indicators = area.goals.reduce((sum, goal) => sum + goal.indicators.length, 0);
    cells.push(...areaCells(model, layout, layout.firstArea + index, area.name, { goals, indicators }));
  });
  const goals = budget.areas.reduce((sum, area) => sum + area.goals.length, 0);
  cells.push(...areaCells(model, layout, layout.whole, undefined, { goals, indicators: indicatorsOf(budget).length }));

  return {
    name: sheetName,
    kind: 'socialReport',
    cells,
    tables: [],
    names: [],
    columnWidths: [10, 24, 40, 90, 10, 11, 7, 10, 8, 8, 22, 12, 10],
    frozenRows: layout.header + 1,
    charts: gauges(model, layout),
  };
}

/** Where the gauges stand: right of the area block, one under the other (column N on). */
const GAUGE_COLUMN = 13;
const GAUGE_SIZE = { width: 4, height: 10 };

/** The Impact Visare (DOMAIN.md §7) for the whole, then each area: its index cell against its target index cell. */
function gauges(model: SocialReportModel, layout: ReportLayout) {
  const rows = [layout.whole, ...model.budget.areas.map((_, index) => layout.firstArea + index)];
  const names = [labels.whole, ...model.budget.areas.map((area) => area.name)];
  const places = stackedPlaces(layout.areaHeader, GAUGE_COLUMN, rows.length, GAUGE_SIZE.width, GAUGE_SIZE.height);
  return rows.map((row, index) =>
    gaugeChart({ title: `Impact Visare: ${names[index]}`, value: cellA1(row, A.index), target: cellA1(row, A.targetIndex), place: places[index] }),
  );
}

/** The near factor's cell on FINSAM-regler (DOMAIN.md §7: a per-year setting), as other sheets point at their settings. */
function nearCell(row: number): PlanCell {
  return { row, col: 1, formula: `=${ruleSettingCell('nearFactor')}`, numberFormat: formats.percent, style: 'label' };
}

function indicatorCells(model: SocialReportModel, entry: IndicatorInContext, layout: ReportLayout, row: number): PlanCell[] {
  const { indicator } = entry;
  const at = (col: number) => cellAddress(row, col);
  // The report's own counts (with the published text), else those the social budget sheet was given.
  const counted = model.counts?.[indicator.code] ?? (indicator.count !== undefined ? { count: indicator.count, base: indicator.base } : undefined);
  const hasCounts = counted?.count !== undefined && counted.base !== undefined;
  const numericTarget = typeof indicator.target === 'number';
  const shareLike = numericTarget && (hasCounts || (Math.abs(indicator.target as number) <= 1 && !Number.isInteger(indicator.target)));
  const cells: PlanCell[] = [
    ...indicatorInputCells(entry, row, shareLike),
    { row, col: C.count, value: counted?.count ?? null, style: 'input', numberFormat: formats.whole },
    { row, col: C.base, value: counted?.base ?? null, style: 'input', numberFormat: formats.whole },
    { row, col: C.outcomeText, value: counted?.text ?? null, style: 'input' },
  ];
  // From the counts, live, so a corrected count corrects the rate, the status and the index.
  if (hasCounts) {
    const [count, base] = [at(C.count), at(C.base)];
    cells.push({ row, col: C.outcome, formula: `=IF(AND(ISNUMBER(${count}),ISNUMBER(${base})),IF(${base}>0,${count}/${base},""),"")`, numberFormat: formats.percentOne });
  } else {
    cells.push({ row, col: C.outcome, value: indicator.outcome, style: 'input', numberFormat: shareLike ? formats.percentOne : undefined });
  }
  const live = numericTarget && (hasCounts || typeof indicator.outcome === 'number' || indicator.outcome === null);
  if (live) {
    const near = cellAddress(layout.nearRow, 1, true);
    cells.push({ row, col: C.status, formula: `=FINSAM.STATUS(${at(C.outcome)},${at(C.target)},${at(C.comparison)},${near})`, style: 'check' });
    cells.push({ row, col: C.achieved, formula: `=IF(${at(C.status)}="","",${at(C.status)}="${STATUS_WORDS.achieved}")`, style: 'check' });
  } else {
    // Qualitative (a case study): the board marks it; the status follows the mark.
    const mark = at(C.achieved);
    cells.push({ row, col: C.status, formula: `=IF(${mark}=TRUE,"${STATUS_WORDS.achieved}",IF(${mark}=FALSE,"${STATUS_WORDS.notAchieved}",""))`, style: 'check' });
    cells.push({ row, col: C.achieved, value: indicator.achieved, style: 'input' });
  }
  return cells;
}

/** One row of the area block; `area` undefined is the whole. */
function areaCells(model: SocialReportModel, layout: ReportLayout, row: number, area: string | undefined, counts: { goals: number; indicators: number }): PlanCell[] {
  const weights = columnRange(layout, C.weight);
  const achieved = columnRange(layout, C.achieved);
  const areas = columnRange(layout, C.area);
  const at = (col: number) => cellAddress(row, col);
  const filter = area === undefined ? '' : `,${areas},${at(A.name)}`;
  const stated = model.stated?.[area ?? WHOLE];
  const style: CellStyle | undefined = area === undefined ? 'total' : undefined;
  return [
    { row, col: A.name, value: area ?? labels.whole, style: area === undefined ? 'total' : 'label' },
    { row, col: A.targetIndex, formula: `=${cellAddress(layout.targetIndexRow, 1, true)}`, numberFormat: formats.index, style },
    { row, col: A.impactValue, formula: `=FINSAM.IMPACTVALUE(${weights},${achieved}${filter})`, numberFormat: formats.whole, style },
    { row, col: A.maximum, formula: area === undefined ? `=SUM(${weights})` : `=SUMIF(${areas},${at(A.name)},${weights})`, numberFormat: formats.whole, style },
    // Whole, as the sentence shows it (DOMAIN.md §7); ROUND is half away from zero like the domain's rounding.
    { row, col: A.index, formula: `=ROUND(FINSAM.IMPACTINDEX(${weights},${achieved}${filter}),0)`, numberFormat: formats.index, style: 'total' },
    { row, col: A.difference, formula: `=${at(A.index)}-${at(A.targetIndex)}`, numberFormat: formats.whole, style },
    { row, col: A.goals, value: counts.goals, numberFormat: formats.whole, style },
    { row, col: A.indicators, formula: area === undefined ? `=COUNTA(${areas})` : `=COUNTIF(${areas},${at(A.name)})`, numberFormat: formats.whole, style },
    { row, col: A.statedImpactValue, value: stated?.impactValue ?? null, numberFormat: formats.whole, style: 'input' },
    { row, col: A.statedMaximum, value: stated?.maximum ?? null, numberFormat: formats.whole, style: 'input' },
    { row, col: A.statedIndex, value: stated?.index ?? null, numberFormat: formats.index, style: 'input' },
    {
      row,
      col: A.sentence,
      formula: sentenceFormula(
        { targetIndex: at(A.targetIndex), impactValue: at(A.impactValue), maximum: at(A.maximum), index: at(A.index), difference: at(A.difference) },
        area === undefined,
      ),
      style: 'note',
    },
  ];
}
