import { budgetSheet } from '../../src/sheets/budget';
import { budget2021to2023, contributions2018 } from '../../src/sheets/budget/examples';
import { followUpSheet } from '../../src/sheets/follow-up';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up/examples';
import { withoutBackups } from '../../src/taskpane/build/backup-sheets';
import { contentFileName } from '../../src/workbench/content-file-name';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';

const grids = (...plans: Parameters<typeof engineFromPlan>[0]['sheets']) => gridsOf(engineFromPlan({ sheets: plans }));

describe('Spara .xlsx names a workbook after what it holds (issue 13)', () => {
  it('after its budget\'s years, the built sheet rather than the "(gammal)" backup', () => {
    const next = { ...budget2021to2023(), years: [2024, 2025, 2026] };
    expect(contentFileName(grids(budgetSheet.plan(budget2021to2023(), 'Budget (gammal)'), budgetSheet.plan(next)))).toBe('budget-2024-2026.xlsx');
    expect(contentFileName(grids(budgetSheet.plan(contributions2018())))).toBe('budget-2018.xlsx');
  });

  it('after its follow-up when there is no budget, and not at all for an empty workbook', () => {
    expect(contentFileName(grids(followUpSheet.plan(followUpTertial2of2022())))).toBe('uppfoljning-tertial-2-2022.xlsx');
    expect(contentFileName([])).toBeUndefined();
  });

  it('Kontroll and Dela med styrelsen leave out "(gammal)" backups unless asked', () => {
    const all = grids(budgetSheet.plan(budget2021to2023(), 'Budget (gammal 2)'), budgetSheet.plan(budget2021to2023()));
    expect(withoutBackups(all, false).map((grid) => grid.sheet)).toEqual(['Budget']);
    expect(withoutBackups(all, true).map((grid) => grid.sheet)).toEqual(['Budget (gammal 2)', 'Budget']);
  });
});
