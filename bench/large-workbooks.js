'use strict';
// Generated large workbooks for bench/check-large.js (issue 17's bounds: a file ≤ 10 MB checked
// and exported within 30 s and 1 GB). Nothing large is committed: each is built here, in memory.
// `node bench/large-workbooks.js DIR` writes them to DIR for `/usr/bin/time -v node bin/finsam.js …`.
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ACHIEVED = ['ja', 'nej', 'ja', 'x', 'nej'];

/** A one-sheet package from the rows' XML and the shared strings. */
function packageOf(rows, strings) {
  const rel = (id, type, target) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>');
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`);
  zip.file('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'sharedStrings', 'sharedStrings.xml')}</Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`);
  zip.file('xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${strings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The workbook of bench/read-large.js: 130 000 rows, text, numbers and a plain formula per row, no FINSAM. */
function ledger(rows, withFinsam) {
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
    // One FINSAM formula over the first three weights, saved by Excel without the add-in (#NAME?).
    if (withFinsam && row === 1) cells += `<c r="G1" t="e"><f>_xludf.FINSAM.IMPACTVALUE(A1:A3,{"ja";"nej";"ja"})</f><v>#NAME?</v></c>`;
    lines.push(`<row r="${row}">${cells}</row>`);
  }
  return packageOf(lines, strings);
}

/** 1 000 000 rows of amounts, and 1 000 FINSAM formulas each over three of them (≈ 8 MB). */
function million(rows = 1_000_000, formulas = 1_000) {
  const lines = [];
  let seed = 17;
  for (let row = 1; row <= rows; row += 1) {
    seed = (seed * 48271) % 2147483647;
    let cells = `<c r="A${row}"><v>${seed % 100000}</v></c>`;
    if (row <= formulas) cells += `<c r="C${row}"><f>FINSAM.IMPACTVALUE(A${row}:A${row + 2},{"ja";"nej";"ja"})</f><v>0</v></c>`;
    lines.push(`<row r="${row}">${cells}</row>`);
  }
  return packageOf(lines, []);
}

/** One FINSAM formula over 100 000 weights and 100 000 achieved cells (the values it uses). */
function oneOverMany(rows = 100_000) {
  const strings = ACHIEVED;
  const lines = [];
  for (let row = 1; row <= rows; row += 1) {
    let cells = `<c r="A${row}"><v>${(row % 9) + 1}</v></c><c r="B${row}" t="s"><v>${row % strings.length}</v></c>`;
    if (row === 1) cells += `<c r="D1" t="e"><f>_xludf.FINSAM.IMPACTINDEX(A:A,B:B)</f><v>#NAME?</v></c>`;
    lines.push(`<row r="${row}">${cells}</row>`);
  }
  return packageOf(lines, strings);
}

/** Every bench workbook by name. */
const WORKBOOKS = {
  'ledger-130k': () => ledger(130_000, false),
  'ledger-130k-finsam': () => ledger(130_000, true),
  'million-rows': () => million(),
  'finsam-over-100k': () => oneOverMany(),
};

module.exports = { WORKBOOKS };

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('node bench/large-workbooks.js DIR');
    process.exit(2);
  }
  (async () => {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, build] of Object.entries(WORKBOOKS)) {
      const bytes = await build();
      fs.writeFileSync(path.join(dir, `${name}.xlsx`), bytes);
      console.log(`${name}.xlsx ${(bytes.length / 1e6).toFixed(1)} MB`);
    }
  })();
}
