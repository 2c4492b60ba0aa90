'use strict';
/**
 * The board report printed to PDF (issue 14, item 5): `finsam report` writes rapport.html from an
 * example workbook; headless Chromium opens it as file://, prints it on A4 with page.pdf(), and
 * the test counts the PDF's pages and reads the page's text. The page may ask nothing of any host.
 */
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { after, before, test } = require('node:test');
const h = require('./support/workbench');

const CLI = path.join(h.ROOT, 'bin', 'finsam.js');
const PDFTOTEXT = '/usr/bin/pdftotext';
const COMPILED_REPORT = path.join(h.ROOT, 'dist', 'node', 'cli', 'report.js');
const WHOLE_SENTENCE =
  'Målet för året var Impact Index 70. Utfallet blev 151 av det maximalt möjliga indexvärdet 200. ' +
  'Måluppfyllelsen för förbundet som helhet blev således 76 %. Impact Index 76 är 6 indexpunkter bättre resultat än budgeterat.';

let folder;
let html;
before(() => {
  // The CLI runs from dist/node (npm ci compiles it); compile once if this checkout has not yet.
  if (!fs.existsSync(COMPILED_REPORT)) execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: h.ROOT, stdio: 'inherit' });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-report-'));
  const book = path.join(folder, 'socialt-bokslut-2022.xlsx');
  html = path.join(folder, 'rapport.html');
  execFileSync(process.execPath, [CLI, 'build', '--example', 'socialt-bokslut-2022', book], { stdio: 'pipe' });
  execFileSync(process.execPath, [CLI, 'report', book, '--out', html], { stdio: 'pipe' });
});
after(() => {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** Page objects of a PDF: "/Type /Page", not the "/Type /Pages" of the page tree. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test('rapport.html prints to an A4 PDF of several pages, with the whole sentence, statuses and gauges, offline', async () => {
  const browser = await h.openBrowser();
  try {
    const { page, requests, problems } = browser;
    await page.goto(pathToFileURL(html).href);
    const text = await page.locator('body').innerText();
    assert.ok(text.includes(WHOLE_SENTENCE), 'the whole sentence of DOMAIN.md §7 is on the page');
    assert.ok(text.includes('Nära målet') && text.includes('Ej uppnått') && text.includes('Uppnått'), 'status words');
    assert.equal(await page.locator('svg.gauge').count(), 6, 'a gauge for the whole and one per area');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    fs.mkdirSync(h.ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(h.ARTIFACTS, 'rapport.pdf'), pdf);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pageCount(pdf);
    // The report (5 areas, 70 indicators) and the findings on a page of their own: more than two, far fewer than one per indicator.
    assert.ok(pages >= 3 && pages <= 20, `${pages} pages`);
    // The PDF's own text, where poppler's pdftotext is installed (Debian: poppler-utils); the sentence wraps, so spaces are folded.
    if (fs.existsSync(PDFTOTEXT)) {
      const printed = execFileSync(PDFTOTEXT, ['-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
      assert.ok(printed.includes(WHOLE_SENTENCE), 'the whole sentence is in the PDF');
      assert.ok(printed.includes('79 % (214 av 271)'), 'a count outcome is in the PDF');
    }
    const outside = requests.filter((url) => !/^(file|data):/.test(url));
    assert.deepEqual(outside, [], `requests that left the file: ${outside.join(', ')}`);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
