import { join } from 'path';
import { writeFileSync } from 'fs';
import JSZip from 'jszip';
import { runCheck } from '../../src/cli/check';
import { gaugeChart } from '../../src/sheets/charts';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up/examples';
import { planFollowUp } from '../../src/sheets/follow-up/plan';
import { SheetPlan, WorkbookPlan } from '../../src/sheets/plan';
import { stakeholderAnalysis2020 } from '../../src/sheets/stakeholders';
import { planStakeholders } from '../../src/sheets/stakeholders/plan';
import { readXlsxGrids, writePlanToXlsx } from '../../src/workbook/xlsx';
import { temporaryFolder } from '../support/xlsx-fixtures';

/** Charts in .xlsx files: DrawingML parts added to ExcelJS's package (src/workbook/xlsx/write/charts/). */
const withCharts: WorkbookPlan = { sheets: [planFollowUp(followUpTertial2of2022()), planStakeholders(stakeholderAnalysis2020())] };
const withoutCharts: WorkbookPlan = { sheets: withCharts.sheets.map((sheet) => ({ ...sheet, charts: undefined })) };

async function bytesOf(plan: WorkbookPlan): Promise<Buffer> {
  const result = await writePlanToXlsx(plan);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const part = (zip: JSZip, path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');

describe('the written package has chart parts over the right ranges', () => {
  let zip: JSZip;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await bytesOf(withCharts));
  });

  test('six chart parts (five on the follow-up, the dialogue matrix) in two drawings, each with its content type', async () => {
    const charts = Object.keys(zip.files).filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path)).sort();
    expect(charts).toEqual([1, 2, 3, 4, 5, 6].map((n) => `xl/charts/chart${n}.xml`));
    const types = await part(zip, '[Content_Types].xml');
    for (const path of [...charts, 'xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml']) expect(types).toContain(`PartName="/${path}"`);
    expect(await part(zip, 'xl/drawings/_rels/drawing2.xml.rels')).toContain('Target="../charts/chart6.xml"');
  });

  test('each sheet points at its drawing, before its tables as the schema orders them', async () => {
    const sheet = await part(zip, 'xl/worksheets/sheet1.xml');
    const drawing = /<drawing xmlns:r="[^"]+" r:id="(rId\d+)"\/>/.exec(sheet);
    expect(drawing).not.toBeNull();
    expect(sheet.indexOf('<drawing')).toBeLessThan(sheet.indexOf('<tableParts'));
    const rels = await part(zip, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).toContain(`Id="${drawing?.[1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
  });

  test('the follow-up income chart: budget and prognos over rows 10–18 by name, cached with seed figures', async () => {
    const chart = await part(zip, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain('<c:f>\'Uppföljning\'!$A$10:$A$18</c:f>');
    expect(chart).toContain('<c:f>\'Uppföljning\'!$B$10:$B$18</c:f>');
    expect(chart).toContain('<c:f>\'Uppföljning\'!$C$10:$C$18</c:f>');
    expect(chart).toContain('<a:t>Intäkter: budget och prognos per post</a:t>');
    // Försäkringskassan 5 690 first; Anställningsstöd 131 budgeted, 120 forecast (the examples' figures).
    expect(chart).toContain('<c:pt idx="0"><c:v>5690</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="8"><c:v>131</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="8"><c:v>120</c:v></c:pt>');
  });

  test('the dialogue matrix: a named series per stakeholder, axes 1–5 crossing at 3', async () => {
    const chart = await part(zip, 'xl/charts/chart6.xml');
    expect(chart).toContain('<c:scatterChart>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(stakeholderAnalysis2020().stakeholders.length);
    expect(chart).toContain(`<c:tx><c:strRef><c:f>Intressentanalys!$A$7</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${stakeholderAnalysis2020().stakeholders[0].name}</c:v>`);
    expect(chart).toContain('<c:xVal><c:numRef><c:f>Intressentanalys!$B$7</c:f>');
    expect(chart).toContain('<c:yVal><c:numRef><c:f>Intressentanalys!$C$7</c:f>');
    expect(chart.match(/<c:crossesAt val="3"\/>/g)).toHaveLength(2);
    expect(chart.match(/<c:max val="5"\/><c:min val="1"\/>/g)).toHaveLength(2);
  });
});

describe('a file with charts still reads and checks as before', () => {
  test('the project\'s reader gives the same grids with and without the chart parts', async () => {
    const [a, b] = await Promise.all([readXlsxGrids(await bytesOf(withCharts)), readXlsxGrids(await bytesOf(withoutCharts))]);
    expect(a.ok && b.ok).toBe(true);
    expect(a).toEqual(b);
  });

  test('finsam check says the same of both files', async () => {
    const folder = temporaryFolder();
    try {
      const run = async (plan: WorkbookPlan, name: string) => {
        const path = join(folder.path, name);
        writeFileSync(path, await bytesOf(plan));
        const out: string[] = [];
        const code = await runCheck([path], { out: (line) => out.push(line), err: (line) => out.push(line) }, { year: 2022 });
        return { code, out: out.map((line) => line.replace(path, 'bok.xlsx')) };
      };
      const charted = await run(withCharts, 'med.xlsx');
      expect(charted).toEqual(await run(withoutCharts, 'utan.xlsx'));
      // The example's unexplained Ungdomstorget deviation is still found in the file with charts.
      expect(charted.out.join('\n')).toContain('Ungdomstorget');
    } finally {
      folder.remove();
    }
  });
});

describe('gauges and plans without charts', () => {
  const gaugeSheet: SheetPlan = {
    name: 'Socialt bokslut',
    kind: 'socialBudget',
    cells: [
      { row: 0, col: 1, value: 87 },
      { row: 1, col: 1, value: 70 },
    ],
    tables: [],
    names: [],
    columnWidths: [],
    frozenRows: 0,
    charts: [gaugeChart({ title: 'Impact Visare', value: 'B1', target: 'B2', place: { row: 3, col: 0, width: 5, height: 10 } })],
  };

  test('a gauge is a horizontal bar pair, Utfall and Mål, on 0–100', async () => {
    const zip = await JSZip.loadAsync(await bytesOf({ sheets: [gaugeSheet] }));
    const chart = await part(zip, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:v>Utfall</c:v></c:tx>');
    expect(chart).toContain('<c:f>\'Socialt bokslut\'!$B$1</c:f>');
    expect(chart).toContain('<c:f>\'Socialt bokslut\'!$B$2</c:f>');
    expect(chart).toContain('<c:max val="100"/><c:min val="0"/>');
    expect(await part(zip, 'xl/drawings/drawing1.xml')).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row>');
  });

  test('a chart the plan cannot draw refuses the plan with a Swedish message, and nothing is written', async () => {
    const broken = { ...gaugeSheet, charts: [gaugeChart({ title: 'Trasig', value: 'B1:B2', target: 'B2', place: { row: 3, col: 0, width: 5, height: 10 } })] };
    const result = await writePlanToXlsx({ sheets: [broken] });
    expect(result).toEqual({ ok: false, error: { kind: 'invalidPlan', message: 'Diagrammet "Trasig" på bladet Socialt bokslut går inte att rita: B1:B2 ska vara en cell.' } });
  });

  test('a workbook without charts gets no chart or drawing parts', async () => {
    const zip = await JSZip.loadAsync(await bytesOf(withoutCharts));
    expect(Object.keys(zip.files).filter((path) => /chart|drawing/.test(path))).toEqual([]);
  });
});
