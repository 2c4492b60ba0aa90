/**
 * Structured references resolved to the A1 ranges Excel gives them (src/workbook/engine/
 * structured-references.ts), and Swedish syntax that leaves them alone (src/cli/swedish-formula.ts).
 */
import { swedishToEnglish } from '../../src/formula/swedish-formula';
import { resolveStructuredReferences, TableArea, tablesOfPlan } from '../../src/formula/structured-references';
import { HELP_WORKBOOK_PLANS } from './support';

// Header on row 6 (0-based 5), body rows 7–40: the social budget sheet of the 2021 example.
const indicators: TableArea = {
  name: 'Indikatorer',
  sheet: 'Social budget',
  top: 5,
  left: 0,
  columns: ['Kod', 'Målområde', 'Mål', 'Indikator', 'Målvärde', 'Jämförelse', 'Vikt', 'Utfall', 'Uppnådd', 'Påhittad'],
  bodyRows: 34,
};
const steps: TableArea = { name: 'Trappan', sheet: 'FINSAM-regler', top: 29, left: 0, columns: ['Tilldelning från (tkr)', 'Högsta andel'], bodyRows: 3 };
const tables = [indicators, steps];
const resolve = (formula: string, at?: { sheet: string; row: number; col: number }) => resolveStructuredReferences(formula, tables, at);
const onRow = (row: number) => ({ sheet: 'Social budget', row, col: 8 });

describe('a table column is its body rows, sheet-qualified and absolute', () => {
  test('Indikatorer[Vikt] → G7:G40, as the plan writes $G$7:$G$40', () => {
    expect(resolve('=FINSAM.IMPACTINDEX(Indikatorer[Vikt],Indikatorer[Uppnådd])')).toEqual({
      ok: true,
      formula: "=FINSAM.IMPACTINDEX('Social budget'!$G$7:$G$40,'Social budget'!$I$7:$I$40)",
    });
  });

  test('table and column names compare without case; text in quotes is left alone', () => {
    expect(resolve('=COUNTIF(indikatorer[MÅLOMRÅDE],"Indikatorer[Vikt]")')).toEqual({ ok: true, formula: "=COUNTIF('Social budget'!$B$7:$B$40,\"Indikatorer[Vikt]\")" });
  });

  test('a bare table name is its body, all columns (Trappan = Trappan[#Data])', () => {
    expect(resolve('=FINSAM.EQUITYCAP(11380,Trappan)')).toEqual({ ok: true, formula: "=FINSAM.EQUITYCAP(11380,'FINSAM-regler'!$A$31:$B$33)" });
  });

  test('a sheet named like a table stays a sheet before "!"', () => {
    expect(resolve('=Trappan!A1+Indikatorer!B2')).toEqual({ ok: true, formula: '=Trappan!A1+Indikatorer!B2' });
  });

  test('special items: #Data, #Headers, #All and column ranges', () => {
    expect(resolve('=SUM(Indikatorer[[#Data],[Vikt]])')).toEqual({ ok: true, formula: "=SUM('Social budget'!$G$7:$G$40)" });
    expect(resolve('=Indikatorer[[#Headers],[Vikt]]')).toEqual({ ok: true, formula: "='Social budget'!$G$6" });
    expect(resolve('=ROWS(Indikatorer[#All])')).toEqual({ ok: true, formula: "=ROWS('Social budget'!$A$6:$J$40)" });
    expect(resolve('=SUM(Indikatorer[[Vikt]:[Utfall]])')).toEqual({ ok: true, formula: "=SUM('Social budget'!$G$7:$H$40)" });
    expect(resolve('=Trappan[[#All],[Högsta andel]]')).toEqual({ ok: true, formula: "='FINSAM-regler'!$B$30:$B$33" });
  });

  test("escaped characters in a column name ('[ '] '# '')", () => {
    const odd: TableArea = { name: 'T', sheet: 'S', top: 0, left: 1, columns: ['a[1]', '#b', "c'd"], bodyRows: 2 };
    expect(resolveStructuredReferences("=T[a'[1']]+T['#b]+T[c''d]", [odd])).toEqual({ ok: true, formula: '=S!$B$2:$B$3+S!$C$2:$C$3+S!$D$2:$D$3' });
  });
});

