/**
 * A workbook that calls every FINSAM function in the ways the native export must handle, with
 * the seed figures (DOMAIN.md §1: 2 494/159/124/92/121 of 2 990; the 2021 split of 2 845),
 * ties, every achieved word, blank rows, cells that leave optional arguments blank, nested
 * calls, spilled blocks and quoted sheet names. `npm run verify-export` exports it with the
 * example workbooks and lets LibreOffice recompute it; the tests export it in the engine.
 */
import { CellContent, PlanCell, SheetKind, SheetPlan, WorkbookPlan } from '../sheets/plan';

type Row = readonly (CellContent | undefined)[];

/** Rows from A1; text starting with "=" is a formula ("=" alone is text), undefined leaves the cell empty. */
function sheet(name: string, kind: SheetKind, rows: readonly Row[]): SheetPlan {
  const cells: PlanCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content === undefined) return;
      const isFormula = typeof content === 'string' && content.length > 1 && content.startsWith('=');
      cells.push(isFormula ? { row: r, col: c, formula: content } : { row: r, col: c, value: content });
    }),
  );
  return { name, kind, cells, tables: [], names: [], columnWidths: [], frozenRows: 0 };
}

const _ = undefined;

const indicators = sheet('Indikatorer', 'socialBudget', [
  ['Målområde', 'Vikt', 'Uppnådd', 'Utfall', 'Mål', 'Jämförelse', 'Uppnådd (formel)', 'Målområde', 'Målandel', _, 'Mått', 'Värde', 'Tolerans', 'Status'],
  ['Samordning', 10, true, 85, 80, '>=', '=FINSAM.ACHIEVED(D2,E2,F2)', 'Samordning', 0.35, _, 'Impactvärde', '=FINSAM.IMPACTVALUE(B2:B16,C2:C16)', _, '=FINSAM.STATUS(D2,E2,F2)'],
  ['samordning ', 8, 'Ja', 3, 5, '<=', '=FINSAM.ACHIEVED(D3,E3,F3)', 'Deltagarnytta', 0.3, _, 'Impactindex', '=FINSAM.IMPACTINDEX(B2:B16,C2:C16)', _, '=FINSAM.STATUS(D3,E3,F3)'],
  ['Deltagarnytta', 6, 1, 10, 10, '=', '=FINSAM.ACHIEVED(D4,E4,F4)', 'Jämlik samverkan', 0.35, _, 'Index Samordning', '=FINSAM.IMPACTINDEX(B2:B16,C2:C16,A2:A16,"Samordning")', _, '=FINSAM.STATUS(D4,E4,F4)'],
  ['Deltagarnytta', 4, ' x ', 9, 10, '>', '=FINSAM.ACHIEVED(D5,E5,F5)', _, _, _, 'Värde Deltagarnytta', '=FINSAM.IMPACTVALUE(B2:B16,C2:C16,A2:A16,H3)', _, '=FINSAM.STATUS(D5,E5,F5)'],
  ['Jämlik samverkan', 7, 'Uppnådd', 9.5, 9, '<', '=FINSAM.ACHIEVED(D6,E6,F6)', _, _, _, 'Index av formler', '=FINSAM.IMPACTINDEX(B2:B16,G2:G16)', _, '=FINSAM.STATUS(D6,E6,F6)'],
  ['Jämlik samverkan', 5, false, _, 10, _, '=FINSAM.ACHIEVED(D7,E7,F7)', _, _, _, 'Andel Jämlik', '=FINSAM.AREASHARE(B2:B16,A2:A16,"jämlik  samverkan")', _, '=FINSAM.STATUS(D7,E7,F7)'],
  [_, _, _, _, _, _, _, _, _, _, 'Viktregeln', '=FINSAM.WEIGHTSOK(B2:B16,A2:A16,H2:H4,I2:I4)', _, '=FINSAM.STATUS(79,80)'],
  ['Samordning', 3, 'nej', _, _, _, '=FINSAM.ACHIEVED(D9,E9,F9)', _, _, _, 'Viktregeln 2 %', '=FINSAM.WEIGHTSOK(B2:B16,A2:A16,H2:H4,I2:I4,0.02)', _, '=FINSAM.STATUS(9.4,9,"<=")'],
  ['Deltagarnytta', 2, 'Ej  uppnådd', _, _, _, _, _, _, _, 'Avrundat index', '=ROUND(FINSAM.IMPACTINDEX(B2:B16,C2:C16),0)', _, '=FINSAM.STATUS(73,80,">=",0.9)'],
  ['Jämlik samverkan', 9, 0, _, _, _, _, _, _, _, 'Andel ur tabellen', '=INDEX(FINSAM.WEIGHTCHECK(B2:B16,A2:A16,H2:H4,I2:I4),2,3)', _, '=FINSAM.STATUS(9.6,E5,F2,M2)'],
  ['Samordning', 1, _, _, _, _, _, _, _, _, 'Okänt område', '=FINSAM.AREASHARE(B2:B16,A2:A16,"Finns inte")'],
  ['Deltagarnytta', 10, 'YES', _, _, _, _, _, _, _, 'Tolerans ur tom cell', '=FINSAM.WEIGHTSOK(B2:B16,A2:A16,H2:H4,I2:I4,M2)'],
  ['Jämlik samverkan', 10, 'sant', _, _, _, _, _, _, _, 'Jämförelse i formeln', '=FINSAM.ACHIEVED(D3,E3,"<=")'],
  ['Samordning', 5, 'FALSKT', _, _, _, _, _, _, _, 'Standardjämförelse', '=FINSAM.ACHIEVED(D2,E2)'],
  ['Deltagarnytta', 3, 'j', _, _, _, _, _, _, _, 'Index från annat blad', "=FINSAM.IMPACTINDEX(B2:B16,'Kim''s tal'!B1:B15)"],
  [_, _, _, _, _, _, _, _, _, _, '=FINSAM.WEIGHTCHECK(B2:B16,A2:A16,H2:H4,I2:I4)'],
]);

