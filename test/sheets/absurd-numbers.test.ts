import { formatSwedishNumber, formatSwedishPercent, formatSwedishPercentFixed } from '../../src/domain';
import { messages } from '../../src/text/errors';
import { findLabel } from '../../src/sheets/grid-search';
import { Grid, readAmount } from '../../src/sheets/grid';
import { ruleLabels } from '../../src/text/sheet-labels';
import { EXAMPLES, SHEET_KINDS } from '../../src/sheets/registry';
import { checkGrids } from '../../src/sheets/validate-workbook';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';

/**
 * Issue 17, item 8: 1e308 in FINSAM-regler!B21 gave "Målandelarna summerar till Infinity %".
 * Every number in a message is finite; an absurd setting is a finding on its own cell.
 */
const JAVASCRIPT = /NaN|Infinity|undefined|null|\[object/;

function withValue(grid: Grid, row: number, col: number, value: number | string): Grid {
  return { ...grid, values: grid.values.map((line, r) => (r === row ? line.map((cell, c) => (c === col ? value : cell)) : line)) };
}

const workbooks = Object.entries(EXAMPLES).map(([name, example]) => [name, gridsOf(engineFromPlan(example()))] as const);

describe('an absurd number in a rules cell is reported on that cell', () => {
  const [, grids] = workbooks.find(([name]) => name === 'social-budget-2021-2022')!;
  const rulesAt = grids.findIndex((grid) => grid.sheet === ruleLabels.sheetName);
  const rules = grids[rulesAt];
  const header = findLabel(rules, ruleLabels.targetShare)!;
  const firstShare = { row: header.row + 1, col: header.col };

  test.each([1e308, -1e308, 1e16, '1e308'])('a target share of %p', (value) => {
    const changed = grids.map((grid, index) => (index === rulesAt ? withValue(rules, firstShare.row, firstShare.col, value) : grid));
    const findings = checkGrids(changed, { kinds: SHEET_KINDS, year: 2022 });
    for (const finding of findings) expect(finding.message).not.toMatch(JAVASCRIPT);
    const onCell = findings.filter((finding) => finding.where.sheet === ruleLabels.sheetName && finding.where.cell === `${String.fromCharCode(65 + firstShare.col)}${firstShare.row + 1}`);
    expect(onCell.map((finding) => finding.severity)).toContain('error');
    expect(findings.some((finding) => /Målandelarna summerar/.test(finding.message))).toBe(false);
  });
});

describe('typed numbers of every example set to 1e308 or -1e308: no message shows a JavaScript value', () => {
  test.each(workbooks)('%s', (_, grids) => {
    const typed = grids.flatMap((grid, sheet) =>
      grid.values.flatMap((line, row) => line.flatMap((cell, col) => (typeof cell === 'number' && !grid.formulas?.[row]?.[col] ? [{ sheet, row, col }] : []))),
    );
    // Every cell of the rules sheet, and at most 40 of the others, spread evenly (a run stays short).
    const rules = typed.filter(({ sheet }) => grids[sheet].sheet === ruleLabels.sheetName);
    const others = typed.filter(({ sheet }) => grids[sheet].sheet !== ruleLabels.sheetName);
    const step = Math.max(1, Math.ceil(others.length / 40));
    const chosen = [...rules, ...others.filter((_, index) => index % step === 0)];
    for (const { sheet, row, col } of chosen) {
      for (const value of [1e308, -1e308]) {
        const changed = grids.map((grid, index) => (index === sheet ? withValue(grid, row, col, value) : grid));
        for (const finding of checkGrids(changed, { kinds: SHEET_KINDS, year: 2022 })) expect(finding.message).not.toMatch(JAVASCRIPT);
      }
    }
    expect(chosen.length).toBeGreaterThan(5);
  }, 120_000);
});

describe('the number formatting never prints a JavaScript value', () => {
  test('non-finite numbers and percentages past the double range print as "ogiltigt tal"', () => {
    expect([NaN, Infinity, -Infinity].map((value) => formatSwedishNumber(value))).toEqual(['ogiltigt tal', 'ogiltigt tal', 'ogiltigt tal']);
    expect(formatSwedishPercent(1e308)).toBe('ogiltigt tal');
    expect(formatSwedishPercentFixed(-1e308, 1)).toBe('ogiltigt tal');
    expect(formatSwedishPercent(0.855)).toBe('85,5 %');
  });

  test('readAmount takes up to 10^15 either way and no further', () => {
    expect([1e15, -1e15, '1 000 000 000 000 000', 1e15 + 2, 1e308, '99999999999999999999 tkr'].map(readAmount)).toEqual([1e15, -1e15, 1e15, undefined, undefined, undefined]);
  });

  test('a number refused as absurd is named as a number, a text as text, an empty cell as empty; long texts are cut', () => {
    expect(messages.notANumber('Målandel för A', 1e308)).toBe('Målandel för A är 1e+308, vilket inte är ett giltigt tal här (högst 10^15 till beloppet).');
    expect(messages.notANumber('Tolerans', 'fem')).toBe('Tolerans är "fem"; det ska vara ett tal.');
    expect(messages.notANumber('Tolerans', null)).toBe('Tolerans är tom; det ska vara ett tal.');
    expect(messages.notANumber('Tolerans', 'x'.repeat(1000))).toBe(`Tolerans är "${'x'.repeat(60)}…"; det ska vara ett tal.`);
  });
});
