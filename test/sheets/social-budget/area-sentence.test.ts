/**
 * DOMAIN.md §7's area sentence from a built sheet (issue 14, "Done when"): Deltagarnöjdhet 2022, 33 of the
 * maximum 38, Impact Index 87, 17 points above the target 70, with outcomes given as counts and the
 * sheet's own formulas (FINSAM.ACHIEVED, IMPACTVALUE, IMPACTINDEX, STATUS) computing in the engine.
 */
import { areaOutcome, areaSentence, defaultRuleSet } from '../../../src/domain';
import { planRules } from '../../../src/sheets/rules/plan';
import { SocialBudgetIndicator, SocialBudgetModel } from '../../../src/domain/models/social-budget';
import { planSocialBudget } from '../../../src/sheets/social-budget/plan';
import { readSocialBudget } from '../../../src/sheets/social-budget/read';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';
import { contextFor, sideRow } from './support';

const counted = (code: string, weight: number, count: number, base: number, target = 0.8): SocialBudgetIndicator => ({
  code,
  text: `${Math.round(target * 100)} % av deltagarna svarar ja`,
  target,
  comparison: null,
  weight,
  outcome: count / base,
  count,
  base,
  achieved: null,
});

/** Weights 10 + 8 + 7 + 5 + 3 + 5 = 38; all but the last reach 80 %, which gets 73 % (not near: 0,95 × 80 % = 76 %). */
const model: SocialBudgetModel = {
  year: 2022,
  targetIndex: 70,
  source: 'test: Deltagarnöjdhet i det sociala bokslutet 2022 (DOMAIN.md §7)',
  areas: [
    {
      name: 'Deltagarnöjdhet',
      goals: [
        {
          code: '3.1',
          text: 'Deltagarna är nöjda',
          indicators: [
            counted('3.1.1', 10, 117, 133),
            counted('3.1.2', 8, 179, 210),
            counted('3.1.3', 7, 41, 50),
            counted('3.1.4', 5, 33, 40),
            counted('3.1.5', 3, 81, 100),
            counted('3.1.6', 5, 73, 100),
          ],
        },
      ],
    },
  ],
};

test('33 of 38 → Impact Index 87, 17 points better than budgeted, from the sheet the engine computed', () => {
  const engine = engineFromPlan({ sheets: [planRules(defaultRuleSet(2022)), planSocialBudget(model)] });
  const grid = gridOf(engine, 'Social budget');
  // The area block: name, target share, weight sum, share, deviation, within tolerance, impact value, index.
  const [, , weightSum, , , , impactValue, index] = sideRow(grid, 'Deltagarnöjdhet');
  expect([weightSum, impactValue]).toEqual([38, 33]);
  expect(index).toBeCloseTo(86.842, 3);

  const read = readSocialBudget(grid, contextFor(2022));
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  const indicators = read.model.areas[0].goals[0].indicators;
  expect(indicators.map((indicator) => [indicator.count, indicator.base, indicator.achieved])).toEqual([
    [117, 133, true],
    [179, 210, true],
    [41, 50, true],
    [33, 40, true],
    [81, 100, true],
    [73, 100, false],
  ]);
  const outcome = areaOutcome(indicators, read.model.targetIndex);
  expect(outcome).toEqual({ ok: true, value: { impactValue: 33, maximum: 38, index: 87, targetIndex: 70, difference: 17 } });
  expect(outcome.ok && areaSentence(outcome.value)).toBe(
    'Målet för året var Impact Index 70. Utfallet blev 33 av det maximalt möjliga indexvärdet 38. ' +
      'Måluppfyllelsen för målområdet blev således 87 %. Impact Index 87 är 17 indexpunkter bättre resultat än budgeterat.',
  );
});

test('FINSAM.STATUS beside the table gives the report\'s words for the same rows', () => {
  const engine = engineFromPlan({ sheets: [planRules(defaultRuleSet(2022)), planSocialBudget(model)] });
  const sheet = engine.getSheetId('Social budget') ?? 0;
  const grid = gridOf(engine, 'Social budget');
  const header = grid.values.findIndex((row) => row.includes('Uppnådd'));
  const rows = [header + 1, header + 6];
  const words = rows.map((row) => {
    const address = { sheet, row, col: 25 };
    engine.setCellContents(address, [[`=FINSAM.STATUS(H${row + 1},E${row + 1},F${row + 1})`]]);
    return engine.getCellValue(address);
  });
  // 117/133 = 88 % against 80 %; 73 % against 80 % is below 76 %.
  expect(words).toEqual(['Uppnått', 'Ej uppnått']);
});
