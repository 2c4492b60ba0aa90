import fc from 'fast-check';
import { stakeholderAnalysis2020, stakeholderSheet } from '../../../src/sheets/stakeholders';
import { planStakeholders } from '../../../src/sheets/stakeholders/plan';
import { findRow, Grid } from '../../../src/sheets/grid';
import { stakeholderLabels } from '../../../src/text/sheet-labels';
import { checkFinding, contextOf, damagedGrid, hostileGrid, recalculated, RUNS, typedAsText, withBlankRowAt, withCell, withColumnAt, withRowsSwapped } from '../follow-up/support';

const model = stakeholderAnalysis2020();
const plan = planStakeholders(model);
const grid = recalculated(plan);
const context = contextOf(grid, 2020);
const rowOf = (name: string) => (findRow(grid, name) as number) + 1;

describe('stakeholder analysis 2020, recalculated in the engine (seed 002)', () => {
  test('the core stakeholders of the intressentstjärna are there, each with interest and influence 1–5', () => {
    const names = model.stakeholders.map((s) => s.name);
    for (const name of ['Samordningsförbundets styrelse', 'Umeå kommun', 'Region Västerbotten', 'Försäkringskassan', 'Arbetsförmedlingen', 'Deltagarna', 'Personalen', 'Arbetsgivare']) {
      expect(names).toContain(name);
    }
    expect(names.filter((name) => name.endsWith('kommun'))).toHaveLength(5);
  });

  test('importance index = interest + influence ("Vilket intresse + Vilket inflytande = Betydelseindex")', () => {
    expect(grid.values[rowOf('Region Västerbotten') - 1].slice(1, 5)).toEqual([4, 5, 9, 'Nyckelintressent']);
    expect(grid.values[rowOf('Deltagarna') - 1].slice(1, 5)).toEqual([5, 2, 7, 'Håll informerad']);
    expect(grid.values[rowOf('Arbetsgivare') - 1].slice(1, 5)).toEqual([2, 4, 6, 'Håll nöjd']);
  });

  test('the dialogue matrix is a scatter chart of interest (x) against influence (y), named by stakeholder', () => {
    const last = 6 + model.stakeholders.length;
    expect(plan.charts).toEqual([
      expect.objectContaining({ kind: 'scatter', title: 'Dialogmatris', xTitle: 'Intresse', yTitle: 'Inflytande', x: `B7:B${last}`, y: `C7:C${last}`, labels: `A7:A${last}` }),
    ]);
    // Quadrant lines where QUADRANT splits: (1 + 5) / 2 = 3 on the 1–5 scale.
    expect(plan.charts?.[0]).toMatchObject({ min: 1, max: 5, midpoint: 3 });
    expect(plan.cells.find((cell) => cell.row === 6 && cell.col === 3)?.formula).toBe('=FINSAM.IMPORTANCE(B7,C7,$B$4)');
    expect(plan.cells.find((cell) => cell.row === 6 && cell.col === 4)?.formula).toBe('=FINSAM.QUADRANT(B7,C7,$B$4)');
  });
});

describe('reading the stakeholder sheet back', () => {
  test('plan → engine → reader gives the model back', () => {
    expect(stakeholderSheet.read(grid, context)).toEqual({ ok: true, model, findings: [] });
    expect(stakeholderSheet.detect(grid)).toBe(true);
  });

  test('blank rows, an extra column and ratings typed as text change nothing', () => {
    let edited = withCell(grid, `B${rowOf('Personalen')}`, typedAsText(5) as string);
    edited = withColumnAt(withBlankRowAt(edited, rowOf('Deltagarna') - 1), 3);
    expect(stakeholderSheet.read(edited, context)).toEqual({ ok: true, model, findings: [] });
  });

  test('moved rows move their stakeholder', () => {
    const read = stakeholderSheet.read(withRowsSwapped(grid, 6, 7), context);
    expect(read.ok && read.model.stakeholders[0].name).toBe('Umeå kommun');
  });

  test('a rating outside 1–5 cannot be read: a finding at its cell', () => {
    const at = `C${rowOf('Försäkringskassan')}`;
    const read = stakeholderSheet.read(withCell(grid, at, 7), context);
    expect(read).toEqual({ ok: false, findings: [expect.objectContaining({ rule: 'unreadable', severity: 'error', where: { sheet: 'Intressentanalys', cell: at } })] });
    expect(read.findings[0].message).toBe('Inflytande (Försäkringskassan) är 7; det ska vara ett heltal 1–5.');
  });
});

describe('validating the stakeholder sheet', () => {
  test('the example as planned has nothing to report', () => {
    expect(stakeholderSheet.validate(grid, context)).toEqual([]);
  });

  test('an importance index or quadrant typed over its formula must follow from the ratings', () => {
    const row = rowOf('Arbetsförmedlingen');
    const edited = withCell(withCell(grid, `D${row}`, 9), `E${row}`, 'Bevaka');
    const findings = stakeholderSheet.validate(edited, context);
    expect(findings.map((f) => [f.rule, f.where.cell])).toEqual([
      ['stated-total', `D${row}`],
      ['stated-total', `E${row}`],
    ]);
    expect(findings[0].message).toBe('Betydelseindex för Arbetsförmedlingen visar 9 men intresse 4 + inflytande 4 är 8.');
    expect(findings[1].message).toBe('Dialogmatrisen för Arbetsförmedlingen visar "Bevaka" men intresse och inflytande ger "Nyckelintressent".');
  });
});

const words = [...Object.values(stakeholderLabels).flatMap((word) => (typeof word === 'string' ? [word] : [])), 'Deltagarna', 'Nyckelintressent'];

function answersWell(sheet: Grid): void {
  const read = stakeholderSheet.read(sheet, contextOf(sheet));
  if (!read.ok && read.findings.length === 0) throw new Error('a failed read without a finding');
  read.findings.forEach((finding) => checkFinding(finding, sheet.sheet));
  stakeholderSheet.validate(sheet, contextOf(sheet)).forEach((finding) => checkFinding(finding, sheet.sheet));
}

describe('the stakeholder reader and checks on any grid (fast-check)', () => {
  test('random grids: findings or a model, never an exception', () => {
    fc.assert(fc.property(hostileGrid('Intressentanalys', words), answersWell), { numRuns: RUNS });
  });

  test('the example sheet damaged: findings or a model, never an exception', () => {
    fc.assert(fc.property(damagedGrid(grid), answersWell), { numRuns: RUNS });
  });
});
