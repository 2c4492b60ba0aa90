import { cellAddress } from '../address';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { CellContent, CellStyle, formats, PlanCell, SheetPlan } from '../plan';
import { INDICATOR_COLUMNS as C, socialBudgetLayout } from './layout';
import { IndicatorInContext, indicatorsOf, SocialBudgetModel } from '../../domain/models/social-budget';
import { sideBlocks } from './plan-side';
import { indicatorInputCells, INDICATOR_TABLE_HEADERS } from './indicator-table';

/** The table's headers, in column order (INDICATOR_COLUMNS). */
export const INDICATOR_HEADERS = [
  ...INDICATOR_TABLE_HEADERS,
  labels.achieved,
  labels.invented,
] as const;

/** The headers a sheet shows: "Påhittad" only where an example marks invented texts (issue 13: never on a real workbook's sheet). */
function headersOf(model: SocialBudgetModel): string[] {
  const invented = model.areas.some((area) => area.goals.some((goal) => goal.indicators.some((indicator) => indicator.invented)));
  return invented ? [...INDICATOR_HEADERS] : INDICATOR_HEADERS.filter((header) => header !== labels.invented);
}

/**
 * The social budget sheet (DOMAIN.md §3, seed 003 Bilaga 1): one row per indicator in the table
 * `Indikatorer`, with Uppnådd a live FINSAM.ACHIEVED where the outcome can be compared with a
 * numeric target; beside it the Impactindex, the target index, the weight rule per area and,
 * when given, the platforms "sammanvägda".
 */
export function planSocialBudget(model: SocialBudgetModel, sheetName: string = labels.sheetName): SheetPlan {
  const layout = socialBudgetLayout(model);
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: CellContent, style?: CellStyle, numberFormat?: string) => cells.push({ row, col, value, style, numberFormat });

  put(0, 0, model.title ?? labels.title(model.year), 'title');
  put(layout.yearRow, 0, labels.year, 'label');
  put(layout.yearRow, 1, model.year, 'input', formats.whole);
  if (model.platform !== undefined) {
    put(layout.platformRow, 0, labels.platform, 'label');
    put(layout.platformRow, 1, model.platform, 'input');
  }
  put(layout.sourceRow, 0, labels.source, 'label');
  put(layout.sourceRow, 1, model.source, 'note');
  const headers = headersOf(model);
  headers.forEach((header, col) => put(layout.header, col, header, 'header'));
  indicatorsOf(model).forEach((entry, index) => cells.push(...indicatorCells(entry, layout.firstIndicator + index)));
  cells.push(...sideBlocks(model, layout));

  return {
    name: sheetName,
    kind: 'socialBudget',
    cells,
    tables: [{ name: tableName(sheetName), top: layout.header, left: 0, columns: headers, bodyRows: layout.lastIndicator - layout.header }],
    names: [],
    columnWidths: [8, 26, 44, 56, 12, 11, 7, 10, 10, 10, 3, 30, 12, 11, 12, 11, 12, 12, 12],
    frozenRows: layout.header + 1,
  };
}

/** Table names are unique in a workbook, so a second social budget sheet (a platform) gets its own. */
export function tableName(sheetName: string): string {
  if (sheetName === labels.sheetName) return labels.tableName;
  return `${labels.tableName}_${sheetName.replace(/[^0-9A-Za-zÅÄÖåäöÉé_]/g, '_')}`;
}

function indicatorCells(entry: IndicatorInContext, row: number): PlanCell[] {
  const { indicator } = entry;
  const shareLike = typeof indicator.target === 'number' && Math.abs(indicator.target) <= 1 && !Number.isInteger(indicator.target);
  const cells: PlanCell[] = [
    ...indicatorInputCells(entry, row, shareLike),
    outcomeCell(indicator, row, shareLike),
    achievedCell(indicator, row),
  ];
  if (indicator.invented) cells.push({ row, col: C.invented, value: labels.inventedMark, style: 'note' });
  return cells;
}

/** An outcome with counts is written =117/133: a number FINSAM.ACHIEVED compares, and the counts stay in the cell. */
function outcomeCell(indicator: IndicatorInContext['indicator'], row: number, shareLike: boolean): PlanCell {
  const { count, base } = indicator;
  if (count !== undefined && base !== undefined && Number.isSafeInteger(count) && Number.isSafeInteger(base) && count >= 0 && base > 0 && count <= base) {
    return { row, col: C.outcome, formula: `=${count}/${base}`, style: 'input', numberFormat: formats.percentOne };
  }
  return { row, col: C.outcome, value: indicator.outcome, style: 'input', numberFormat: shareLike ? formats.percentOne : undefined };
}

/** Live where the outcome can be compared with a numeric target (FUNCTIONS.md, ACHIEVED); typed otherwise. */
function achievedCell(indicator: IndicatorInContext['indicator'], row: number): PlanCell {
  const live =
    typeof indicator.target === 'number' && (typeof indicator.outcome === 'number' || (indicator.outcome === null && indicator.achieved === null));
  if (!live) return { row, col: C.achieved, value: indicator.achieved, style: 'input' };
  const at = (col: number) => cellAddress(row, col);
  return { row, col: C.achieved, formula: `=FINSAM.ACHIEVED(${at(C.outcome)},${at(C.target)},${at(C.comparison)})`, style: 'check' };
}

