import fc from 'fast-check';
import { participantsSheet, participantsTertial2of2022 } from '../../../src/sheets/participants';
import { planParticipants } from '../../../src/sheets/participants/plan';
import { judgeStatedRate, percentDecimals } from '../../../src/sheets/participants/stated-rate';
import { findRow, Grid } from '../../../src/sheets/grid';
import { participantLabels } from '../../../src/text/sheet-labels';
import { checkFinding, contextOf, damagedGrid, hostileGrid, recalculated, RUNS, typedAsText, valueBeside, withBlankRowAt, withCell, withColumnAt, withRowsSwapped } from '../follow-up/support';

const model = participantsTertial2of2022();
const grid = recalculated(planParticipants(model));
const context = contextOf(grid);
const SMALL = 'Kranskommunernas samordningsteam';
const UMEA = 'Umeå (Ungdomstorget/Vuxentorget)';
const statedRow = (platform: string) => (findRow(grid, platform, 0, findRow(grid, 'Rapportens andelar')) as number) + 1;

describe('participants tertial 2 2022, recalculated in the engine (seed 004)', () => {
  test('14 finished in the small municipalities (7 women/7 men) and 67 in Umeå (27/40), as the report says', () => {
    expect(grid.values[statedRow(SMALL) - 1][3]).toBe(14);
    expect(grid.values[statedRow(UMEA) - 1][3]).toBe(67);
    expect(valueBeside(grid, 'Summa', 2)).toBe(81);
  });

  test('the small municipalities’ rate is pooled: 12/14 = 85,7 %, beside the stated 85,5 %', () => {
    const row = statedRow(SMALL) - 1;
    expect(grid.values[row].slice(1, 4)).toEqual([14, 0.855, 14]);
    expect(grid.values[row][4]).toBeCloseTo(12 / 14, 12);
    const perPlatform = (findRow(grid, SMALL, 0, findRow(grid, 'Andel per plattform')) as number) + 1;
    expect(grid.values[perPlatform - 1][1]).toBeCloseTo(0.857, 3);
  });

  test('rates over all rows are Σ parts / Σ wholes against the targets 80/35/25 %', () => {
    expect(valueBeside(grid, 'Positiv lösning av avslutade')).toBeCloseTo(56 / 81, 12);
    expect([valueBeside(grid, 'Positiv lösning av avslutade', 2), valueBeside(grid, 'Positiv lösning av avslutade', 3)]).toEqual([0.8, false]);
    // "Varav" of those with a positive solution (seed 003 §7.3), the rule set's default base.
    const varav = findRow(grid, 'Varav arbete', 0, findRow(grid, 'Andelar')) as number;
    expect(grid.values[varav][1]).toBeCloseTo(21 / 56, 12);
    expect(grid.values[varav].slice(2, 4)).toEqual([0.35, true]);
    expect(grid.values[varav + 1][1]).toBeCloseTo(13 / 56, 12);
    expect(grid.values[varav + 1].slice(2, 4)).toEqual([0.25, false]);
  });

  test('with the base "alla avslutade" the varav rates divide by the finished instead', () => {
    const other = recalculated(planParticipants({ ...model, varavBase: 'finished' }));
    const varav = findRow(other, 'Varav arbete', 0, findRow(other, 'Andelar')) as number;
    expect(other.values[varav][1]).toBeCloseTo(21 / 81, 12);
    expect(participantsSheet.read(other, context)).toMatchObject({ ok: true, model: { varavBase: 'finished' } });
  });
});

describe('reading the participants sheet back', () => {
  test('plan → engine → reader gives the model back', () => {
    expect(participantsSheet.read(grid, context)).toEqual({ ok: true, model, findings: [] });
    expect(participantsSheet.detect(grid)).toBe(true);
  });

  test('blank rows, an extra column and figures typed as text ("85,5 %") change nothing', () => {
    let edited = withCell(grid, `C${statedRow(SMALL)}`, typedAsText(0.855, true));
    edited = withCell(edited, 'C8', '27');
    edited = withColumnAt(withBlankRowAt(edited, 9), 2);
    expect(participantsSheet.read(edited, context)).toEqual({ ok: true, model, findings: [] });
  });

  test('moved rows move their rows, and "K"/"M" are read as women and men', () => {
    const edited = withCell(withRowsSwapped(grid, 7, 8), 'B8', 'M');
    const read = participantsSheet.read(edited, context);
    expect(read.ok && read.model.rows.slice(0, 2).map((row) => row.gender)).toEqual(['men', 'women']);
  });

  test('a count that is not whole, an unknown gender and a missing target are findings at their cells', () => {
    const edited = withCell(withCell(grid, 'D9', 2.5), 'B10', 'okänt');
    const read = participantsSheet.read(edited, context);
    expect(read.ok).toBe(false);
    expect(read.findings.map((f) => f.where.cell)).toEqual(['D9', 'B10']);
    expect(read.findings[0].message).toBe(`Positiv lösning (${UMEA}) är 2,5; ett antal ska vara ett heltal, 0 eller fler.`);
    expect(read.findings[1].message).toBe('Kön är "okänt"; skriv Kvinnor eller Män.');
  });
});

