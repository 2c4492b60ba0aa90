import { FollowUpTotal, STATED_TERMS } from '../../domain';
import { followUpLabels as labels } from '../../text/sheet-labels';
import { formats } from '../plan';
import { COLUMNS as C, FollowUpLayout, StatedKey } from './layout';
import { FollowUpModel } from '../../domain/models/follow-up';
import { CellWriter, fixed, ref } from '../writing';

/** The label of each stated figure, as the report's sentence names it. */
export const STATED_LABELS: Readonly<Record<StatedKey, string>> = {
  costs: labels.statedCosts,
  income: labels.statedIncome,
  deficit: labels.statedDeficit,
  result: labels.statedResult,
  closingEquity: labels.statedClosing,
};

/** Where each total stands on this sheet; costs are shown negative there. */
function totalCell(total: FollowUpTotal, layout: FollowUpLayout): { cell: string; negative: boolean } {
  switch (total) {
    case 'budgetIncome':
      return { cell: ref(layout.incomeSum, C.budget), negative: false };
    case 'budgetCosts':
      return { cell: ref(layout.costSum, C.budget), negative: true };
    case 'forecastIncome':
      return { cell: ref(layout.incomeSum, C.forecast), negative: false };
    case 'forecastCosts':
      return { cell: ref(layout.costSum, C.forecast), negative: true };
    case 'forecastResult':
      return { cell: ref(layout.result, C.forecast), negative: false };
    case 'actualOpening':
      return { cell: ref(layout.equity.actual, 1), negative: false };
  }
}

/**
 * What each stated figure claims to follow from, as a formula on this sheet: the domain's
 * STATED_TERMS, so "Beräknat" is what the finding measures. A term that prefers a stated figure
 * reads its "Angivet" cell while that holds a number, as the reader does.
 */
function computedFormula(key: StatedKey, layout: FollowUpLayout): string {
  const terms = STATED_TERMS[key].map((term, index) => {
    const { cell, negative } = totalCell(term.total, layout);
    const statedRow = term.stated === undefined ? undefined : layout.stated.get(term.stated);
    const first = index === 0;
    if (statedRow === undefined) {
      const minus = (term.sign < 0) !== negative;
      return `${minus ? '-' : first ? '' : '+'}${cell}`;
    }
    const own = ref(statedRow, 1);
    return `${term.sign < 0 ? '-' : first ? '' : '+'}IF(ISNUMBER(${own}),${own},${negative ? '-' : ''}${cell})`;
  });
  return `=${terms.join('')}`;
}

/**
 * "Förhållande till budget" as the report words it (seed 004: costs 12 365, income 11 511,
 * "underbalanseras med 869"), each beside what the sheet computes, so 869 meets 854 in view.
 */
export function writeStatedBlock(w: CellWriter, model: FollowUpModel, layout: FollowUpLayout): void {
  [labels.statedTitle, labels.stated, labels.computed, labels.difference].forEach((text, col) => w.text(layout.statedHeader, col, text, 'header'));
  for (const [key, row] of layout.stated) {
    w.text(row, 0, STATED_LABELS[key], 'label');
    w.value(row, 1, model.stated[key] ?? null, formats.tkr);
    w.formula(row, 2, computedFormula(key, layout), formats.tkr);
    w.formula(row, 3, `=${ref(row, 1)}-${ref(row, 2)}`, formats.tkr, 'check');
  }
}

/**
 * Opening equity assumed vs actual (EQUITY.md, follow-up): the actual one is carried forward,
 * so the staircase check uses the real figure.
 */
export function writeEquityBlock(w: CellWriter, model: FollowUpModel, layout: FollowUpLayout): void {
  const e = layout.equity;
  const at = (row: number) => ref(row, 1);
  w.text(layout.equityHeader, 0, labels.equityTitle, 'header');
  w.text(layout.equityHeader, 1, labels.amount, 'header');
  const rows: [number, string, string | number][] = [
    [e.assumed, labels.assumedOpening, model.equity.assumedOpening],
    [e.actual, labels.actualOpening, model.equity.actualOpening],
    [e.difference, labels.openingDifference, `=${at(e.actual)}-${at(e.assumed)}`],
    [e.result, labels.forecastResult, `=${ref(layout.result, C.forecast)}`],
    [e.closing, labels.closingEquity, `=${at(e.actual)}+${at(e.result)}`],
    [e.allocation, labels.allocation, model.equity.allocation],
    [e.cap, labels.cap, `=FINSAM.EQUITYCAP(${at(e.allocation)},${fixed(layout.stepsFirst, 0)}:${fixed(layout.stepsLast, 1)})`],
    [e.overCap, labels.overCap, `=MAX(0,${at(e.closing)}-${at(e.cap)})`],
    [e.withinCap, labels.withinCap, `=${at(e.closing)}<=${at(e.cap)}`],
  ];
  for (const [row, label, content] of rows) {
    w.text(row, 0, label, row === e.closing ? 'total' : 'label');
    if (typeof content === 'number') w.value(row, 1, content, formats.tkr);
    else w.formula(row, 1, content, row === e.withinCap ? undefined : formats.tkr, row === e.withinCap ? 'check' : undefined);
  }
}

/** The staircase the cap formula reads (the rule set's steps; EQUITY.md default: 20/15/10 %). */
export function writeSteps(w: CellWriter, model: FollowUpModel, layout: FollowUpLayout): void {
  w.text(layout.stepsTitle, 0, labels.stepsTitle, 'subtitle');
  w.text(layout.stepsHeader, 0, labels.stepFrom, 'header');
  w.text(layout.stepsHeader, 1, labels.stepShare, 'header');
  model.equitySteps.forEach((step, index) => {
    w.value(layout.stepsFirst + index, 0, step.from, formats.tkr);
    w.value(layout.stepsFirst + index, 1, step.share, formats.percent);
  });
}
