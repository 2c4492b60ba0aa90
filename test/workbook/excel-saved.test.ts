import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { exportWorkbookBytes } from '../../src/export/export-file';
import { finsamFunctionName } from '../../src/formula/formula-parser';
import { Grid } from '../../src/sheets/grid';
import { validateWorkbook } from '../../src/sheets/registry';
import { recalculateGrids } from '../../src/workbook/engine/recalculate-grids';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { displayFormula } from '../../src/workbook/xlsx/read/formula-text';
import { excelSaved, finsamSpellings, SAVED_FORMS, SavedForm } from '../support/excel-saved';

/**
 * Issue 11: the committed examples as Excel and scripts really save them (ADDIN.md §8) give the
 * findings of the unsaved original and a fully converted board copy.
 */
const EXAMPLES = join(__dirname, '../../examples');
// Each example is read, recalculated and exported four times; a shared 2-core machine is slow.
const NAMES = readdirSync(EXAMPLES).filter((name) => name.endsWith('.xlsx')).sort();

async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  const read = await readXlsxGrids(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** What `finsam check` does: recalculate, then the sheet checks on the recalculated grids. */
async function checked(bytes: Uint8Array) {
  const recalculated = recalculateGrids(await gridsOf(bytes));
  if (!recalculated.ok) throw new Error(recalculated.reason);
  return { findings: validateWorkbook(recalculated.grids, { year: 2022 }), changed: recalculated.changed, grids: recalculated.grids };
}

async function nativeFormulas(bytes: Uint8Array): Promise<number> {
  const exported = await exportWorkbookBytes(bytes);
  if (!exported.ok) throw new Error(exported.error.message);
  return exported.value.conversions.filter((conversion) => conversion.newFormula !== undefined).length;
}

function finsamCells(grids: readonly Grid[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const grid of grids) {
    const cells = (grid.formulas ?? []).flat().filter((formula) => formula && /FINSAM\./.test(formula)).length;
    if (cells > 0) counts.set(grid.sheet, cells);
  }
  return counts;
}

test('all eight committed examples are here', () => {
  expect(NAMES).toHaveLength(8);
});

describe.each(NAMES)('%s saved by Excel or a script', (name) => {
  const original = new Uint8Array(readFileSync(join(EXAMPLES, name)));
  let expected: Awaited<ReturnType<typeof checked>>;
  let expectedNative: number;
  beforeAll(async () => {
    expected = await checked(original);
    expectedNative = await nativeFormulas(original);
  });

  test('the original: recalculation agrees with its caches, and the export converts every FINSAM formula', async () => {
    expect(expected.changed).toEqual([]);
    // Without recalculation (--cached) the original gives the same findings.
    expect(validateWorkbook(await gridsOf(original), { year: 2022 })).toEqual(expected.findings);
    expect(finsamCells(expected.grids).size).toBeGreaterThan(0);
    expect(expectedNative).toBeGreaterThan(0);
  });

  test.each(SAVED_FORMS)('%s: the same findings and as many native formulas as the original', async (form: SavedForm) => {
    const saved = await excelSaved(original, form);
    const spellings = await finsamSpellings(saved);
    // The rewrite really happened: a test on an unchanged file would prove nothing.
    if (form === 'noCaches') expect(spellings.formulaValues).toBe(0);
    else expect(spellings).toMatchObject({ typed: 0, saved: expect.any(Number) });
    if (form !== 'noCaches') expect(spellings.saved).toBeGreaterThan(0);
    if (form === 'nameErrors') expect(spellings.nameCaches).toBe([...finsamCells(expected.grids).values()].reduce((a, b) => a + b, 0));

    const result = await checked(saved);
    expect(result.findings).toEqual(expected.findings);
    expect(await nativeFormulas(saved)).toBe(expectedNative);
    if (form === 'xldudf') expect(result.changed).toEqual([]);
    // Every FINSAM cell cached #NAME?, and each is recomputed: one count per sheet, not a finding per cell.
    if (form === 'nameErrors') expect(new Map(result.changed.map(({ sheet, cells }) => [sheet, cells]))).toEqual(finsamCells(expected.grids));
    if (form === 'noCaches') expect(result.changed.length).toBeGreaterThan(0);
  });
});

describe('recalculated #NAME? workbooks give the seed figures, not 0 or an error', () => {
  const row = (grid: Grid, prefix: string) => grid.values.find((cells) => typeof cells[0] === 'string' && cells[0].startsWith(prefix)) ?? [];
  const beside = (grid: Grid, label: string) => {
    const cells = grid.values.find((line) => line.some((cell) => cell === label)) ?? [];
    return cells[cells.indexOf(label) + 1];
  };
  const saved = async (name: string) => (await checked(await excelSaved(new Uint8Array(readFileSync(join(EXAMPLES, name))), 'nameErrors'))).grids;

  test('budget 2021–2023 (seed 003): Umeå pays 2 353 in 2022 and 2023 by FINSAM.CONTRIBUTION (2021 is typed: 2 359)', async () => {
    const cached = (await gridsOf(await excelSaved(new Uint8Array(readFileSync(join(EXAMPLES, 'budget-2021-2023.xlsx'))), 'nameErrors'))).find((g) => g.sheet === 'Budget')!;
    expect(row(cached, 'Umeå kommun,').slice(1, 4)).toEqual([2359, '#NAME?', '#NAME?']);
    const budget = (await saved('budget-2021-2023.xlsx')).find((g) => g.sheet === 'Budget')!;
    expect(row(budget, 'Umeå kommun,').slice(1, 4)).toEqual([2359, 2353, 2353]);
  });

  test('social budget (seed 003 Bilaga 1): Impactvärde 134 of 176, Impactindex 76', async () => {
    const sheet = (await saved('social-budget-2021-2022.xlsx')).find((g) => g.sheet === 'Social budget 2021')!;
    expect(beside(sheet, 'Impactvärde')).toBe(134);
    // 100 × 134 / 176 = 76,136…
    expect(beside(sheet, 'Impactindex')).toBeCloseTo(76.136, 3);
  });
});

describe('the reader gives FINSAM.NAME( for every spelling Excel saves, in one place', () => {
  test.each([
    ['_xldudf_FINSAM_SHARES(2990,B2:B6,0)', '=FINSAM.SHARES(2990,B2:B6,0)'],
    ['_xldudf_finsam_impactIndex(G7:G40,I7:I40)', '=FINSAM.IMPACTINDEX(G7:G40,I7:I40)'],
    ['_xludf.FINSAM.RATE(A1:A2,B1:B2)', '=FINSAM.RATE(A1:A2,B1:B2)'],
    ['_xlfn._xldudf_FINSAM_FYE(A1:A3)', '=FINSAM.FYE(A1:A3)'],
    ['finsam.equitycap(11380)', '=FINSAM.EQUITYCAP(11380)'],
    ['SUM(_xldudf_FINSAM_SHARES(10,{1;1},0))+_xldudf_FINSAM_RATE(A1,B1)', '=SUM(FINSAM.SHARES(10,{1;1},0))+FINSAM.RATE(A1,B1)'],
  ])('%s → %s', (stored, shown) => expect(displayFormula(stored)).toBe(shown));

  test('never inside text, sheet names or table brackets, nor in a longer name', () => {
    const stored = `"_xldudf_FINSAM_SHARES("&'_xldudf_FINSAM_X('!A1&T[_xldudf_FINSAM_Y(]&MY_xldudf_FINSAM_Z(1)&SUM(1)`;
    expect(displayFormula(stored)).toBe(`=${stored}`);
  });

  test('the export names the function through the same rule', () => {
    expect(['FINSAM.SHARES', '_xldudf_FINSAM_SHARES', '_xludf.finsam.shares', 'SUM', 'FINSAMX.SHARES'].map(finsamFunctionName)).toEqual([
      'SHARES',
      'SHARES',
      'SHARES',
      undefined,
      undefined,
    ]);
  });
});
