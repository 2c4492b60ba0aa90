/**
 * Outcomes as counts on the social budget sheet (issue 14, item 2; DOMAIN.md §7): "117 av 133" typed in
 * Utfall, or the Antal and Av columns, give the rate; a stated percentage its counts cannot give is a
 * finding at its cell.
 */
import { defaultRuleSet } from '../../../src/domain';
import { Grid } from '../../../src/sheets/grid';
import { CellContent } from '../../../src/sheets/plan';
import { planRules } from '../../../src/sheets/rules/plan';
import { socialBudgetExample2021 } from '../../../src/sheets/social-budget/examples';
import { indicatorsOf } from '../../../src/domain/models/social-budget';
import { planSocialBudget } from '../../../src/sheets/social-budget/plan';
import { readSocialBudget } from '../../../src/sheets/social-budget/read';
import { validateSocialBudget } from '../../../src/sheets/social-budget/validate';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';
import { contextFor } from './support';

/** Row 29 (index 28) holds 3.1.2: at least 80 % feel respected, outcome 78 %, Uppnådd a live FINSAM.ACHIEVED. */
const ROW = 28;
const OUTCOME = 'H29';

/** The 2021 sheet after a person typed into cells, recalculated as Excel would (Uppnådd follows Utfall). */
function typed(changes: Record<string, CellContent>): Grid {
  const engine = engineFromPlan({ sheets: [planRules(defaultRuleSet(2021)), planSocialBudget(socialBudgetExample2021(1))] });
  const sheet = engine.getSheetId('Social budget') ?? 0;
  for (const [a1, value] of Object.entries(changes)) {
    const address = engine.simpleCellAddressFromString(a1, sheet);
    if (!address) throw new Error(a1);
    engine.setCellContents(address, [[value]]);
  }
  return gridOf(engine, 'Social budget');
}

const indicator = (grid: Grid, code: string) => {
  const read = readSocialBudget(grid, contextFor(2021));
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return indicatorsOf(read.model).find((entry) => entry.indicator.code === code)?.indicator;
};