const splits = sheet('Fördelning 2021', 'budget', [
  ['Kommun', 'Arb-bef. 2018', 'Andel 2021 %', 'Andel 2018 %', _, 'Statens tilldelning', 5980, '2018', '2021', 'Befolkning', 'Exakt', 'En decimal', 'Lika', 'Negativt', 'Tiotal'],
  ['Umeå', 8342, 82.9, 83.42, _, 'Medlem', 'Kommun ', '=FINSAM.SHARES(2990,D2:D6,0)', '=FINSAM.SHARES(2845,C2:C7,0)', '=FINSAM.SHARES(G1/2,B2:B7,0)', '=FINSAM.SHARES(100,B2:B6)', '=FINSAM.SHARES(1234.5,C2:C7,1)', '=FINSAM.SHARES(2,{1;3},0)', '=FINSAM.SHARES(-2845,C2:C7,0)', '=FINSAM.SHARES(12345,B2:B6,-1)'],
  ['Vännäs', 531, 5.1, 5.31, _, 'Annan medlem', 'landsting'],
  ['Nordmaling', 415, 4, 4.15, _, 'Decimaler (tom)'],
  ['Vindeln', 308, 2.9, 3.08, _, 'Decimaler', 0, _, _, _, _, _, '=FINSAM.SHARES(10,{1;1;1},0)'],
  ['Robertsfors', 404, 3.7, 4.04, _, 'Utfall', 1050],
  ['Bjurholm', _, 1.3, _, _, 'Budget', 1000],
  [],
  [],
  ['SHARE', '=FINSAM.SHARE(2990,D3,D2:D6,0)'],
  ['SHARE av värde', '=FINSAM.SHARE(2990,83.42,D2:D6,0)'],
  ['Umeå 2018', '=FINSAM.CONTRIBUTION(G1,"kommun",B2,B2:B6,0)', _, 'Trappa', 0, 0.25],
  ['Regionen 2018', '=FINSAM.CONTRIBUTION(G1,"region",,,0)', _, _, 8000, 0.2],
  ['Staten', '=FINSAM.CONTRIBUTION(G1,"FK")', _, _, 16000, 0.12],
  ['Medlem ur cell', '=FINSAM.CONTRIBUTION(G1,G2,B3,B2:B6,0)'],
  ['Annan medlem ur cell', '=FINSAM.CONTRIBUTION(G1,G3,B3,B2:B6,0)'],
  ['Summa 2021', '=SUM(FINSAM.SHARES(2845,C2:C7,0))'],
  ['Nordmaling 2018', '=INDEX(FINSAM.SHARES(2990,D2:D6,0),3)'],
  ['Exakt andel', '=FINSAM.SHARE(G1/2,B2,B2:B6)'],
  ['Decimaler ur tom cell', '=FINSAM.SHARE(2990,D3,D2:D6,G4)'],
  ['Decimaler ur cell', '=FINSAM.SHARE(2990,D3,D2:D6,G5)'],
  ['Trappan 11 380', '=FINSAM.EQUITYCAP(11380)'],
  ['Trappan 2 × S', '=FINSAM.EQUITYCAP(2*G1)'],
  ['Egen trappa', '=FINSAM.EQUITYCAP(20000,E12:F14)'],
  ['Lägsta steget', '=FINSAM.EQUITYCAP(3000)'],
  ['Avvikelse 600/500', '=FINSAM.DEVIATES(600,500)'],
  ['Avvikelse 540/500', '=FINSAM.DEVIATES(540,500)'],
  ['Egna gränser', '=FINSAM.DEVIATES(G6,G7,0.05,20)'],
  ['Tomt utfall', '=FINSAM.DEVIATES(G8,500)'],
  ['Tom budget', '=FINSAM.DEVIATES(560,G8)'],
]);

