import { normalizeName } from '../../src/domain/checks';
import { nameKeys } from '../../src/domain/name-keys';
import { Grid } from '../../src/sheets/grid';
import { findHeader } from '../../src/sheets/grid-search';
import { CellContent } from '../../src/sheets/plan';
import { socialBudgetSheet } from '../../src/sheets/social-budget';
import { scanIndicators } from '../../src/sheets/social-budget/scan';
import { socialReportSheet } from '../../src/sheets/social-report';
import { scanReport } from '../../src/sheets/social-report/scan';

/** The detectors look for a table's header only; they must say what a full scan says. */
const grid = (values: CellContent[][]): Grid => ({ sheet: 'Blad1', values });

describe('findHeader, each label cleaned once and a row left at its first missing label', () => {
  test('finds the first row with every label, columns in the order asked, first occurrences', () => {
    const g = grid([
      ['Vikt', 'Målområde'],
      ['x', 'Uppnådd', ' målområde ', 'VIKT', 'Målområde'],
      ['Målområde', 'Vikt', 'Uppnådd'],
    ]);
    expect(findHeader(g, ['Målområde', 'Vikt', 'Uppnådd'])).toEqual({ row: 1, columns: [2, 3, 1] });
    expect(findHeader(g, ['Målområde', 'Vikt', 'Uppnådd'], 2)).toEqual({ row: 2, columns: [0, 1, 2] });
    expect(findHeader(g, ['Målområde', 'Status'])).toBeUndefined();
    expect(findHeader(g, [], 1)).toEqual({ row: 1, columns: [] });
  });
});

describe('sheet detectors that read only the header', () => {
  const budgetHeader = ['Kod', 'Målområde', 'Mål', 'Indikator', 'Vikt', 'Utfall', 'Uppnådd'];
  const reportHeader = ['Målområde', 'Indikator', 'Vikt', 'Utfall i text', 'Status', 'Uppnådd'];
  const sheets: Record<string, CellContent[][]> = {
    socialBudget: [['Social budget 2022'], [], budgetHeader, ['1.1.1', 'Samordning', 'Mål', 'Ind', 5, 0.5, 'Ja']],
    report: [['Socialt bokslut 2022'], reportHeader, ['Samordning', 'Ind', 5, 'bra', 'Uppnått', 'Ja']],
    headerOnly: [budgetHeader],
    lookalike: [['Målområde', 'Vikt'], ['Uppnådd']],
    empty: [],
  };

  test.each(Object.keys(sheets))('%s: detect agrees with the full scan', (name) => {
    const g = grid(sheets[name]);
    expect(socialBudgetSheet.detect(g)).toBe(scanIndicators(g).ok);
    expect(socialReportSheet.detect(g)).toBe(scanReport(g) !== undefined);
  });

  test('the social budget and the report are told apart', () => {
    expect(socialBudgetSheet.detect(grid(sheets.socialBudget))).toBe(true);
    expect(socialReportSheet.detect(grid(sheets.socialBudget))).toBe(false);
    expect(socialReportSheet.detect(grid(sheets.report))).toBe(true);
    expect(socialBudgetSheet.detect(grid(sheets.lookalike))).toBe(false);
  });
});

describe('nameKeys', () => {
  test('gives normalizeName for every text, repeated or not', () => {
    const keyOf = nameKeys();
    const texts = ['  Samordning ', 'SAMORDNING', 'Samhälls-  och medlemsnytta', '  Samordning ', '', 'Åtgärd\tÖVER'];
    for (const text of texts) expect(keyOf(text)).toBe(normalizeName(text));
    expect(keyOf('SAMORDNING')).toBe('samordning');
  });
});
