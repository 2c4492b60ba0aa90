import fc from 'fast-check';
import { fullYearEquivalents2022, fyeSheet } from '../../../src/sheets/fye';
import { planFye } from '../../../src/sheets/fye/plan';
import { findRow, Grid } from '../../../src/sheets/grid';
import { fyeLabels } from '../../../src/text/sheet-labels';
import { checkFinding, contextOf, damagedGrid, hostileGrid, recalculated, RUNS, typedAsText, withBlankRowAt, withCell, withColumnAt, withRowsSwapped } from '../follow-up/support';

const model = fullYearEquivalents2022();
const grid = recalculated(planFye(model));
const context = contextOf(grid);
const rowOf = (name: string) => (findRow(grid, name) as number) + 1;

describe('full-year equivalents January–June 2021–2022, recalculated in the engine (DOMAIN.md §5)', () => {
  test('share = FYE / working-age population, per municipality and period', () => {
    const vannas = grid.values[rowOf('Vännäs kommun') - 1];
    expect(vannas[3]).toBeCloseTo(455 / 4930, 12);
    expect(vannas[6]).toBeCloseTo(462 / 4945, 12);
  });

  test('the change is relative to the previous share, and the goal is a fall of at least 1 %', () => {
    const umea = grid.values[rowOf('Umeå kommun') - 1];
    expect(umea[7]).toBeCloseTo((7610 / 80420 - 7920 / 79850) / (7920 / 79850), 12);
    const met = model.rows.map((row) => grid.values[rowOf(row.municipality) - 1][8]);
    expect(met).toEqual([true, false, true, false, true, true]);
  });

  test('the whole association is pooled: Σ FYE / Σ population, not the mean of the shares', () => {
    const total = grid.values[rowOf('Hela förbundet') - 1];
    expect(total.slice(1, 3)).toEqual([9504, 96250]);
    expect(total[3]).toBeCloseTo(9504 / 96250, 12);
  });

  test('in the mode "pp" the change is the difference of the shares', () => {
    const pp = recalculated(planFye({ ...model, mode: 'pp' }));
    const vindeln = pp.values[(findRow(pp, 'Vindelns kommun') as number)];
    expect(vindeln[7]).toBeCloseTo(271 / 2790 - 268 / 2810, 12);
    expect(fyeSheet.read(pp, context)).toMatchObject({ ok: true, model: { mode: 'pp' } });
  });

  test('shares, change and goal are live FINSAM formulas', () => {
    const formulas = planFye(model).cells.flatMap((cell) => (cell.formula ? [cell.formula] : []));
    expect(formulas).toContain('=FINSAM.FYESHARE(B8,C8)');
    expect(formulas).toContain('=FINSAM.FYECHANGE(D8,G8,$B$5)');
    expect(formulas).toContain('=H8<=$B$4');
  });
});

describe('reading the FYE sheet back', () => {
  test('plan → engine → reader gives the model back', () => {
    expect(fyeSheet.read(grid, context)).toEqual({ ok: true, model, findings: [] });
    expect(fyeSheet.detect(grid)).toBe(true);
  });

  test('blank rows, an extra column and numbers typed as text ("79 850") change nothing', () => {
    let edited = withCell(grid, `C${rowOf('Umeå kommun')}`, typedAsText(79850));
    edited = withColumnAt(withBlankRowAt(edited, rowOf('Vindelns kommun') - 1), 4);
    expect(fyeSheet.read(edited, context)).toEqual({ ok: true, model, findings: [] });
  });

  test('moved rows move their municipality', () => {
    const read = fyeSheet.read(withRowsSwapped(grid, 7, 8), context);
    expect(read.ok && read.model.rows.slice(0, 2).map((row) => row.municipality)).toEqual(['Vännäs kommun', 'Umeå kommun']);
  });

  test('a negative population and an unknown mode are findings at their cells', () => {
    const edited = withCell(withCell(grid, `F${rowOf('Bjurholms kommun')}`, -1240), 'B5', 'procent');
    const read = fyeSheet.read(edited, context);
    expect(read.findings.map((f) => [f.where.cell, f.message])).toEqual([
      [`F${rowOf('Bjurholms kommun')}`, 'Arbetsför befolkning 2022 (Bjurholms kommun) är -1 240; det får inte vara negativt.'],
      ['B5', 'Läget är "procent"; skriv "relativ" (standard) eller "pp" (procentenheter).'],
    ]);
  });
});

describe('validating the FYE sheet', () => {
  test('the example as planned has nothing to report', () => {
    expect(fyeSheet.validate(grid, context)).toEqual([]);
  });

  test('a share typed over its formula must be the computed one rounded as typed', () => {
    const at = `G${rowOf('Vännäs kommun')}`;
    expect(fyeSheet.validate(withCell(grid, at, '9,3 %'), context)).toEqual([]);
    const findings = fyeSheet.validate(withCell(grid, at, '9,5 %'), context);
    expect(findings).toEqual([expect.objectContaining({ rule: 'stated-total', severity: 'error', where: { sheet: 'Helårsekvivalenter', cell: at } })]);
    expect(findings[0].message).toBe('Andel 2022 för Vännäs kommun visar 9,5 % men helårsekvivalenterna och befolkningen ger 9,343 %.');
  });

  test('"goal met" typed TRUE where the share rose is a finding', () => {
    const at = `I${rowOf('Vindelns kommun')}`;
    const findings = fyeSheet.validate(withCell(grid, at, true), context);
    expect(findings.map((f) => f.where.cell)).toEqual([at]);
    expect(findings[0].message).toBe('Mål uppnått för Vindelns kommun visar SANT, men förändringen 1,84 % når inte målet -1 %.');
  });

  test('a population of 0 is reported at its cell (no share can be computed)', () => {
    const at = `C${rowOf('Vännäs kommun')}`;
    const findings = fyeSheet.validate(withCell(grid, at, 0), context);
    expect(findings).toEqual([expect.objectContaining({ rule: 'unreadable', where: { sheet: 'Helårsekvivalenter', cell: at } })]);
    expect(findings[0].message).toContain('Befolkningen är 0');
  });
});

const words = [...Object.values(fyeLabels).flatMap((word) => (typeof word === 'string' ? [word] : [])), 'Helårsekvivalenter 2021', 'Helårsekvivalenter 2022', 'Arbetsför befolkning 2021', 'Arbetsför befolkning 2022'];

function answersWell(sheet: Grid): void {
  const read = fyeSheet.read(sheet, contextOf(sheet));
  if (!read.ok && read.findings.length === 0) throw new Error('a failed read without a finding');
  read.findings.forEach((finding) => checkFinding(finding, sheet.sheet));
  fyeSheet.validate(sheet, contextOf(sheet)).forEach((finding) => checkFinding(finding, sheet.sheet));
}

describe('the FYE reader and checks on any grid (fast-check)', () => {
  test('random grids: findings or a model, never an exception', () => {
    fc.assert(fc.property(hostileGrid('Helårsekvivalenter', words), answersWell), { numRuns: RUNS });
  });

  test('the example sheet damaged: findings or a model, never an exception', () => {
    fc.assert(fc.property(damagedGrid(grid), answersWell), { numRuns: RUNS });
  });
});
