#!/usr/bin/env node
// `npm run verify-export` (issue 8, "proof in a second engine"): exports every example workbook
// and the proof workbook of src/export/proof-workbook.ts, lets LibreOffice Calc recompute the
// exported files, and compares every formula cell with the add-in's own values (1e-9, relative
// above 1). Prints "N of M cells agree"; exits 1 on any difference. Run after `npm run prepare`.
//
// LibreOffice does not recompute an .xlsx on load by default, so soffice runs with a fresh
// profile whose OOXMLRecalcMode is 0 (always). A canary file whose cached value is wrong on
// purpose proves that the recalculation happened; without it every cell would "agree" with the
// cached values the export wrote.
//
// Without soffice the script skips (exit 0) on a developer's machine, and fails when CI is set.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist', 'node');
const { exportWorkbookBytes, proofWorkbook, sameValue, shownValue } = require(path.join(dist, 'export'));
const { readXlsxGrids, writePlanToXlsx } = require(path.join(dist, 'workbook', 'xlsx'));
const { cellAddress } = require(path.join(dist, 'sheets', 'address'));
const ExcelJS = require('exceljs');

const CANARY = 'zz-canary';
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;
const ERROR_CODES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** SOFFICE names the program to use, and only it; else the PATH and the usual places. */
function findSoffice() {
  if (process.env.SOFFICE !== undefined) return fs.existsSync(process.env.SOFFICE) ? process.env.SOFFICE : undefined;
  const candidates = (process.env.PATH || '').split(path.delimiter).flatMap((dir) => [path.join(dir, 'soffice'), path.join(dir, 'libreoffice')]);
  candidates.push('/usr/lib/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice');
  return candidates.find((candidate) => fs.existsSync(candidate));
}

/** Every workbook to prove: the committed examples, then the proof workbook written fresh. */
async function sources(work) {
  const folder = path.join(root, 'examples');
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.xlsx')).sort();
  const list = files.map((name) => ({ name: name.replace(/\.xlsx$/, ''), bytes: fs.readFileSync(path.join(folder, name)) }));
  const proof = await writePlanToXlsx(proofWorkbook(), path.join(work, 'alla-funktioner.xlsx'));
  if (!proof.ok) throw new Error(proof.error.message);
  list.push({ name: 'alla-funktioner', bytes: proof.value });
  return list;
}

/** A workbook whose cached A2 (0) is wrong: only a real recalculation gives 42. */
async function writeCanary(file) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kanarie');
  sheet.getCell('A1').value = 2;
  sheet.getCell('A2').value = { formula: 'A1*21', result: 0 };
  await workbook.xlsx.writeFile(file);
}

function recalculate(soffice, work, files, outDir) {
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--convert-to', 'xlsx', '--outdir', outDir, ...files];
  const run = spawnSync(soffice, args, { encoding: 'utf8', timeout: 10 * 60 * 1000 });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status ?? run.signal}): ${run.stderr || run.stdout}`);
}

/** LibreOffice's value as the add-in's kind: its errors come back as code text. */
function fromLibreOffice(value) {
  return typeof value === 'string' && ERROR_CODES.has(value) ? { error: value } : value;
}

async function compare(source, exportedFile, recalculatedFile) {
  const exported = await readXlsxGrids(exportedFile);
  const recalculated = await readXlsxGrids(recalculatedFile);
  if (!exported.ok || !recalculated.ok) throw new Error(`${source.name}: ${(exported.error || recalculated.error).message}`);
  const differences = [];
  let compared = 0;
  for (const grid of exported.value) {
    const other = recalculated.value.find((candidate) => candidate.sheet === grid.sheet);
    (grid.formulas || []).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!formula) return;
        compared += 1;
        const expected = source.values.get(grid.sheet)?.[r]?.[c] ?? null;
        const got = fromLibreOffice(other?.values[r]?.[c] ?? null);
        if (!sameValue(got, expected)) differences.push(`${source.name} ${grid.sheet}!${cellAddress(r, c)}: LibreOffice ${shownValue(got)}, FINSAM ${shownValue(expected)}; ${formula.slice(0, 160)}`);
      }),
    );
  }
  return { compared, differences };
}

async function main() {
  const soffice = findSoffice();
  if (!soffice) {
    if (process.env.CI) {
      console.error('verify-export: LibreOffice (soffice) not found; CI must install libreoffice-calc-nogui.');
      return 1;
    }
    console.log('verify-export: skipped: LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui). In CI this fails.');
    return 0;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-verify-'));
  const inDir = path.join(work, 'in');
  const outDir = path.join(work, 'out');
  fs.mkdirSync(inDir);
  fs.mkdirSync(outDir);
  try {
    const started = Date.now();
    const exported = [];
    for (const source of await sources(work)) {
      const result = await exportWorkbookBytes(source.bytes, `${source.name}.xlsx`);
      if (!result.ok) throw new Error(`${source.name}: ${result.error.message}`);
      fs.writeFileSync(path.join(inDir, `${source.name}.xlsx`), result.value.bytes);
      const asValues = result.value.conversions.filter((conversion) => conversion.newFormula === undefined).length;
      exported.push({ name: source.name, values: result.value.values, conversions: result.value.conversions.length, asValues });
    }
    await writeCanary(path.join(inDir, `${CANARY}.xlsx`));
    const files = fs.readdirSync(inDir).sort().map((name) => path.join(inDir, name));
    const libreStarted = Date.now();
    recalculate(soffice, work, files, outDir);
    const libreSeconds = (Date.now() - libreStarted) / 1000;

    const canary = await readXlsxGrids(path.join(outDir, `${CANARY}.xlsx`));
    const canaryValue = canary.ok ? canary.value[0].values[1]?.[0] : undefined;
    if (canaryValue !== 42) {
      console.error(`verify-export: LibreOffice did not recalculate (canary A2 is ${canaryValue}, expected 42); the comparison would prove nothing.`);
      return 1;
    }
    let agree = 0;
    let total = 0;
    const differences = [];
    for (const source of exported) {
      const result = await compare(source, path.join(inDir, `${source.name}.xlsx`), path.join(outDir, `${source.name}.xlsx`));
      agree += result.compared - result.differences.length;
      total += result.compared;
      differences.push(...result.differences);
      const note = source.asValues ? `, ${source.asValues} written as values` : '';
      console.log(`  ${source.name}: ${result.compared - result.differences.length} of ${result.compared} cells agree (${source.conversions} converted${note})`);
    }
    for (const difference of differences) console.error(`  differs: ${difference}`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`${agree} of ${total} cells agree (LibreOffice recalculated ${exported.length} workbooks in ${libreSeconds.toFixed(1)} s; ${seconds} s in all)`);
    return differences.length === 0 && total > 0 ? 0 : 1;
  } finally {
    if (!process.env.FINSAM_KEEP_VERIFY) fs.rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`verify-export: ${error.stack || error.message}`);
    process.exitCode = 1;
  },
);
