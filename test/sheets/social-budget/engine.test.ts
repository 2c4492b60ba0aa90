import { defaultRuleSet } from '../../../src/domain';
import { Grid } from '../../../src/sheets/grid';
import { socialBudgetExample2021, socialBudgetStructure2022 } from '../../../src/sheets/social-budget/examples';
import { SocialBudgetModel } from '../../../src/domain/models/social-budget';
import { readSocialBudget } from '../../../src/sheets/social-budget/read';
import { socialBudgetSheet } from '../../../src/sheets/social-budget';
import { contextFor, editable, recalculated, sideRow, valueBeside } from './support';

const readBack = (grid: Grid, year: number) => readSocialBudget(grid, contextFor(year));
const AREAS = ['Samhälls- och medlemsnytta', 'Jämlik samverkan', 'Deltagarnyttan', 'Samordning', 'Medarbetarnöjdhet'];

describe('the social budget recalculated in the engine (seed 003, Bilaga 1)', () => {
  test('example 1: 134 of 176 → Impactindex 76 (76,136…), the target 70 is beaten', () => {
    const grid = recalculated(socialBudgetExample2021(1));
    expect(valueBeside(grid, 'Maximalt Impactvärde')).toBe(176);
    expect(valueBeside(grid, 'Impactvärde')).toBe(134);
    expect(valueBeside(grid, 'Impactindex')).toBeCloseTo(76.136, 3);
    expect(Math.round(valueBeside(grid, 'Impactindex') as number)).toBe(76);
    expect(valueBeside(grid, 'Målindex nått')).toBe(true);
  });

  test('example 1: "85 % av målen uppfylldes" inside Samhälls- och medlemsnytta (61 of 72)', () => {
    const row = sideRow(recalculated(socialBudgetExample2021(1)), 'Samhälls- och medlemsnytta');
    expect(row[6]).toBe(61);
    expect(Math.round(row[7] as number)).toBe(85);
  });

  test('example 2: 1.2.1, 1.3.1, 1.3.2 and two municipalities of 1.4 missed → Impactindex 58', () => {
    const grid = recalculated(socialBudgetExample2021(2));
    expect(valueBeside(grid, 'Impactvärde')).toBe(102);
    expect(Math.round(valueBeside(grid, 'Impactindex') as number)).toBe(58);
    expect(valueBeside(grid, 'Målindex nått')).toBe(false);
  });

  test('2022: the areas weigh 39/24/15/10/12 % and FINSAM.WEIGHTSOK is TRUE against 40/25/15/10/10 ± 5', () => {
    const grid = recalculated(socialBudgetStructure2022());
    expect(valueBeside(grid, 'Maximalt Impactvärde')).toBe(200);
    expect(AREAS.map((area) => sideRow(grid, area)[3])).toEqual([0.39, 0.24, 0.15, 0.1, 0.12]);
    expect(AREAS.map((area) => sideRow(grid, area)[5])).toEqual([true, true, true, true, true]);
    expect(valueBeside(grid, 'Viktregeln uppfylld')).toBe(true);
  });

  test('2022 as a budget: no outcomes yet, so the live Uppnådd cells are empty and the index is 0', () => {
    const grid = recalculated(socialBudgetStructure2022());
    expect(valueBeside(grid, 'Impactindex')).toBe(0);
    expect(grid.values[6][8]).toBe('');
  });

  test.each([
    ['example 1', socialBudgetExample2021(1)],
    ['example 2', socialBudgetExample2021(2)],
    ['2022 structure', socialBudgetStructure2022()],
  ])('round trip %s: plan → engine → grid → reader gives the model back', (_, model) => {
    const result = readBack(recalculated(model), model.year);
    expect(result.findings).toEqual([]);
    expect(result.ok && result.model).toEqual(model);
  });
});

describe('platforms "sammanvägda" (DOMAIN.md §3)', () => {
  const model: SocialBudgetModel = {
    ...socialBudgetExample2021(1),
    platforms: [
      { name: 'Ungdomstorget i Umeå', impactValue: 80, maximum: 100 },
      { name: 'Vuxentorget i Umeå', impactValue: 45, maximum: 76 },
    ],
  };

  test('the whole is Σ impact values / Σ maxima (125/176 = 71,0), not the mean of the indexes (69,6)', () => {
    const combined = sideRow(recalculated(model), 'Alla plattformar sammanvägda');
    expect(combined.slice(1, 3)).toEqual([125, 176]);
    expect(combined[3]).toBeCloseTo((100 * 125) / 176, 10);
  });

  test('round trip keeps the platforms', () => {
    const result = readBack(recalculated(model), 2021);
    expect(result.ok && result.model).toEqual(model);
  });
});

describe('the reader tolerates what a person does to the sheet', () => {
  const model = socialBudgetExample2021(1);
  const grid = recalculated(model);

  test('blank rows inserted, an extra column, and the last area moved to the top give the same model', () => {
    const values = editable(grid);
    const medarbetare = values.filter((row) => row[1] === 'Medarbetarnöjdhet');
    const others = values.filter((row) => row[1] !== 'Medarbetarnöjdhet');
    const header = others.findIndex((row) => row[0] === 'Kod');
    // Moving whole rows takes the side blocks' cells with them: keep columns L onwards in place.
    const tableOnly = (rows: typeof values) => rows.map((row) => row.slice(0, 11));
    const reordered = [...tableOnly(others.slice(0, header + 1)), ...tableOnly(medarbetare), [], ...tableOnly(others.slice(header + 1))];
    const merged = reordered.map((row, index) => [...row, ...Array(Math.max(0, 11 - row.length)).fill(null), ...(values[index]?.slice(11) ?? [])]);
    const widened = merged.map((row, index) => [...row.slice(0, 1), index === header ? 'Kommentar' : index % 4 === 0 ? 'se protokoll' : null, ...row.slice(1)]);
    const result = readBack({ sheet: 'Social budget', values: widened }, 2021);
    expect(result.findings).toEqual([]);
    expect(result.ok && result.model).toEqual(model);
  });

  test('weights typed as text ("7", " 8 "), achieved as ja/nej/SANT/1 read as numbers and booleans', () => {
    const values = editable(grid);
    for (const row of values.slice(6, 40)) {
      row[6] = ` ${row[6]} `;
      if (typeof row[8] === 'boolean') row[8] = [row[8] ? 'ja' : 'nej', row[8] ? 'SANT' : 'FALSKT', row[8] ? 1 : 0][(row[0] as string).length % 3];
    }
    const result = readBack({ sheet: 'Social budget', values }, 2021);
    expect(result.ok && result.model).toEqual(model);
  });

  test('detect: the social budget is recognised by its table, whatever the sheet is called', () => {
    expect(socialBudgetSheet.detect({ ...grid, sheet: 'Blad1' })).toBe(true);
    expect(socialBudgetSheet.detect({ sheet: 'Budget', values: [['Budget', 2021]] })).toBe(false);
  });

  test('the rule set is read from context: another weight scale changes what is on the scale', () => {
    const rules = { ...defaultRuleSet(2021), weightScale: 7 };
    const result = readSocialBudget(grid, { rules, grids: [] });
    expect(result.ok).toBe(true);
    expect(socialBudgetSheet.validate(grid, { rules, grids: [] }).filter((f) => f.rule === 'weight-scale')).toHaveLength(6);
  });
});
