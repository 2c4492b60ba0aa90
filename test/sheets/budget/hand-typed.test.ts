import { join } from 'path';
import { runCheck } from '../../../src/cli/check';
import { budgetSheet } from '../../../src/sheets/budget';
import { Finding } from '../../../src/sheets/findings';
import { Grid } from '../../../src/sheets/grid';
import { validateWorkbook } from '../../../src/sheets/registry';
import { classifySheets } from '../../../src/sheets/validate-workbook';
import { SHEET_KINDS } from '../../../src/sheets/registry';
import { writePlanToXlsx } from '../../../src/workbook/xlsx';
import { temporaryFolder } from '../../support/xlsx-fixtures';
import { context, paperRows, rowOf, typedGrid, typedPlan, TypedRow } from './hand-typed-support';

/**
 * Issue 13, "Done when" 1: budgets typed by hand in layouts `finsam build` did not write are
 * read by their words and their inconsistencies found at the right cell, or refused in Swedish
 * with an error (so `finsam check` exits 1, never "inga fel").
 */
const grid = (sheet: string, rows: readonly TypedRow[]): Grid => ({ sheet, values: rows.map((cells) => [...cells]) });
const brief = (findings: readonly Finding[]) => findings.map((f) => [f.rule, f.severity, f.where.cell, f.message]);