describe('outcomes as counts', () => {
  test('"117 av 133" in Utfall reads as the rate 117/133 with its counts; Uppnådd follows from the rate', () => {
    const grid = typed({ [OUTCOME]: '117 av 133' });
    // FINSAM.ACHIEVED takes a number, so Excel shows #VALUE! in Uppnådd; the reader decides from the counts.
    expect(grid.values[ROW][8]).toBe('#VALUE!');
    expect(indicator(grid, '3.1.2')).toMatchObject({ outcome: 117 / 133, count: 117, base: 133, achieved: true });
    // Achieved now, 3.1.2 (weight 4) makes the example's stated impact value 134 wrong (138): the counts count.
    const findings = validateSocialBudget(grid, contextFor(2021));
    expect(findings.filter((finding) => finding.rule === 'stated-total').map((finding) => finding.message)).toEqual([
      'Angivet Impactvärde är 134 men de uppnådda indikatorernas vikter summerar till 138; skillnad -4.',
    ]);
    // The sheet's own Uppnådd cannot compute on text: a warning says how to keep the sheet live.
    expect(findings.filter((finding) => finding.rule === 'unreadable' || finding.rule === 'impossible-rate')).toEqual([
      {
        rule: 'unreadable',
        severity: 'warning',
        message:
          'Uppnådd för indikator 3.1.2 visar #VALUE! eftersom Utfall är skrivet som antal; skriv =117/133 i Utfall, eller antalen i kolumnerna Antal och Av, så räknar bladets Impactindex med indikatorn.',
        where: { sheet: 'Social budget', cell: 'I29' },
      },
    ]);
  });

  test('"88 % (117 av 133)" and "66 %, 179 deltagare av de 271" are fine: their percentages follow from the counts', () => {
    for (const text of ['88 % (117 av 133)', '66 %, 179 deltagare av de 271']) {
      const findings = validateSocialBudget(typed({ [OUTCOME]: text }), contextFor(2021));
      expect(findings.filter((finding) => finding.rule === 'impossible-rate')).toEqual([]);
    }
    // 179 of 271 is 66 %, below 80 % and below 76 %: not achieved.
    expect(indicator(typed({ [OUTCOME]: '66 %, 179 deltagare av de 271' }), '3.1.2')).toMatchObject({ count: 179, base: 271, achieved: false });
  });

  test('a stated 85,5 % of 12 av 14 (which is 85,7 %) is a finding at the outcome cell', () => {
    const findings = validateSocialBudget(typed({ [OUTCOME]: '85,5 % (12 av 14)' }), contextFor(2021));
    expect(findings.filter((finding) => finding.rule === 'impossible-rate')).toEqual([
      {
        rule: 'impossible-rate',
        severity: 'error',
        message: 'Indikator 3.1.2: andelen 85,5 % följer inte av 12 av 14, som ger 85,7 %; rätta andelen eller antalen.',
        where: { sheet: 'Social budget', cell: OUTCOME },
      },
    ]);
  });

  test('a count above its base is a finding, and the outcome stays the words typed', () => {
    const grid = typed({ [OUTCOME]: '140 av 133' });
    const findings = validateSocialBudget(grid, contextFor(2021)).filter((finding) => finding.rule === 'impossible-rate');
    expect(findings.map((finding) => [finding.message, finding.where.cell])).toEqual([['Indikator 3.1.2: antalet 140 är fler än de 133 det räknas av; rätta antalen.', OUTCOME]]);
  });

  describe('the Antal and Av columns a treasurer adds beside the table', () => {
    // The plan's table has no such columns; the test adds them far right of the side blocks, on the header row.
    test('counts beside a blank Utfall give the rate, beside a typed rate check it', () => {
      const header = typed({}).values.findIndex((row) => row.includes('Uppnådd'));
      const at = (col: string, row: number) => `${col}${row + 1}`;
      const cols = { [at('Z', header)]: 'Antal', [at('AA', header)]: 'Av' };
      const blankOutcome = typed({ ...cols, [OUTCOME]: null, [at('Z', ROW)]: 117, [at('AA', ROW)]: 133 });
      expect(indicator(blankOutcome, '3.1.2')).toMatchObject({ outcome: 117 / 133, count: 117, base: 133 });

      const stated = typed({ ...cols, [OUTCOME]: 0.855, [at('Z', ROW)]: 12, [at('AA', ROW)]: 14 });
      const findings = validateSocialBudget(stated, contextFor(2021)).filter((finding) => finding.rule === 'impossible-rate');
      expect(findings.map((finding) => [finding.message, finding.where.cell])).toEqual([
        ['Indikator 3.1.2: andelen 85,5 % följer inte av 12 av 14, som ger 85,7 %; rätta andelen eller antalen.', OUTCOME],
      ]);
      expect(validateSocialBudget(typed({ ...cols, [OUTCOME]: 0.857, [at('Z', ROW)]: 12, [at('AA', ROW)]: 14 }), contextFor(2021)).filter((f) => f.rule === 'impossible-rate')).toEqual([]);
    });

    test('a count that is not a whole number is unreadable at its cell', () => {
      const header = typed({}).values.findIndex((row) => row.includes('Uppnådd'));
      const grid = typed({ [`Z${header + 1}`]: 'Antal', [`AA${header + 1}`]: 'Av', [`Z${ROW + 1}`]: 'många', [`AA${ROW + 1}`]: 14 });
      const findings = validateSocialBudget(grid, contextFor(2021)).filter((finding) => finding.rule === 'unreadable');
      expect(findings.map((finding) => [finding.message, finding.where.cell])).toEqual([
        ['Antal för indikator 3.1.2 är "många"; det ska vara ett heltal 0 eller större (som i "117 av 133": Antal 117, Av 133).', `Z${ROW + 1}`],
      ]);
    });
  });

  test('a model with counts is written =117/133 in Utfall, live in Uppnådd, and reads back with its counts', () => {
    const base = socialBudgetExample2021(1);
    const withCounts = {
      ...base,
      areas: base.areas.map((area) => ({
        ...area,
        goals: area.goals.map((goal) => ({
          ...goal,
          indicators: goal.indicators.map((entry) => (entry.code === '3.1.2' ? { ...entry, outcome: 117 / 133, count: 117, base: 133, achieved: null } : entry)),
        })),
      })),
    };
    const plan = planSocialBudget(withCounts);
    expect(plan.cells.find((cell) => cell.row === ROW && cell.col === 7)?.formula).toBe('=117/133');
    const engine = engineFromPlan({ sheets: [planRules(defaultRuleSet(2021)), plan] });
    const grid = gridOf(engine, 'Social budget');
    expect(grid.values[ROW][8]).toBe(true);
    expect(indicator(grid, '3.1.2')).toMatchObject({ outcome: 117 / 133, count: 117, base: 133, achieved: true });
    expect(validateSocialBudget(grid, contextFor(2021)).filter((finding) => finding.rule === 'impossible-rate' || finding.rule === 'unreadable')).toEqual([]);
  });

  test('a treasurer\'s =12/14 in Utfall is read as counts too', () => {
    expect(indicator(typed({ [OUTCOME]: '=12/14' }), '3.1.2')).toMatchObject({ count: 12, base: 14, achieved: true });
  });

  test('a model without counts reads back without them (the examples are unchanged)', () => {
    expect(indicator(typed({}), '3.1.2')).toEqual(expect.not.objectContaining({ count: expect.anything() }));
  });
});
