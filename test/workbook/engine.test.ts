import { DetailedCellError } from 'hyperformula';
import { createEngine } from '../../src/workbook/engine/engine';

/**
 * The same cases as the contract tests, once more through the engine: real formulas on real
 * ranges of a sheet with blank rows, spills and INDEX over a spill.
 */
const AREAS = ['Samhälls- och medlemsnytta', 'Jämlik samverkan', 'Deltagarnyttan', 'Samordning', 'Medarbetarnöjdhet'];

/** Indicator rows (weight, achieved, area) for the 2022 weighting 39/24/15/10/12, a blank row between areas. */
function indicatorRows(): (number | boolean | string | null)[][] {
  const sums = [39, 24, 15, 10, 12];
  return sums.flatMap((sum, area) => {
    const weights = Array.from({ length: Math.floor(sum / 10) }, () => 10);
    if (sum % 10) weights.push(sum % 10);
    return [...weights.map((weight, i) => [weight, i % 2 === 0, AREAS[area]]), [null, null, null]];
  });
}

function sheet() {
  const rows = indicatorRows();
  const targets = AREAS.map((area, i) => [area, [0.4, 0.25, 0.15, 0.1, 0.1][i]]);
  const populations = [[8342], [531], [415], [308], [404]];
  return createEngine({
    Indikatorer: rows,
    Regler: targets,
    Befolkning: populations,
  });
}

const engine = sheet();
const count = indicatorRows().length;
const at = (formula: string) => {
  const sheetId = engine.getSheetId('Beräkning') ?? engine.getSheetId(engine.addSheet('Beräkning'))!;
  engine.setSheetContent(sheetId, [[formula]]);
  return { value: engine.getCellValue({ sheet: sheetId, row: 0, col: 0 }), sheet: engine.getSheetValues(sheetId) };
};

describe('the FINSAM functions in the embedded engine', () => {
  test('IMPACTVALUE and IMPACTINDEX over ranges with blank rows', () => {
    const maximum = at(`=SUM(Indikatorer!A1:A${count})`).value;
    expect(maximum).toBe(100);
    const value = at(`=FINSAM.IMPACTVALUE(Indikatorer!A1:A${count},Indikatorer!B1:B${count})`).value as number;
    const index = at(`=FINSAM.IMPACTINDEX(Indikatorer!A1:A${count},Indikatorer!B1:B${count})`).value as number;
    expect(index).toBeCloseTo(value, 12); // the maximum is 100
  });

  test('the done-when formula with array constants and bare TRUE/FALSE', () => {
    expect(at('=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE})').value).toBe(61.53846153846154);
  });

  test('AREASHARE 0,39 and WEIGHTCHECK spilling five rows of six columns', () => {
    expect(at(`=FINSAM.AREASHARE(Indikatorer!A1:A${count},Indikatorer!C1:C${count},"Samhälls- och medlemsnytta")`).value).toBe(0.39);
    const spill = at(`=FINSAM.WEIGHTCHECK(Indikatorer!A1:A${count},Indikatorer!C1:C${count},Regler!A1:A5,Regler!B1:B5)`).sheet;
    expect(spill.length).toBe(5);
    expect(spill.map((row) => row[0])).toEqual(AREAS);
    expect(spill.map((row) => row[1])).toEqual([39, 24, 15, 10, 12]);
    expect(spill.map((row) => row[5])).toEqual([true, true, true, true, true]);
  });

  test('INDEX over a spill picks one cell, as a treasurer would write it', () => {
    const formula = `=INDEX(FINSAM.WEIGHTCHECK(Indikatorer!A1:A${count},Indikatorer!C1:C${count},Regler!A1:A5,Regler!B1:B5),5,2)`;
    expect(at(formula).value).toBe(12);
  });

  test('SHARES spills the 2018 column and CONTRIBUTION takes a range of populations', () => {
    expect(at('=FINSAM.SHARES(2990,Befolkning!A1:A5,0)').sheet).toEqual([[2494], [159], [124], [92], [121]]);
    expect(at('=FINSAM.CONTRIBUTION(5980,"kommun",Befolkning!A1,Befolkning!A1:A5,0)').value).toBe(2494);
    expect(at('=SUM(FINSAM.SHARES(2845,{82.9;5.1;4;2.9;3.7;1.3},0))').value).toBe(2845);
  });

  test('errors become engine errors with the same Swedish message', () => {
    const value = at('=FINSAM.IMPACTINDEX({5;5;12},{TRUE;TRUE;TRUE})').value;
    expect(value).toBeInstanceOf(DetailedCellError);
    expect((value as DetailedCellError).value).toBe('#VALUE!');
    expect((value as DetailedCellError).message).toBe('Vikt nr 3 är 12; en vikt ska vara ett heltal 1–10.');
    const division = at('=FINSAM.RATE({0},{0})').value as DetailedCellError;
    expect([division.value, division.message]).toEqual(['#DIV/0!', 'Summan av avslutade är 0; andelen kan inte beräknas (division med noll).']);
    const missing = at(`=FINSAM.AREASHARE(Indikatorer!A1:A${count},Indikatorer!C1:C${count},"Okänt")`).value as DetailedCellError;
    expect(missing.value).toBe('#N/A');
  });

  test('an error in an input cell passes through unchanged', () => {
    const value = at('=FINSAM.FYESHARE(1/0,100)').value as DetailedCellError;
    expect(value.value).toBe('#DIV/0!');
  });

  test('a range where one value belongs is #VALUE! naming the argument', () => {
    const value = at('=FINSAM.FYESHARE(Befolkning!A1:A2,100)').value as DetailedCellError;
    expect([value.value, value.message]).toEqual(['#VALUE!', 'Argument nr 1 är ett område med 2 × 1 celler; ange ett enda värde.']);
  });

  test('a skipped argument is omitted, as in Excel: an area without the areas beside it', () => {
    const value = at('=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE},,"A")').value as DetailedCellError;
    expect([value.value, value.message]).toEqual(['#VALUE!', 'Ett målområde är angivet men inget område med målområden; ange båda eller inget.']);
  });

  test('formulas recalculate when an input cell changes', () => {
    const sheetId = engine.getSheetId('Befolkning')!;
    engine.setCellContents({ sheet: sheetId, row: 0, col: 1 }, [['=FINSAM.SHARE(2990,A2,A1:A5,0)']]);
    expect(engine.getCellValue({ sheet: sheetId, row: 0, col: 1 })).toBe(159);
    engine.setCellContents({ sheet: sheetId, row: 1, col: 0 }, [[0]]);
    expect(engine.getCellValue({ sheet: sheetId, row: 0, col: 1 })).toBe(0);
  });
});
