import { COMPARISON_DECIMALS } from '../../domain';
import { cellAddress, rangeAddress } from '../address';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { CellStyle, formats, PlanCell } from '../plan';
import { ruleSettingCell } from '../rules/layout';
import { INDICATOR_COLUMNS as C, indicatorRange, SIDE_COLUMN as L, SocialBudgetLayout, SummaryKey } from './layout';
import { SocialBudgetModel } from '../../domain/models/social-budget';

const V = L + 1;

/** The blocks beside the indicator table: summary, weight rule per area, platforms. */
export function sideBlocks(model: SocialBudgetModel, layout: SocialBudgetLayout): PlanCell[] {
  return [...summaryBlock(model, layout), ...areaBlock(model, layout), ...platformBlock(model, layout)];
}

const SUMMARY_WORDS: Record<SummaryKey, string> = {
  maximum: labels.maximum,
  impactValue: labels.impactValue,
  impactIndex: labels.impactIndex,
  targetIndex: labels.targetIndex,
  targetReached: labels.targetReached,
  tolerance: labels.tolerance,
  weightsOk: labels.weightsOk,
  statedMaximum: labels.statedMaximum,
  statedImpactValue: labels.statedImpactValue,
};

function summaryBlock(model: SocialBudgetModel, layout: SocialBudgetLayout): PlanCell[] {
  const weights = indicatorRange(layout, C.weight);
  const achieved = indicatorRange(layout, C.achieved);
  const areas = indicatorRange(layout, C.area);
  const at = (key: SummaryKey) => cellAddress(layout.summary[key] ?? 0, V, true);
  const lastArea = layout.firstArea + layout.areaCount - 1;
  const targetAreas = rangeAddress(layout.firstArea, L, lastArea, L, true);
  const targetShares = rangeAddress(layout.firstArea, V, lastArea, V, true);
  const contents: Record<SummaryKey, { formula?: string; value?: number; format: string; style: CellStyle }> = {
    maximum: { formula: `=SUM(${weights})`, format: formats.whole, style: 'sum' },
    impactValue: { formula: `=FINSAM.IMPACTVALUE(${weights},${achieved})`, format: formats.whole, style: 'sum' },
    // Shown whole, as the board papers print it ("Impactindex 76"); the cell keeps 76,136….
    impactIndex: { formula: `=FINSAM.IMPACTINDEX(${weights},${achieved})`, format: formats.index, style: 'total' },
    targetIndex: { value: model.targetIndex, format: formats.index, style: 'input' },
    targetReached: { formula: `=${at('impactIndex')}>=${at('targetIndex')}`, format: formats.text, style: 'check' },
    tolerance: { formula: `=${ruleSettingCell('tolerance')}`, format: formats.percentOne, style: 'label' },
    weightsOk: { formula: `=FINSAM.WEIGHTSOK(${weights},${areas},${targetAreas},${targetShares},${at('tolerance')})`, format: formats.text, style: 'check' },
    statedMaximum: { value: model.statedMaximum, format: formats.whole, style: 'input' },
    statedImpactValue: { value: model.statedImpactValue, format: formats.whole, style: 'input' },
  };
  const cells: PlanCell[] = [
    { row: layout.summaryHeader, col: L, value: labels.summary, style: 'header' },
    { row: layout.summaryHeader, col: V, value: labels.value, style: 'header' },
  ];
  for (const [key, row] of Object.entries(layout.summary) as [SummaryKey, number][]) {
    const content = contents[key];
    cells.push({ row, col: L, value: SUMMARY_WORDS[key], style: 'label' });
    cells.push({ row, col: V, formula: content.formula, value: content.formula ? undefined : content.value, numberFormat: content.format, style: content.style });
  }
  return cells;
}

const AREA_HEADERS = [labels.area, labels.targetShare, labels.weightSum, labels.actualShare, labels.deviation, labels.withinTolerance, labels.impactValue, labels.impactIndex];