describe('validating the participants sheet (seeds 003, 004)', () => {
  const findings = participantsSheet.validate(grid, context);

  test('"85,5 %" of 14 finished is impossible from whole counts: an error at the stated rate', () => {
    expect(findings).toContainEqual({
      rule: 'impossible-rate',
      severity: 'error',
      message: `${SMALL}: andelen 85,5 % av 14 avslutade går inte att få med hela antal; närmast är 12 av 14 = 85,7 %. Andelen bygger troligen på ett medelvärde av andelar; räkna den som summan av antalen.`,
      where: { sheet: 'Deltagare', cell: `C${statedRow(SMALL)}` },
    });
  });

  test('Umeå’s "65 %" of 67 is reached only by cutting 44/67 = 65,7 % short: a warning', () => {
    const finding = findings.find((f) => f.where.cell === `C${statedRow(UMEA)}`);
    expect(finding).toMatchObject({ rule: 'impossible-rate', severity: 'warning' });
    expect(finding?.message).toContain('44 av 67 = 65,7 % ger 65 %');
    expect(findings).toHaveLength(2);
  });

  test('a stated count of finished that the table does not hold is a stated total that does not follow', () => {
    const edited = withCell(grid, `B${statedRow(SMALL)}`, 15);
    const finding = participantsSheet.validate(edited, context).find((f) => f.rule === 'stated-total');
    expect(finding).toMatchObject({ where: { cell: `B${statedRow(SMALL)}` }, message: `Angivet antal avslutade (${SMALL}) anges till 15 men blir 14 (7 + 7); skillnad 1.` });
  });

  test('more positive than finished, or work and studies beyond the positive, cannot hold', () => {
    const edited = withCell(withCell(grid, 'D10', 8), 'E11', 6);
    const impossible = participantsSheet.validate(edited, context).filter((f) => f.rule === 'impossible-rate' && f.severity === 'error');
    expect(impossible.map((f) => f.where.cell)).toEqual(['D10', 'E11', `C${statedRow(SMALL)}`]);
    expect(impossible[0].message).toBe('kranskommunernas samordningsteam, kvinnor: 8 med positiv lösning är fler än 7 avslutade.');
  });
});

describe('stated rates against whole counts', () => {
  test('the decimals of a stated rate are its precision: 85,5 % → 1, 65 % → 0', () => {
    expect([percentDecimals(0.855), percentDecimals(0.65), percentDecimals(0.8571)]).toEqual([1, 0, 2]);
  });

  test('a rate some count gives exactly is possible (12 of 14 = 85,7 %)', () => {
    expect(judgeStatedRate(0.857, 14)).toEqual({ kind: 'possible' });
    expect(judgeStatedRate(0.855, 14)).toEqual({ kind: 'impossible', nearest: 12 });
    expect(judgeStatedRate(0.65, 67)).toEqual({ kind: 'truncated', count: 44 });
  });

  test('property: k of n, printed with one decimal, is always possible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))), ([n, k]) => {
        const stated = Math.round((1000 * k) / n) / 1000;
        return judgeStatedRate(stated, n).kind === 'possible';
      }),
      { numRuns: RUNS },
    );
  });
});

const words = [...Object.values(participantLabels).flatMap((word) => (typeof word === 'string' ? [word] : [])), UMEA, SMALL];

function answersWell(sheet: Grid): void {
  const read = participantsSheet.read(sheet, contextOf(sheet));
  if (!read.ok && read.findings.length === 0) throw new Error('a failed read without a finding');
  read.findings.forEach((finding) => checkFinding(finding, sheet.sheet));
  participantsSheet.validate(sheet, contextOf(sheet)).forEach((finding) => checkFinding(finding, sheet.sheet));
}

describe('the participants reader and checks on any grid (fast-check)', () => {
  test('random grids: findings or a model, never an exception', () => {
    fc.assert(fc.property(hostileGrid('Deltagare', words), answersWell), { numRuns: RUNS });
  });

  test('the seed sheet damaged: findings or a model, never an exception', () => {
    fc.assert(fc.property(damagedGrid(grid), answersWell), { numRuns: RUNS });
  });
});