const people = sheet('Deltagare', 'participants', [
  ['Enhet', 'Avslutade', 'Positiva', 'Dagar', 'Grad', _, 'Dagar per år (tom)', 'Läge'],
  ['Umeå', 40, 30, 182.5, 1, _, _, 'Procentenheter'],
  ['Vännäs', 10, 7, 182.5, 0.5],
  [],
  ['Vindeln', 4, 2, 365],
  [],
  [],
  ['Andel positiva', '=FINSAM.RATE(C2:C5,B2:B5)'],
  ['Helårsekvivalenter', '=FINSAM.FYE(D2:D5)'],
  ['Med grad', '=FINSAM.FYE(D2:D5,E2:E5)'],
  ['Halv grad, skottår', '=FINSAM.FYE(D2:D5,0.5,366)'],
  ['Grad ur en cell', '=FINSAM.FYE(D2:D5,E3,G2)'],
  ['Andel av befolkningen', '=FINSAM.FYESHARE(B10,5000)'],
  ['Förändring', '=FINSAM.FYECHANGE(0.05,0.0495)'],
  ['Procentenheter', '=FINSAM.FYECHANGE(0.05,0.0495,"pp")'],
  ['Läge ur cell', '=FINSAM.FYECHANGE(0.05,0.0495,H2)'],
  ['Inbäddad', '=FINSAM.FYECHANGE(B13,FINSAM.FYESHARE(B9,5000))'],
  [],
  ['Intressent', 'Intresse', 'Inflytande', 'Betydelse', 'Ruta', 'Ruta skala 7', 'Skala'],
  ['Styrelsen', 5, 4, '=FINSAM.IMPORTANCE(B20,C20)', '=FINSAM.QUADRANT(B20,C20)', '=FINSAM.QUADRANT(B20,C20,G20)', 7],
  ['Regionen', 2, 5, '=FINSAM.IMPORTANCE(B21,C21)', '=FINSAM.QUADRANT(B21,C21)', '=FINSAM.QUADRANT(B21,C21,G20)'],
  ['Deltagarna', 5, 2, '=FINSAM.IMPORTANCE(B22,C22)', '=FINSAM.QUADRANT(B22,C22)', '=FINSAM.QUADRANT(B22,C22,G20)'],
  ['Arbetsgivare', 3, 3, '=FINSAM.IMPORTANCE(B23,C23)', '=FINSAM.QUADRANT(B23,C23)', '=FINSAM.QUADRANT(B23,C23,G20)'],
  ['Personalen', 4, 4, '=FINSAM.IMPORTANCE(B24,C24,5)', '=FINSAM.QUADRANT(B24,C24,5)', '=FINSAM.QUADRANT(B24,C24,G20)'],
]);

/** A sheet whose name needs quoting with a doubled apostrophe in formulas. */
const quoted = sheet("Kim's tal", 'budget', [
  [3, true, '=FINSAM.SHARES(100,A1:A3,0)'],
  [5, false],
  [2, 'ja'],
  [_, 1],
  [_, 'x', "=FINSAM.SHARES(100,'Fördelning 2021'!B2:B6,0)"],
  [_, 'nej'],
  [],
  [_, 0],
  [_, 'uppnådd'],
  [_, 'no'],
  [_, 'n'],
  [_, 'ej uppnådd'],
  [_, 'TRUE'],
  [_, 'false'],
  [_, 'Sant'],
]);

export function proofWorkbook(): WorkbookPlan {
  return { sheets: [indicators, splits, people, quoted] };
}