/** The weight rule per area beside the table (DOMAIN.md §3), and each area's own index. */
function areaBlock(model: SocialBudgetModel, layout: SocialBudgetLayout): PlanCell[] {
  const weights = indicatorRange(layout, C.weight);
  const achieved = indicatorRange(layout, C.achieved);
  const areas = indicatorRange(layout, C.area);
  const tolerance = cellAddress(layout.summary.tolerance ?? 0, V, true);
  const cells: PlanCell[] = AREA_HEADERS.map((header, index) => ({ row: layout.areasHeader, col: L + index, value: header, style: 'header' }));
  model.areas.forEach((area, index) => {
    const row = layout.firstArea + index;
    const [name, target, share] = [L, V, V + 2].map((col) => cellAddress(row, col));
    const areaShare = `FINSAM.AREASHARE(${weights},${areas},${name})`;
    const formulas = [
      `=SUMIF(${areas},${name},${weights})`,
      // An area with a target and no indicator has 0 % of the maximum (DOMAIN.md §3), as the
      // domain and WEIGHTCHECK say; AREASHARE alone is #N/A there (FUNCTIONS.md: it cannot tell
      // an empty area from a misspelt one). 0/SUM keeps #DIV/0! when no weight is set at all.
      // IF(ISNA(…)) rather than IFNA: IFNA is newer than Excel 2007, and a file must then store it
      // as _xlfn.IFNA or LibreOffice and older Excel show #NAME?.
      `=IF(ISNA(${areaShare}),0/SUM(${weights}),${areaShare})`,
      `=IF(ISNUMBER(${target}),${share}-${target},"")`,
      // Rounded so 0,45 − 0,40 counts as 0,05: the domain's withinTolerance, with its decimals.
      `=IF(ISNUMBER(${target}),ROUND(ABS(${share}-${target}),${COMPARISON_DECIMALS})<=${tolerance},FALSE)`,
      `=FINSAM.IMPACTVALUE(${weights},${achieved},${areas},${name})`,
      `=FINSAM.IMPACTINDEX(${weights},${achieved},${areas},${name})`,
    ];
    const areaFormats = [formats.whole, formats.percentOne, formats.percentOne, formats.text, formats.whole, formats.index];
    cells.push({ row, col: L, value: area.name, style: 'label' });
    cells.push({ row, col: V, value: area.targetShare ?? null, style: 'input', numberFormat: formats.percent });
    formulas.forEach((formula, offset) => cells.push({ row, col: V + 1 + offset, formula, numberFormat: areaFormats[offset], style: offset === 3 ? 'check' : undefined }));
  });
  return cells;
}

/** "Alla plattformar sammanvägda": Σ impact values / Σ maxima, never a mean of indexes (DOMAIN.md §3). */
function platformBlock(model: SocialBudgetModel, layout: SocialBudgetLayout): PlanCell[] {
  const platforms = model.platforms ?? [];
  if (layout.platformsHeader === undefined || layout.firstPlatform === undefined || layout.combined === undefined) return [];
  const cells: PlanCell[] = [labels.platforms, labels.impactValue, labels.maximum, labels.impactIndex].map((header, index) => ({
    row: layout.platformsHeader as number,
    col: L + index,
    value: header,
    style: 'header',
  }));
  const index = (row: number): PlanCell => ({ row, col: V + 2, formula: `=100*${cellAddress(row, V)}/${cellAddress(row, V + 1)}`, numberFormat: formats.index });
  platforms.forEach((platform, offset) => {
    const row = (layout.firstPlatform as number) + offset;
    cells.push({ row, col: L, value: platform.name, style: 'label' });
    cells.push({ row, col: V, value: platform.impactValue, style: 'input', numberFormat: formats.whole });
    cells.push({ row, col: V + 1, value: platform.maximum, style: 'input', numberFormat: formats.whole });
    cells.push(index(row));
  });
  const last = layout.combined - 1;
  cells.push({ row: layout.combined, col: L, value: labels.combined, style: 'total' });
  [V, V + 1].forEach((col) =>
    cells.push({ row: layout.combined as number, col, formula: `=SUM(${cellAddress(layout.firstPlatform as number, col)}:${cellAddress(last, col)})`, style: 'total', numberFormat: formats.whole }),
  );
  cells.push({ ...index(layout.combined), style: 'total' });
  return cells;
}
