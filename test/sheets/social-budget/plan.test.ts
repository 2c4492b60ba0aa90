import { socialBudgetExample2021, socialBudgetStructure2022 } from '../../../src/sheets/social-budget/examples';
import { indicatorsOf, SocialBudgetModel } from '../../../src/domain/models/social-budget';
import { INDICATOR_HEADERS, planSocialBudget } from '../../../src/sheets/social-budget/plan';
import { PlanCell, SheetPlan } from '../../../src/sheets/plan';

const cellAt = (plan: SheetPlan, row: number, col: number): PlanCell | undefined => plan.cells.find((cell) => cell.row === row && cell.col === col);
const labelled = (plan: SheetPlan, label: string): PlanCell | undefined => {
  const word = plan.cells.find((cell) => cell.value === label);
  return word && cellAt(plan, word.row, word.col + 1);
};

describe('the social budget plan as data (seed 003, Bilaga 1)', () => {
  const plan = planSocialBudget(socialBudgetExample2021(1));

  test('one Excel table Indikatorer, one row per indicator, with the Swedish headers', () => {
    expect(plan.name).toBe('Social budget');
    expect(plan.kind).toBe('socialBudget');
    expect(plan.tables).toEqual([{ name: 'Indikatorer', top: 5, left: 0, columns: [...INDICATOR_HEADERS], bodyRows: 34 }]);
    expect(INDICATOR_HEADERS).toEqual(['Kod', 'Målområde', 'Mål', 'Indikator', 'Målvärde', 'Jämförelse', 'Vikt', 'Utfall', 'Uppnådd', 'Påhittad']);
    expect(plan.frozenRows).toBe(6);
  });

  test('Uppnådd is a live FINSAM.ACHIEVED where an outcome meets a numeric target, typed otherwise', () => {
    // Excel row 12 is 1.3.1: 80 % positive, outcome 82 %.
    expect(cellAt(plan, 11, 0)?.value).toBe('1.3.1');
    expect(cellAt(plan, 11, 8)?.formula).toBe('=FINSAM.ACHIEVED(H12,E12,F12)');
    // 1.1.1 has no numeric target: its achieved is typed.
    expect(cellAt(plan, 6, 0)?.value).toBe('1.1.1');
    expect(cellAt(plan, 6, 8)).toMatchObject({ value: true });
    expect(cellAt(plan, 6, 8)?.formula).toBeUndefined();
  });

  test('the summary: Impactindex, impact value and maximum as live formulas, the stated 172 in its own cell', () => {
    expect(labelled(plan, 'Maximalt Impactvärde')?.formula).toBe('=SUM($G$7:$G$40)');
    expect(labelled(plan, 'Impactvärde')?.formula).toBe('=FINSAM.IMPACTVALUE($G$7:$G$40,$I$7:$I$40)');
    expect(labelled(plan, 'Impactindex')?.formula).toBe('=FINSAM.IMPACTINDEX($G$7:$G$40,$I$7:$I$40)');
    expect(labelled(plan, 'Målindex')?.value).toBe(70);
    expect(labelled(plan, 'Angivet maximalt Impactvärde')).toMatchObject({ row: 13, col: 12, value: 172 });
    expect(labelled(plan, 'Angivet Impactvärde')?.value).toBe(134);
  });

  test('the weight rule reads its tolerance from FINSAM-regler and its targets from the area block', () => {
    expect(labelled(plan, 'Tolerans för viktregeln')?.formula).toBe("='FINSAM-regler'!$B$7");
    expect(labelled(plan, 'Viktregeln uppfylld')?.formula).toBe('=FINSAM.WEIGHTSOK($G$7:$G$40,$B$7:$B$40,$L$18:$L$22,$M$18:$M$22,$M$12)');
    const area = plan.cells.filter((cell) => cell.row === 17 && cell.col >= 11);
    expect(area.map((cell) => cell.value ?? cell.formula)).toMatchSnapshot();
  });

  test('a second sheet for a platform gets a table name of its own (table names are workbook-wide)', () => {
    expect(planSocialBudget(socialBudgetExample2021(1), 'Ungdomstorget').tables[0].name).toBe('Indikatorer_Ungdomstorget');
  });

  test('literal text is never a formula, and every formula is en-US starting with "="', () => {
    for (const cell of plan.cells) {
      if (cell.formula !== undefined) expect(cell.formula.startsWith('=')).toBe(true);
      if (cell.formula !== undefined) expect(cell.value).toBeUndefined();
      if (cell.formula !== undefined) expect(cell.formula).not.toContain(';');
    }
  });

  test('each example states its source in a note cell', () => {
    for (const model of [socialBudgetExample2021(1), socialBudgetExample2021(2), socialBudgetStructure2022()]) {
      const source = labelled(planSocialBudget(model), 'Källa');
      expect(source?.style).toBe('note');
      expect(source?.value).toMatch(/underlag 003/);
    }
  });
});

describe('the examples as models', () => {
  const count = (model: SocialBudgetModel) => model.areas.map((area) => [area.goals.length, area.goals.reduce((n, goal) => n + goal.indicators.length, 0)]);
  const weights = (model: SocialBudgetModel) => model.areas.map((area) => area.goals.flatMap((goal) => goal.indicators).reduce((sum, i) => sum + i.weight, 0));

  test('2022 follows Tabell 1: 5 areas, 21 goals, 70 indicators (3/12, 5/21, 5/13, 5/15, 3/9)', () => {
    const model = socialBudgetStructure2022();
    expect(count(model)).toEqual([[3, 12], [5, 21], [5, 13], [5, 15], [3, 9]]);
    expect(indicatorsOf(model)).toHaveLength(70);
    expect(weights(model)).toEqual([78, 48, 30, 20, 24]);
  });

  test('every weight is a whole number 1–10', () => {
    for (const model of [socialBudgetExample2021(1), socialBudgetStructure2022()]) {
      for (const { indicator } of indicatorsOf(model)) expect(Number.isInteger(indicator.weight) && indicator.weight >= 1 && indicator.weight <= 10).toBe(true);
    }
  });

  test('indicator texts not in the seeds are marked invented (60 of 70 in 2022)', () => {
    const invented = indicatorsOf(socialBudgetStructure2022()).filter(({ indicator }) => indicator.invented);
    expect(invented).toHaveLength(60);
    const plan = planSocialBudget(socialBudgetStructure2022());
    expect(plan.cells.filter((cell) => cell.col === 9 && cell.value === 'ja')).toHaveLength(60);
  });

  test('the 2021 example: weights 176 in all, 72/44/26/17/17 by area (seed 003, Bilaga 1)', () => {
    expect(weights(socialBudgetExample2021(1))).toEqual([72, 44, 26, 17, 17]);
  });
});