describe('hand-typed budgets are read by their words', () => {
  test('1. the board paper as printed (seed 003 §13): title "13. Budget", empty corner, text amounts; 2 844 ≠ 2 845 at B11', () => {
    const paper = grid('Budget', paperRows());
    expect(budgetSheet.detect(paper)).toBe(true);
    expect(brief(budgetSheet.validate(paper, context(paper)))).toEqual([
      ['municipal-parts', 'error', 'B11', 'Kommunernas delar 2021 summerar till 2 844 tkr men ska vara 2 845 tkr, hälften av statens 5 690 tkr (50/25/25).'],
    ]);
    const read = budgetSheet.read(paper, context(paper));
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    expect(read.model.years).toEqual([2021, 2022, 2023]);
    expect(read.model.stateAllocations).toEqual([5690, 5690, 5690]);
    expect(read.model.municipalities.map((m) => m.name)).toEqual(['Umeå kommun', 'Vännäs kommun', 'Nordmaling kommun', 'Vindeln kommun', 'Robertsfors kommun', 'Bjurholms kommun']);
    expect(read.model.statedMunicipalContributions?.map((row) => row[0])).toEqual([2359, 146, 113, 83, 106, 37]);
    expect(read.model.regionName).toBe('Region Västerbotten');
    expect(read.model.otherIncome).toEqual([{ label: 'Anställningsstöd, AF', amounts: [110, 113, 116] }]);
    expect(read.model.costSections.map((s) => s.title)).toEqual(['Kansli och styrelse', 'Verksamhetsnära kostnader', 'Verksamheter']);
    expect(read.model.costSections[2].lines.slice(-1)[0]).toEqual({ label: 'Reserv HFE', amounts: [50, 0, 0] });
    expect(read.model.openingEquity).toBe(2040);
  });

  test('2. a formula layout, title and "tkr" corner, years in row 3: Malmö stad typed 7 001 instead of 7 000 is found at B6', () => {
    const rows: TypedRow[] = [
      ['Budget 2024–2025'],
      ['Samordningsförbundet Malmö'],
      ['tkr', 2024, 2025],
      ['Intäkter'],
      ['Försäkringskassan', 14000, 14000],
      ['Malmö stad', 7001, 7000],
      ['Region Skåne', '=B5/2', '=C5/2'],
      ['Summa intäkter', '=SUM(B5:B7)', '=SUM(C5:C7)'],
      ['Kostnader'],
      ['Kansli', -4000, -4100],
      ['Insatser', -24000, -24500],
      ['Summa kostnader', '=SUM(B10:B11)', '=SUM(C10:C11)'],
      ['Resultat', '=B8+B12', '=C8+C12'],
    ];
    const computed = typedGrid('Budget', rows);
    expect(computed.values[7].slice(1, 3)).toEqual([28001, 28000]);
    expect(brief(budgetSheet.validate(computed, context(computed)))).toEqual([
      ['municipal-parts', 'error', 'B6', 'Kommunernas delar 2024 summerar till 7 001 tkr men ska vara 7 000 tkr, hälften av statens 14 000 tkr (50/25/25).'],
      // Kansli 4 000 of 28 000 is 14,3 %, 4 100 of 28 600 is 14,3 %: over the 10 % of the rule set.
      ['admin-cost', 'warning', 'B10', '"Kansli" 2024 är 4 000 tkr av kostnaderna 28 000 tkr, 14,3 %; administrationen får vara högst 10 % (FINSAM-regler).'],
      ['admin-cost', 'warning', 'C10', '"Kansli" 2025 är 4 100 tkr av kostnaderna 28 600 tkr, 14,3 %; administrationen får vara högst 10 % (FINSAM-regler).'],
    ]);
    const read = budgetSheet.read(computed, context(computed));
    expect(read.ok && [read.model.association, read.model.municipalities.map((m) => m.name), read.model.regionName]).toEqual(['Samordningsförbundet Malmö', ['Malmö stad'], 'Region Skåne']);
  });

  test('3. no title and no corner, the years in row 1: a typed "Summa kostnader" that does not follow is found at D11', () => {
    const rows: TypedRow[] = [
      [null, 2024, 2025, 2026],
      ['Intäkter'],
      ['Staten (Försäkringskassan)', 3000, 3000, 3000],
      ['Lunds kommun', 1000, 1000, 1000],
      ['Eslövs kommun', 500, 500, 500],
      ['Region Skåne', 1500, 1500, 1500],
      ['Summa intäkter', 6000, 6000, 6000],
      ['Kostnader'],
      ['Personal', -3500, -3600, -3700],
      ['Insatser', -2700, -2600, -2500],
      ['Summa kostnader', -6200, -6200, -6300],
      ['Resultat', -200, -200, -300],
    ];
    const typed = grid('Blad1', rows);
    expect(brief(budgetSheet.validate(typed, context(typed)))).toEqual([
      ['stated-total', 'error', 'D11', 'Summa kostnader 2026 är -6 300 tkr men raderna den sammanfattar ger -6 200 tkr; skillnad -100 tkr.'],
    ]);
  });

  test('4. "Budget 2021–2023", "tkr" corner, Göteborgs Stad, costs typed as positive amounts: a closing equity that does not follow is found at C16', () => {
    const rows: TypedRow[] = [
      ['Budget 2021–2023'],
      ['tkr', 2021, 2022],
      ['Intäkter'],
      ['Försäkringskassan', '20 000', '20 000'],
      ['Göteborgs Stad', '8 000', '8 000'],
      ['Härryda kommun', '1 100', '1 100'],
      ['Partille kommun', '900', '900'],
      ['Västra Götalandsregionen', '10 000', '10 000'],
      ['Summa intäkter', '40 000', '40 000'],
      ['Kostnader'],
      ['Kansli', '5 000', '5 100'],
      ['Insatser', '36 000', '35 000'],
      ['Summa kostnader', '41 000', '40 100'],
      ['Resultat', '−1 000', '−100'],
      ['Eget kapital vid årets början', '3 000', '2 000'],
      ['Eget kapital vid årets slut', '2 000', '1 800'],
    ];
    const typed = grid('Budget', rows);
    expect(brief(budgetSheet.validate(typed, context(typed)))).toEqual([
      // Kansli 5 000 of 41 000 is 12,2 %, 5 100 of 40 100 is 12,7 %.
      ['admin-cost', 'warning', 'B11', '"Kansli" 2021 är 5 000 tkr av kostnaderna 41 000 tkr, 12,2 %; administrationen får vara högst 10 % (FINSAM-regler).'],
      ['stated-total', 'error', 'C16', 'Eget kapital vid årets slut 2022 är 1 800 tkr men raderna den sammanfattar ger 1 900 tkr; skillnad -100 tkr.'],
      ['admin-cost', 'warning', 'C11', '"Kansli" 2022 är 5 100 tkr av kostnaderna 40 100 tkr, 12,7 %; administrationen får vara högst 10 % (FINSAM-regler).'],
    ]);
    const read = budgetSheet.read(typed, context(typed));
    expect(read.ok && read.model.costSections).toEqual([{ title: 'Kostnader', lines: [{ label: 'Kansli', amounts: [5000, 5100] }, { label: 'Insatser', amounts: [36000, 35000] }] }]);
  });

  test('5. labels in column B after numbers, "Budget 2024" headings, no-break spaces and other words for the sums: a region of 2 846 is found at C8', () => {
    const nb = (text: string) => text.replace(/ /g, '\u00a0');
    const rows: TypedRow[] = [
      [null, 'Samordningsförbundet Östra Norrbotten'],
      [null, 'Förslag till budget'],
      [null, null, 'Budget 2024', 'Budget 2025'],
      [null, 'Intäkter'],
      ['1', 'Försäkringskassan', nb('5 690'), nb('5 690')],
      ['2', 'Luleå kommun', nb('2 000'), nb('2 000')],
      ['3', 'Bodens kommun', '845', '845'],
      ['4', 'Region Norrbotten', nb('2 846'), nb('2 845')],
      [null, 'Intäkter totalt', nb('11 381'), nb('11 380')],
      [null, 'Kostnader'],
      ['5', 'Verksamhet', nb('-11 000'), nb('-11 000')],
      [null, 'Kostnader totalt', nb('-11 000'), nb('-11 000')],
      [null, 'Årets resultat', '381', '380'],
    ];
    const typed = grid('Budget', rows);
    expect(brief(budgetSheet.validate(typed, context(typed)))).toEqual([
      ['municipal-parts', 'error', 'C8', 'Regionens del 2024 är 2 846 tkr men ska vara 2 845 tkr, hälften av statens 5 690 tkr (50/25/25).'],
    ]);
    const read = budgetSheet.read(typed, context(typed));
    expect(read.ok && [read.model.association, read.model.years]).toEqual(['Samordningsförbundet Östra Norrbotten', [2024, 2025]]);
  });

  test('6. a unit row and a comment column: a member whose words do not say its kind is a warning, and declaring it in the population table settles it', () => {
    const rows: TypedRow[] = [
      ['Budget 2025'],
      ['Belopp i tkr', 2025, 'Kommentar'],
      [null, 'tkr'],
      ['Intäkter'],
      ['Försäkringskassan', 2000],
      ['Lund', 500, 'medlem sedan 2024'],
      ['Höörs kommun', 500],
      ['Region Skåne', 1000],
      ['Summa intäkter', 4000],
      ['Kostnader'],
      ['Insatser', -4000],
      ['Summa kostnader', -4000],
      ['Resultat', 0],
    ];
    const typed = grid('Budget', rows);
    expect(brief(budgetSheet.validate(typed, context(typed)))).toEqual([
      [
        'member-kind',
        'warning',
        'A6',
        '"Lund" står bland intäkterna men namnet säger inte om det är staten, regionen eller en kommun; raden räknas som övrig intäkt, utanför 50/25/25. Är det en medlem: skriv "kommun", "stad" eller "Region" i namnet, eller ta med kommunen i tabellen Arbetsför befolkning.',
      ],
      ['municipal-parts', 'error', 'B7', 'Kommunernas delar 2025 summerar till 500 tkr men ska vara 1 000 tkr, hälften av statens 2 000 tkr (50/25/25).'],
    ]);
    const declared = grid('Budget', [...rows, [], ['Arbetsför befolkning (20–64 år)'], ['Kommun', '2025'], ['Lund', 90000], ['Höörs kommun', 11000], ['Summa', 101000]]);
    expect(budgetSheet.validate(declared, context(declared))).toEqual([]);
  });

  test('7. a built-like layout moved right and down, amounts with a Unicode minus: read as the paper, same finding one column over', () => {
    const moved = paperRows().map((cells) => [null, ...cells]);
    const typed = grid('Budget', [[], [], ...moved]);
    expect(brief(budgetSheet.validate(typed, context(typed)))).toEqual([
      ['municipal-parts', 'error', 'C13', 'Kommunernas delar 2021 summerar till 2 844 tkr men ska vara 2 845 tkr, hälften av statens 5 690 tkr (50/25/25).'],
    ]);
  });
});

