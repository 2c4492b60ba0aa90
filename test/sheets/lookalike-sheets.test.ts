import { followUpSheet } from '../../src/sheets/follow-up';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up';
import { Finding } from '../../src/sheets/findings';
import { Grid } from '../../src/sheets/grid';
import { SHEET_KINDS, validateWorkbook } from '../../src/sheets/registry';
import { classifySheets } from '../../src/sheets/validate-workbook';
import { engineFromPlan, gridOf } from '../../src/workbook/engine/plan-to-engine';

/** Issue 13, item 1: a social budget or follow-up typed under other headings is refused in Swedish, never passed over. */
const grid = (sheet: string, rows: readonly (readonly (string | number | null)[])[]): Grid => ({ sheet, values: rows.map((cells) => [...cells]) });
const brief = (findings: readonly Finding[]) => findings.map((f) => [f.rule, f.severity, f.where.cell, f.message]);

describe('sheets that look like a FINSAM kind but cannot be read', () => {
  test('an indicator table with Vikt and Uppnådd under "Område" instead of "Målområde": an error at its header row', () => {
    const sheet = grid('Sociala mål', [
      ['Social budget 2025'],
      [],
      ['Kod', 'Område', 'Indikator', 'Vikt', 'Uppnådd'],
      ['1.1', 'Individ', 'Andel till arbete', 3, 'ja'],
      ['1.2', 'Organisation', 'Samverkan', 2, 'nej'],
    ]);
    expect(brief(validateWorkbook([sheet], { year: 2022 }))).toEqual([
      ['unreadable', 'error', 'A3', 'Tabellen på rad 3 har "Vikt" och "Uppnådd" men saknar "Målområde"; byt rubrikerna till FINSAM:s ord så kan bladet läsas som en social budget.'],
    ]);
    expect(classifySheets([sheet], SHEET_KINDS)[0].kind).toBeUndefined();
  });

  test('the same table with "Målområde" reads as a social budget (its own checks run; no "cannot be read" error)', () => {
    const sheet = grid('Sociala mål', [['Kod', 'Målområde', 'Indikator', 'Vikt', 'Uppnådd'], ['1.1', 'Individ', 'Andel till arbete', 3, 'ja']]);
    expect(classifySheets([sheet], SHEET_KINDS)[0].kind?.kind).toBe('socialBudget');
    expect(validateWorkbook([sheet], { year: 2022 }).filter((f) => f.rule === 'unreadable' && f.severity === 'error')).toEqual([]);
  });

  test('a follow-up whose table says "Budget 2022" and "Prognos 2022" instead of "Budget" and "Prognos": an error at the forecast, not a misread budget', () => {
    const sheet = grid('T2', [
      ['Uppföljning tertial 2 2022'],
      ['Post', 'Budget 2022', 'Prognos'],
      ['Intäkter'],
      ['Försäkringskassan', 5690, 5690],
      ['Summa intäkter', 5690, 5690],
      ['Kostnader'],
      ['Insatser', -5000, -5200],
      ['Summa kostnader', -5000, -5200],
      ['Resultat', 690, 490],
    ]);
    expect(brief(validateWorkbook([sheet], { year: 2022 }))).toEqual([
      ['unreadable', 'error', 'C2', 'Hittar ingen rubrikrad med "Post", "Budget" och "Prognos" (eller "Utfall"); bladet kan inte läsas som en uppföljning.'],
    ]);
  });

  test('the built follow-up (seed 004) is still a follow-up, not a budget', () => {
    const plan = followUpSheet.plan(followUpTertial2of2022());
    const built = gridOf(engineFromPlan({ sheets: [plan] }), plan.name);
    expect(classifySheets([built], SHEET_KINDS)[0].kind?.kind).toBe('followUp');
  });
});
