import { defaultRuleSet } from '../../../src/domain';
import { Finding } from '../../../src/sheets/findings';
import { Grid } from '../../../src/sheets/grid';
import { CellContent } from '../../../src/sheets/plan';
import { socialBudgetExample2021, socialBudgetStructure2022 } from '../../../src/sheets/social-budget/examples';
import { SocialBudgetModel } from '../../../src/domain/models/social-budget';
import { readSocialBudget } from '../../../src/sheets/social-budget/read';
import { validateSocialBudget } from '../../../src/sheets/social-budget/validate';
import { contextFor, editable, recalculated } from './support';

const check = (grid: Grid, year = 2021): Finding[] => validateSocialBudget(grid, contextFor(year));
const withValues = (grid: Grid, change: (values: CellContent[][]) => void): Grid => {
  const values = editable(grid);
  change(values);
  return { ...grid, values };
};

/** A model of whole weights per area (each indicator weight 1–10), for the weight rule. */
function weighted(sums: Record<string, number>, targets = true): SocialBudgetModel {
  const rules = defaultRuleSet(2022);
  return {
    year: 2022,
    targetIndex: 70,
    source: 'test',
    areas: Object.entries(sums).map(([name, sum], a) => {
      const weights = [...Array(Math.floor(sum / 10)).fill(10), ...(sum % 10 ? [sum % 10] : [])];
      const share = rules.areaTargets.find((target) => target.area === name)?.share;
      return {
        name,
        ...(targets && share !== undefined ? { targetShare: share } : {}),
        goals: [{ code: `${a + 1}.1`, text: 'Mål', indicators: weights.map((weight, i) => ({ code: `${a + 1}.1.${i + 1}`, text: 'Indikator', target: null, comparison: null, weight, outcome: null, achieved: true })) }],
      };
    }),
  };
}

