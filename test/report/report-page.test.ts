import { Finding } from '../../src/sheets/findings';
import { Grid } from '../../src/sheets/grid';
import { EXAMPLES, SHEET_KINDS, validateWorkbook } from '../../src/sheets/registry';
import { classifySheets } from '../../src/sheets/validate-workbook';
import { reportPage } from '../../src/report/report-page';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';

/** The whole example workbook as `finsam report` sees it: the social report and a budget, recalculated. */
function exampleGrids(): Grid[] {
  const report = EXAMPLES['socialt-bokslut-2022']();
  const budget = EXAMPLES['budget-2021-2023']().sheets.filter((sheet) => sheet.kind === 'budget');
  return gridsOf(engineFromPlan({ sheets: [...report.sheets, ...budget] }));
}

function page(grids: readonly Grid[], findings: readonly Finding[] = validateWorkbook(grids, { year: 2022 })): string {
  const kinds = new Map(classifySheets(grids, SHEET_KINDS).map((sheet) => [sheet.grid, sheet.kind?.kind]));
  return reportPage({ file: 'bokslut.xlsx', grids, kindOf: (grid) => kinds.get(grid), findings });
}

describe('the board report page (issue 14, item 5)', () => {
  const grids = exampleGrids();
  const html = page(grids);

  test('self-contained: no script, no link, no external URL; Swedish; A4 print CSS', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="sv">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
    // The only URL is the SVG namespace, which is a name and never fetched.
    expect(html.match(/https?:\/\/[^"]+/g)?.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('break-before: page');
  });

  test('per area a gauge and the §7 sentence; one gauge for the whole and one per area', () => {
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(html).toContain(
      'Målet för året var Impact Index 70. Utfallet blev 52 av det maximalt möjliga indexvärdet 78. Måluppfyllelsen för målområdet blev således 67 %.',
    );
    expect(html).toContain('aria-label="Förbundet som helhet: Impact Index 76, mål 70"');
  });

  test('statuses in words with their colour class; the outcome as the report prints it', () => {
    expect(html).toMatch(/<td>1\.2\.1<\/td>.*<td class="number">80 %<\/td><td class="number">79 % \(214 av 271\)<\/td><td class="status status-near">Nära målet<\/td>/);
    expect(html).toMatch(/<td>5\.1\.1<\/td>.*<td class="status status-notAchieved">Ej uppnått<\/td>/);
    expect(html).toMatch(/<td>3\.1\.1<\/td>.*88 % \(117 av 133\).*<td class="status status-achieved">Uppnått<\/td>/);
  });

  test('the budget result: Summa intäkter 11 489 in 2021 (seed 001), Resultat and Eget kapital vid årets slut', () => {
    expect(html).toMatch(/<th>Summa intäkter<\/th><td class="number">11 489<\/td>/);
    expect(html).toContain('<th>Resultat</th>');
    expect(html).toContain('<th>Eget kapital vid årets slut</th>');
  });

  test('the findings of the check (the budget example keeps seed 001’s 2 844 against 2 845), or a line saying there are none', () => {
    expect(html).toContain('<td>Budget!B11</td><td class="finding-error">Fel</td><td>Kommunernas delar 2021 summerar till 2 844 tkr');
    expect(page(grids, [])).toContain('Kontrollen fann inga fel eller varningar.');
    const finding: Finding = { rule: 'impossible-rate', severity: 'error', message: 'Indikator 3.1.1: andelen 85 % följer inte av 117 av 133', where: { sheet: 'Socialt bokslut', cell: 'K39' } };
    const withFinding = page(grids, [finding]);
    expect(withFinding).toContain('<td>Socialt bokslut!K39</td><td class="finding-error">Fel</td><td>Indikator 3.1.1: andelen 85 % följer inte av 117 av 133</td>');
    expect(withFinding).toContain('1 fel och 0 varningar.');
  });

  test('text from the workbook is escaped: an indicator named <script> stays text', () => {
    const hostile = grids.map((grid) =>
      grid.sheet === 'Socialt bokslut' ? { ...grid, values: grid.values.map((row) => row.map((cell) => (cell === 'Nya medarbetare får en introduktion' ? '<script>alert("x")</script>&' : cell))) } : grid,
    );
    const escaped = page(hostile);
    expect(escaped).not.toContain('<script>');
    expect(escaped).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
  });

  test('a workbook without a report sheet says so and still lists the budget', () => {
    const budgetOnly = gridsOf(engineFromPlan(EXAMPLES['budget-2021-2023']()));
    const html2 = page(budgetOnly);
    expect(html2).toContain('Arbetsboken har inget blad Socialt bokslut.');
    expect(html2).toContain('Summa intäkter');
  });
});
