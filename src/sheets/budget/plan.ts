import { formatSwedishPercentFixed } from '../../domain';
import { columnLetters } from '../address';
import { budgetLabels as labels } from '../../text/sheet-labels';
import { CellContent, CellStyle, formats, PlanCell, SheetPlan } from '../plan';
import { budgetLayout, BudgetLayout } from './layout';
import { BudgetModel } from '../../domain/models/budget';

/**
 * The budget sheet (seed 003 §13): income, cost sections, result and equity, one column per
 * year. Member contributions are live FINSAM formulas, sums are native, costs show negative
 * as the board papers print them.
 */
export function planBudget(model: BudgetModel, sheetName = 'Budget'): SheetPlan {
  const layout = budgetLayout(model);
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: CellContent, style?: CellStyle, numberFormat?: string) =>
    cells.push({ row, col, value, style, numberFormat });
  const formula = (row: number, col: number, text: string, style?: CellStyle) => cells.push({ row, col, formula: text, style, numberFormat: formats.tkr });
  const years = model.years.map((year, index) => ({ year, col: index + 1, letter: columnLetters(index + 1) }));

  put(0, 0, labels.title(model.years[0], model.years[model.years.length - 1]), 'title');
  put(1, 0, model.association, 'subtitle');
  put(layout.header, 0, labels.header, 'header');
  years.forEach(({ year, col }) => put(layout.header, col, year, 'header', formats.whole));
  put(layout.header + 1, 0, labels.income, 'subtitle');
  put(layout.state, 0, labels.state, 'label');
  model.municipalities.forEach((_, index) => put(layout.municipalities + index, 0, municipalityLabel(model, index), 'label'));
  put(layout.region, 0, model.regionName, 'label');
  model.otherIncome.forEach((line, index) => put(layout.otherIncome + index, 0, line.label, 'label'));
  put(layout.incomeSum, 0, labels.incomeSum, 'sum');
  put(layout.costsTitle, 0, labels.costs, 'subtitle');
  model.costSections.forEach((section, s) => {
    const rows = layout.sections[s];
    put(rows.title, 0, section.title, 'label');
    section.lines.forEach((line, index) => put(rows.first + index, 0, line.label, 'label'));
    put(rows.sum, 0, labels.sectionSum(section.title), 'sum');
  });
  put(layout.costSum, 0, labels.costSum, 'total');
  put(layout.result, 0, labels.result, 'total');
  const withEquity = model.openingEquity !== null;
  if (withEquity) put(layout.openingEquity, 0, labels.openingEquity, 'label');
  if (withEquity) put(layout.closingEquity, 0, labels.closingEquity, 'total');

  for (const { col, letter } of years) {
    const index = col - 1;
    put(layout.state, col, model.stateAllocations[index], 'input', formats.tkr);
    model.municipalities.forEach((_, m) => {
      const stated = model.statedMunicipalContributions?.[m]?.[index];
      if (stated !== undefined && stated !== null) put(layout.municipalities + m, col, stated, 'input', formats.tkr);
      else formula(layout.municipalities + m, col, contributionFormula(layout, letter, m, model.municipalities.length));
    });
    formula(layout.region, col, `=FINSAM.CONTRIBUTION(${letter}$${layout.state + 1},"region",,,0)`);
    model.otherIncome.forEach((line, i) => put(layout.otherIncome + i, col, line.amounts[index], 'input', formats.tkr));
    formula(layout.incomeSum, col, `=SUM(${letter}${layout.state + 1}:${letter}${layout.incomeSum})`, 'sum');
    model.costSections.forEach((section, s) => {
      const rows = layout.sections[s];
      section.lines.forEach((line, i) => put(rows.first + i, col, -line.amounts[index], 'input', formats.tkr));
      formula(rows.sum, col, `=SUM(${letter}${rows.first + 1}:${letter}${rows.sum})`, 'sum');
    });
    formula(layout.costSum, col, `=${layout.sections.map((rows) => `${letter}${rows.sum + 1}`).join('+') || '0'}`, 'total');
    formula(layout.result, col, `=${letter}${layout.incomeSum + 1}+${letter}${layout.costSum + 1}`, 'total');
    if (!withEquity) continue;
    if (index === 0) put(layout.openingEquity, col, model.openingEquity, 'input', formats.tkr);
    else formula(layout.openingEquity, col, `=${columnLetters(col - 1)}${layout.closingEquity + 1}`);
    formula(layout.closingEquity, col, `=${letter}${layout.openingEquity + 1}+${letter}${layout.result + 1}`, 'total');
  }
  populationBlock(model, layout, put, formula);
  put(layout.source, 0, `${labels.source}: ${model.source ?? model.association}`, 'note');

  return {
    name: sheetName,
    kind: 'budget',
    cells,
    tables: [{ name: 'Befolkning', top: layout.populationHeader, left: 0, columns: [labels.populationName, ...model.years.map(String)], bodyRows: model.municipalities.length }],
    names: [],
    columnWidths: [44, ...model.years.map(() => 12)],
    frozenRows: layout.header + 1,
  };
}

/** "Umeå kommun, 82,7 % av arb-bef.": the first year's share, as the seed's labels show it. */
function municipalityLabel(model: BudgetModel, index: number): string {
  const total = model.municipalities.reduce((sum, m) => sum + (m.populations[0] ?? 0), 0);
  const share = total > 0 ? (model.municipalities[index].populations[0] ?? 0) / total : 0;
  return labels.municipality(model.municipalities[index].name, formatSwedishPercentFixed(share, 1));
}

/**
 * A municipality's part, addressed by its row in the population table: the k-th share of the
 * largest-remainder split of half the state's allocation. CONTRIBUTION and SHARE name the part
 * by its value, so two municipalities of equal population (Tibro and Töreboda, 4 060) would be
 * ambiguous (#VALUE!, FUNCTIONS.md); SHARES splits them apart in input order (DOMAIN.md §1).
 */
function contributionFormula(layout: BudgetLayout, letter: string, index: number, count: number): string {
  const populations = `${letter}$${layout.populationFirst + 1}:${letter}$${layout.populationFirst + count}`;
  return `=INDEX(FINSAM.SHARES(${letter}$${layout.state + 1}/2,${populations},0),${index + 1})`;
}

type Put = (row: number, col: number, value: CellContent, style?: CellStyle, numberFormat?: string) => void;
type Formula = (row: number, col: number, text: string, style?: CellStyle) => void;

function populationBlock(model: BudgetModel, layout: BudgetLayout, put: Put, formula: Formula): void {
  put(layout.populationTitle, 0, labels.populationTitle, 'subtitle');
  put(layout.populationHeader, 0, labels.populationName, 'header');
  model.years.forEach((year, index) => put(layout.populationHeader, index + 1, String(year), 'header'));
  model.municipalities.forEach((municipality, m) => {
    put(layout.populationFirst + m, 0, municipality.name, 'label');
    municipality.populations.forEach((population, index) => put(layout.populationFirst + m, index + 1, population, 'input', formats.whole));
  });
  put(layout.populationSum, 0, labels.populationSum, 'sum');
  model.years.forEach((_, index) => {
    const letter = columnLetters(index + 1);
    formula(layout.populationSum, index + 1, `=SUM(${letter}${layout.populationFirst + 1}:${letter}${layout.populationSum})`, 'sum');
  });
}