describe('validation of the social budget sheet', () => {
  test('the stated maximum 172 against Σ weights 176 is an error at its cell (seed 003, Bilaga 1)', () => {
    expect(check(recalculated(socialBudgetExample2021(1)))).toEqual([
      {
        rule: 'stated-maximum',
        severity: 'error',
        message: 'Angivet maximalt Impactvärde är 172 men vikterna summerar till 176; skillnad -4.',
        where: { sheet: 'Social budget', cell: 'M14' },
      },
    ]);
  });

  test('the 2022 structure has no findings', () => {
    expect(check(recalculated(socialBudgetStructure2022()), 2022)).toEqual([]);
  });

  test('a stated impact value the achieved weights do not give is an error', () => {
    const grid = recalculated({ ...socialBudgetExample2021(2), statedImpactValue: 134 });
    const finding = check(grid).find((f) => f.rule === 'stated-total');
    expect(finding?.message).toBe('Angivet Impactvärde är 134 men de uppnådda indikatorernas vikter summerar till 102; skillnad 32.');
    expect(finding?.where.cell).toBe('M15');
  });

  test('weights off the scale, not whole, as words or missing are errors naming the cell', () => {
    const grid = withValues(recalculated(socialBudgetExample2021(1)), (values) => {
      values[6][6] = 12;
      values[7][6] = 2.5;
      values[8][6] = 'sju';
      values[9][6] = null;
    });
    const weights = check(grid).filter((f) => f.rule === 'weight-scale');
    expect(weights.map((f) => [f.where.cell, f.message])).toEqual([
      ['G9', 'Indikator 1.1.3 har vikten "sju"; en vikt ska vara ett heltal 1–10.'],
      ['G10', 'Indikator 1.2.1 saknar vikt (en vikt ska vara ett heltal 1–10); fyll i vikten eller töm raden.'],
      ['G7', 'Indikator 1.1.1 har vikten 12; en vikt ska vara ett heltal 1–10.'],
      ['G8', 'Indikator 1.1.2 har vikten 2,5; en vikt ska vara ett heltal 1–10.'],
    ]);
    expect(readSocialBudget(grid, contextFor(2021)).ok).toBe(false);
  });

  test('Medarbetarnöjdhet at 16 % and Samhälls- och medlemsnytta at 33 % fail the weight rule, with the numbers', () => {
    const grid = recalculated(weighted({ 'Samhälls- och medlemsnytta': 33, 'Jämlik samverkan': 24, Deltagarnyttan: 15, Samordning: 12, Medarbetarnöjdhet: 16 }));
    const areas = check(grid, 2022).filter((f) => f.rule === 'area-weighting');
    expect(areas.map((f) => [f.where.cell, f.message])).toEqual([
      ['L16', 'Samhälls- och medlemsnytta har 33 % av vikterna; målet är 40 % ± 5 procentenheter.'],
      ['L20', 'Medarbetarnöjdhet har 16 % av vikterna; målet är 10 % ± 5 procentenheter.'],
    ]);
  });

  test('an area without a target share is an error', () => {
    const model = weighted({ 'Samhälls- och medlemsnytta': 40, 'Jämlik samverkan': 25, Deltagarnyttan: 15, Samordning: 10, Medarbetarnöjdhet: 5, Kommunikation: 5 });
    const areas = check(recalculated(model), 2022).filter((f) => f.rule === 'area-weighting');
    expect(areas.map((f) => f.message)).toEqual(['Målområdet "Kommunikation" saknar målandel; ange den bland målandelarna på bladet eller på bladet FINSAM-regler.']);
    expect(areas[0].where.cell).toBe('M21');
  });

  test('without an area block, the targets of FINSAM-regler are used', () => {
    const grid = withValues(recalculated(weighted({ 'Samhälls- och medlemsnytta': 33, 'Jämlik samverkan': 31, Deltagarnyttan: 15, Samordning: 11, Medarbetarnöjdhet: 10 })), (values) => {
      for (const row of values) row.splice(11);
    });
    const areas = check(grid, 2022).filter((f) => f.rule === 'area-weighting');
    expect(areas.map((f) => f.message)).toEqual([
      'Samhälls- och medlemsnytta har 33 % av vikterna; målet är 40 % ± 5 procentenheter.',
      'Jämlik samverkan har 31 % av vikterna; målet är 25 % ± 5 procentenheter.',
    ]);
    expect(areas[0].where.cell).toBe('B7');
  });

  test('a sheet target that differs from FINSAM-regler is a warning; shares not summing to 100 % an error', () => {
    const model = socialBudgetStructure2022();
    const grid = recalculated({ ...model, areas: model.areas.map((area, i) => (i === 4 ? { ...area, targetShare: 0.12 } : area)) });
    const findings = check(grid, 2022);
    expect(findings.map((f) => [f.severity, f.where.cell, f.message])).toEqual([
      ['warning', 'M20', 'Målandelen för Medarbetarnöjdhet är 12 % här men 10 % på bladet FINSAM-regler.'],
      ['error', 'M16:M20', 'Målandelarna summerar till 102 %; de ska summera till 100 % (1,0), med högst 0,1 procentenheters avvikelse.'],
    ]);
  });

  test('an Impactindex typed over its formula must still follow from the table', () => {
    const grid = withValues(recalculated(socialBudgetExample2021(2)), (values) => {
      values[8][12] = 76;
    });
    const finding = check(grid).find((f) => f.where.cell === 'M9');
    expect(finding?.message).toBe('Impactindex visar 76 men tabellen ger 57,95; formeln har troligen skrivits över.');
  });

  test('an achieved cell that is not ja/nej is unreadable, named by its indicator and cell', () => {
    const grid = withValues(recalculated(socialBudgetExample2021(1)), (values) => {
      values[6][8] = 'kanske';
    });
    const result = readSocialBudget(grid, contextFor(2021));
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.rule, f.where.cell, f.message])).toEqual([
      ['unreadable', 'I7', 'Uppnådd för indikator 1.1.1 är "kanske"; skriv ja/nej, SANT/FALSKT eller 1/0, eller lämna tomt om utfallet saknas.'],
    ]);
  });

  test('a sheet without the indicator table cannot be read, and says which headers are missing', () => {
    const grid: Grid = { sheet: 'Blad1', values: [['Social budget 2021'], ['Kod', 'Målområde', 'Vikt']] };
    const result = readSocialBudget(grid, contextFor(2021));
    expect(result).toEqual({ ok: false, findings: [expect.objectContaining({ rule: 'unreadable', where: { sheet: 'Blad1', cell: 'A1' } })] });
    expect(result.findings[0].message).toBe('Hittar ingen rubrikrad med "Målområde", "Vikt", "Uppnådd"; bladet kan inte läsas som en social budget.');
  });
});
