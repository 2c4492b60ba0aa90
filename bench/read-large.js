'use strict';
// `node bench/read-large.js` (after `npm run prepare`): the streaming .xlsx reader on a 5 MB
// workbook (130 000 rows, 660 000 cells), against the floor any reader pays: unzipping every part
// to text with JSZip. Both in this process, taking turns; the figure is the ratio of their CPU
// times and the reader's peak heap, so a loaded machine moves both sides alike.
const { performance } = require('perf_hooks');
const JSZip = require('jszip');
const { readXlsxGrids } = require('../dist/node/workbook/xlsx');
const { gc, mainThreadMs, writeResults } = require('./harness');

const ROWS = Number(process.env.BENCH_ROWS ?? 130_000);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function largeWorkbook(rows) {
  const strings = [];
  const lines = [];
  for (let row = 1; row <= rows; row += 1) {
    strings.push(`Rad nummer ${row} med lite text`);
    let cells = `<c r="A${row}"><v>${row}</v></c><c r="B${row}" t="s"><v>${strings.length - 1}</v></c>`;
    cells += `<c r="C${row}"><v>${(row * 3.5).toFixed(1)}</v></c><c r="D${row}"><v>${row / 7}</v></c><c r="E${row}"><f>C${row}*2</f><v>${row * 7}</v></c>`;
    if (row % 10 === 0) {
      strings.push(`anteckning ${row}`);
      cells += `<c r="F${row}" t="s"><v>${strings.length - 1}</v></c>`;
    }
    lines.push(`<row r="${row}">${cells}</row>`);
  }
  const rel = (id, type, target) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`);
  zip.file('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'sharedStrings', 'sharedStrings.xml')}</Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}"><sheetData>${lines.join('')}</sheetData></worksheet>`);
  zip.file('xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${strings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function unzipAll(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  let length = 0;
  for (const file of Object.values(zip.files)) if (!file.dir) length += (await file.async('string')).length;
  return length;
}

const clock = mainThreadMs ?? (() => performance.now());
async function timed(run) {
  gc();
  const start = clock();
  await run();
  return clock() - start;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const bytes = await largeWorkbook(ROWS);
  const check = await readXlsxGrids(bytes);
  if (!check.ok || check.value[0].values.length !== ROWS) throw new Error('the reader did not read every row');
  await unzipAll(bytes);
  const reader = [];
  const floor = [];
  let peakHeap = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const readFirst = run % 2 === 0;
    if (!readFirst) floor.push(await timed(() => unzipAll(bytes)));
    reader.push(await timed(() => readXlsxGrids(bytes)));
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (readFirst) floor.push(await timed(() => unzipAll(bytes)));
  }
  const entry = { name: 'read 5 MB xlsx', readerMs: Math.round(median(reader)), unzipMs: Math.round(median(floor)) };
  entry.ratio = Number((median(reader) / median(floor)).toFixed(2));
  console.log(`${(bytes.length / 1e6).toFixed(1)} MB, ${ROWS} rows: reader ${entry.readerMs} ms, unzip alone ${entry.unzipMs} ms, ratio ${entry.ratio}; heap peak ${(peakHeap / 1048576).toFixed(0)} MB`);
  writeResults([entry]);
}

main().catch((error) => {
  console.error(`bench failed, results.json not written: ${error.stack ?? error}`);
  process.exitCode = 1;
});