test('a budget with members but no state row is checked, with a warning that 50/25/25 cannot be', () => {
  const rows: TypedRow[] = [[null, 2025], ['Intäkter'], ['Statliga medel', 2000], ['Höörs kommun', 1000], ['Region Skåne', 1000], ['Summa intäkter', 4000], ['Kostnader'], ['Insatser', -4000], ['Summa kostnader', -4000]];
  const typed = grid('Budget', rows);
  expect(brief(budgetSheet.validate(typed, context(typed)))).toEqual([
    ['member-kind', 'warning', 'A2', 'Hittar ingen rad för staten (Försäkringskassan) bland intäkterna; fördelningen 50/25/25 kan inte kontrolleras.'],
  ]);
});

describe('a sheet that looks like a budget but cannot be read is refused in Swedish, as an error', () => {
  const noYears: TypedRow[] = [['Budget'], ['Intäkter'], ['Försäkringskassan', '5 690'], ['Summa intäkter', '5 690'], ['Kostnader'], ['Insatser', '-5 000'], ['Summa kostnader', '-5 000']];

  test('no years above the income: the finding is at "Intäkter", and the sheet is not counted as read', () => {
    const findings = validateWorkbook([grid('Budget', noYears)], { year: 2022 });
    expect(brief(findings)).toEqual([
      ['unreadable', 'error', 'A2', 'Hittar inga år (2021, 2022 …) ovanför "Intäkter" i A2; skriv åren överst i beloppskolumnerna så kan bladet läsas som en budget.'],
    ]);
    expect(classifySheets([grid('Budget', noYears)], SHEET_KINDS)[0].kind).toBeUndefined();
  });

  test('no "Summa kostnader": the finding names the row it looked after', () => {
    const rows = paperRows();
    const sum = rowOf(rows, 'Summa kostnader');
    rows[sum] = ['Totalt', ...rows[sum].slice(1)];
    const findings = validateWorkbook([grid('Budget', rows)], { year: 2022 });
    expect(brief(findings)).toEqual([['unreadable', 'error', 'A15', 'Hittar ingen rad "Summa kostnader" efter "Kostnader" i A15; bladet kan inte läsas som en budget.']]);
  });

  test('text where the years belong: the finding is at that cell', () => {
    const rows: TypedRow[] = [[null, 123, 456], ...noYears.slice(1)];
    expect(brief(validateWorkbook([grid('Budget', rows)], { year: 2022 }))).toEqual([
      ['unreadable', 'error', 'B1', 'I B1 står 123 där åren (2021, 2022 …) ska stå ovanför beloppen; bladet kan inte läsas som en budget.'],
    ]);
  });

  test('finsam check exits 1 with the Swedish finding, never "inga fel", on a hand-typed file', async () => {
    const folder = temporaryFolder();
    try {
      const file = join(folder.path, 'egen-budget.xlsx');
      await writePlanToXlsx({ sheets: [typedPlan('Budget', noYears)] }, file);
      const out: string[] = [];
      const code = await runCheck([file], { out: (line) => out.push(line), err: (line) => out.push(line) }, { year: 2022 });
      expect(code).toBe(1);
      expect(out[0]).toBe('Budget!A2  fel  Hittar inga år (2021, 2022 …) ovanför "Intäkter" i A2; skriv åren överst i beloppskolumnerna så kan bladet läsas som en budget.');
      expect(out.join('\n')).not.toContain('inga fel');
    } finally {
      folder.remove();
    }
  });

  test('a sheet with neither budget words nor any other kind’s stays silent (nothing to understand)', () => {
    expect(validateWorkbook([grid('Anteckningar', [['Möte 3 maj'], ['Kaffe', 120]])], { year: 2022 })).toEqual([]);
  });
});
