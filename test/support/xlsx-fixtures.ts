import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { formats, PlanCell, SheetPlan, WorkbookPlan } from '../../src/sheets/plan';
import { deflatedZip } from './zip';

/** Labels that would run as formulas if a writer let them (OWASP CSV/formula injection). */
export const HOSTILE_LABELS = ['=HYPERLINK("http://x","klick")', '@SUM(A1)', "+cmd|' /C calc'!A0", '-1+1', '\t=1'];

/** The 2018 populations of seed 001 (Umeå, Vännäs, Robertsfors, Nordmaling, Bjurholm). */
export const POPULATIONS = [8342, 531, 415, 308, 404];
const MUNICIPALITIES = ['Umeå', 'Vännäs', 'Robertsfors', 'Nordmaling', 'Bjurholm'];

function members(): SheetPlan {
  const cells: PlanCell[] = [
    { row: 0, col: 0, value: 'Kommun', style: 'header' },
    { row: 0, col: 1, value: 'Befolkning', style: 'header' },
    { row: 0, col: 3, value: 'Bidrag', style: 'header' },
    ...MUNICIPALITIES.flatMap((name, index): PlanCell[] => [
      { row: index + 1, col: 0, value: name, style: 'label' },
      { row: index + 1, col: 1, value: POPULATIONS[index], style: 'input', numberFormat: formats.tkr },
    ]),
    { row: 1, col: 3, formula: '=FINSAM.SHARES(2990,B2:B6,0)', numberFormat: formats.tkr },
    { row: 1, col: 4, formula: '=SUM(D2:D6)', style: 'sum', numberFormat: formats.tkr },
    { row: 1, col: 5, formula: '=Umea_befolkning*2' },
    ...HOSTILE_LABELS.map((value, index): PlanCell => ({ row: 7 + index, col: 0, value, style: 'note' })),
  ];
  return {
    name: 'Befolkning',
    kind: 'budget',
    cells,
    tables: [{ name: 'Medlemmar', top: 0, left: 0, columns: ['Kommun', 'Befolkning'], bodyRows: 5 }],
    names: [{ name: 'Umea_befolkning', row: 1, col: 1 }],
    columnWidths: [22, 12, 4, 12],
    frozenRows: 1,
  };
}

function social(): SheetPlan {
  return {
    name: 'Social budget',
    kind: 'socialBudget',
    cells: [
      { row: 0, col: 0, value: 'Social budget 2022', style: 'title' },
      { row: 1, col: 0, value: 'Hälften', style: 'label' },
      { row: 1, col: 1, formula: '=Befolkning!E2/2', style: 'total', numberFormat: formats.tkr },
      { row: 2, col: 1, formula: '=B2>1000', style: 'check' },
      { row: 3, col: 1, formula: '=FINSAM.IMPACTINDEX({5;12},{1;1})' },
      { row: 4, col: 0, formula: '=FINSAM.WEIGHTCHECK({10;10;5},{"A";"B";"A"},{"A";"B"},{0.6;0.4})', numberFormat: formats.percent },
      { row: 7, col: 0, value: 'Källa: handgjord testplan', style: 'note' },
    ],
    tables: [],
    names: [],
    columnWidths: [30, 12],
    frozenRows: 0,
  };
}

/** Two sheets, a table, spilling FINSAM formulas, a defined name, hostile labels. */
export function smallPlan(): WorkbookPlan {
  return { sheets: [members(), social()] };
}

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'finsam-xlsx-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A package as Excel itself writes it, part by part, for what ExcelJS never writes. */
export async function handMadeXlsx(sheetXml: string, extra: Record<string, string> = {}): Promise<Buffer> {
  const parts = new Map<string, string>([
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', rels([['rId1', 'officeDocument', 'xl/workbook.xml']])],
    ['xl/workbook.xml', extra['xl/workbook.xml'] ?? `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', rels([['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'sharedStrings', 'sharedStrings.xml'], ['rId3', 'styles', 'styles.xml']])],
    ['xl/worksheets/sheet1.xml', sheetXml],
  ]);
  for (const [path, text] of Object.entries(extra)) if (path !== 'xl/workbook.xml') parts.set(path, text);
  return deflatedZip([...parts]);
}

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function rels(entries: [string, string, string][]): string {
  const items = entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`);
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}