describe('[@Kolumn] is the formula’s own row', () => {
  test('inside the table, unqualified', () => {
    expect(resolve('=FINSAM.ACHIEVED([@Utfall],[@Målvärde],[@Jämförelse])', onRow(10))).toEqual({
      ok: true,
      formula: "=FINSAM.ACHIEVED('Social budget'!$H$11,'Social budget'!$E$11,'Social budget'!$F$11)",
    });
  });

  test('names with spaces in double brackets, and [[#This Row],[…]]', () => {
    const fye: TableArea = { name: 'Helarsekvivalenter', sheet: 'Helårsekvivalenter', top: 6, left: 0, columns: ['Kommun', 'Andel 2021', 'Andel 2022'], bodyRows: 6 };
    const at = { sheet: 'Helårsekvivalenter', row: 7, col: 7 };
    expect(resolveStructuredReferences('=[@[Andel 2021]]-Helarsekvivalenter[[#This Row],[Andel 2022]]', [fye], { ...at, col: 2 })).toEqual({
      ok: true,
      formula: "='Helårsekvivalenter'!$B$8-'Helårsekvivalenter'!$C$8",
    });
    expect(resolveStructuredReferences('=Helarsekvivalenter[@Kommun]', [fye], at)).toEqual({ ok: true, formula: "='Helårsekvivalenter'!$A$8" });
  });

  test('outside the body rows it is an error, as Excel gives #VALUE!', () => {
    expect(resolve('=Indikatorer[@Vikt]', { sheet: 'Social budget', row: 45, col: 0 })).toEqual({ ok: false, problem: { kind: 'thisRowOutside', table: 'Indikatorer' } });
    expect(resolve('=[@Vikt]', { sheet: 'Social budget', row: 45, col: 0 })).toEqual({ ok: false, problem: { kind: 'noTableHere' } });
  });
});

describe('what cannot be resolved says why', () => {
  test('an unknown column, a totals row, a union of columns', () => {
    expect(resolve('=SUM(Indikatorer[Vikter])')).toEqual({ ok: false, problem: { kind: 'unknownColumn', table: 'Indikatorer', column: 'Vikter' } });
    expect(resolve('=Indikatorer[[#Totals],[Vikt]]')).toEqual({ ok: false, problem: { kind: 'totalsRow', table: 'Indikatorer' } });
    expect(resolve('=SUM(Indikatorer[[Vikt],[Utfall]])')).toEqual({ ok: false, problem: { kind: 'syntax', reference: 'Indikatorer[[Vikt],[Utfall]]' } });
    expect(resolve('=SUM(Indikatorer[Vikt)')).toEqual({ ok: false, problem: { kind: 'syntax', reference: 'Indikatorer' } });
  });

  test('a formula without tables passes unchanged', () => {
    const formula = "=FINSAM.CONTRIBUTION(B$5,\"kommun\",B45,B$45:B$49,0)+'FINSAM-regler'!$B$7";
    expect(resolve(formula)).toEqual({ ok: true, formula });
  });
});

test("every table of the help's workbooks resolves to the rows and columns of its plan", () => {
  for (const make of Object.values(HELP_WORKBOOK_PLANS)) {
    for (const table of tablesOfPlan(make())) {
      for (const [index, column] of table.columns.entries()) {
        const name = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(column) ? column : `[${column}]`;
        const resolved = resolveStructuredReferences(`=${table.name}[${name}]`, [table]);
        expect(resolved.ok && resolved.formula).toMatch(new RegExp(`!\\$[A-Z]+\\$${table.top + 2}(:\\$[A-Z]+\\$${table.top + 1 + table.bodyRows})?$`));
        expect(resolved.ok && resolved.formula.split('!').pop()?.replace(/\$\d+/g, '').split(':')[0]).toBe(`$${String.fromCharCode(65 + table.left + index)}`);
      }
    }
  }
});

describe('Swedish syntax leaves structured references as they are', () => {
  test('column names are not translated (Uppnådd, SANT, 2018) and ";" between items becomes ","', () => {
    expect(swedishToEnglish('=FINSAM.IMPACTINDEX(Indikatorer[Vikt];Indikatorer[Uppnådd])')).toBe('=FINSAM.IMPACTINDEX(Indikatorer[Vikt],Indikatorer[Uppnådd])');
    expect(swedishToEnglish('=OM(T[SANT];T[[#Data];[Summa, tkr]];Befolkning[@2018])')).toBe('=IF(T[SANT],T[[#Data],[Summa, tkr]],Befolkning[@2018])');
    expect(swedishToEnglish("=T[a';b]+[@[Andel 2022]]*0,5")).toBe("=T[a';b]+[@[Andel 2022]]*0.5");
  });
});
