'use strict';
/**
 * The workbench itself (issue 7 §1): it opens the budget example with its rules, formatted the
 * Swedish way, asks nothing of the network, follows a dark theme, saves and opens .xlsx in the
 * page, and never drops unsaved changes without asking.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { after, before, test } = require('node:test');
const h = require('./support/workbench');

let server;
before(async () => {
  server = await h.startServer();
});
after(async () => {
  await server?.close();
});

const inBrowser = (options, scenario) => h.inBrowser(server, options, scenario);

test('opens Budget and FINSAM-regler with Swedish number formats, loading only its own page and script', () =>
  inBrowser({}, async (page, browser) => {
    await page.goto(server.url);
    await h.waitForRow(page, 'Summa intäkter', ['11 489', '11 493', '11 496']);
    assert.deepEqual(await h.sheetNames(page), ['Budget', 'FINSAM-regler']);
    assert.deepEqual(await h.selection(page), { sheet: 'Budget', cell: 'A1' });
    assert.equal(await page.getByRole('textbox', { name: 'Formel eller värde i A1' }).inputValue(), 'Budget 2021–2023');
    // A formula cell: Umeå's 2022 contribution, computed by INDEX(FINSAM.SHARES(…)), the split by row.
    await h.cell(page, 'C6').click();
    assert.match(await page.getByRole('textbox', { name: 'Formel eller värde i C6' }).inputValue(), /^=INDEX\(FINSAM\.SHARES\(/);
    assert.equal(await h.cell(page, 'C6').textContent(), '2 353');
    await h.sheetTab(page, 'FINSAM-regler').click();
    const texts = await page.locator('td[role="gridcell"]').allTextContents();
    assert.ok(texts.includes('40 %'), `no "40 %" among ${texts.filter(Boolean).join(' | ')}`);
    await h.screenshot(page, 'workbench-rules');
    assert.deepEqual(browser.requests, [server.url, `${server.url}workbench.js`]);
  }));

test('dark theme: ?theme=dark and a dark system setting both give the dark Fluent theme', async () => {
  const background = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor);
  await inBrowser({}, async (page) => {
    await page.goto(`${server.url}?theme=dark`);
    await h.waitForRow(page, 'Summa intäkter', ['11 489']);
    assert.equal(await background(page), 'rgb(41, 41, 41)');
    await h.screenshot(page, 'workbench-dark');
  });
  await inBrowser({ colorScheme: 'dark' }, async (page) => {
    await page.goto(server.url);
    await h.waitForRow(page, 'Summa intäkter', ['11 489']);
    assert.equal(await background(page), 'rgb(41, 41, 41)');
  });
});

test('Spara .xlsx downloads the workbook with its computed sums, and Öppna .xlsx opens it again with its looks', () =>
  inBrowser({}, async (page) => {
    await page.goto(server.url);
    await h.waitForRow(page, 'Summa intäkter', ['11 489']);
    const built = await h.looks(page, ['A14', 'B13', 'B14']);
    await h.typeInto(page, 'B13', '210');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara .xlsx' }).click()]);
    assert.equal(download.suggestedFilename(), 'budget-2021-2023.xlsx');
    const file = path.join(h.ARTIFACTS, 'workbench-saved.xlsx');
    fs.mkdirSync(h.ARTIFACTS, { recursive: true });
    await download.saveAs(file);
    await page.getByText('Arbetsboken är sparad som budget-2021-2023.xlsx.').waitFor();

    // Read back with the same reader `finsam check` uses: the cached sum is the recomputed one.
    const { readXlsxGrids } = require(path.join(h.ROOT, 'dist', 'node', 'workbook', 'xlsx'));
    const read = await readXlsxGrids(file);
    assert.ok(read.ok, read.error?.message);
    const budget = read.value.find((grid) => grid.sheet === 'Budget');
    const income = budget.values.find((row) => row[0] === 'Summa intäkter');
    assert.deepEqual(income.slice(1, 4), [11589, 11493, 11496]);

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText('workbench-saved.xlsx är öppnad.').waitFor();
    assert.deepEqual(await h.sheetNames(page), ['Budget', 'FINSAM-regler']);
    // A file brings its number formats (tkr: 11 589), bold sums, yellow inputs and column widths.
    await h.waitForRow(page, 'Summa intäkter', ['11 589', '11 493', '11 496']);
    const reopened = await h.looks(page, ['A14', 'B13', 'B14']);
    assert.deepEqual(reopened, built);
    assert.ok(Number(reopened.B14.fontWeight) >= 700, `Summa intäkter is not bold: ${reopened.B14.fontWeight}`);
    assert.notEqual(reopened.B13.background, reopened.B14.background, 'the input cell B13 has no fill of its own');
    assert.ok(reopened.A14.columnWidth > 2 * reopened.B14.columnWidth, `column A is not the wide label column: ${JSON.stringify(reopened)}`);
    await h.typeInto(page, 'B13', '110');
    await h.waitForRow(page, 'Summa intäkter', ['11 489']);
  }));

test('opening an example over unsaved changes asks first, and Avbryt keeps them', () =>
  inBrowser({}, async (page) => {
    await page.goto(server.url);
    await h.typeInto(page, 'B13', '210');
    await page.getByRole('button', { name: 'Öppna exempel' }).click();
    await page.getByRole('menuitem', { name: 'Deltagare 2022' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Öppna en annan arbetsbok?' });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await h.sheetNames(page), ['Budget', 'FINSAM-regler']);
    assert.equal(await h.cell(page, 'B13').textContent(), '210');

    await page.getByRole('button', { name: 'Öppna exempel' }).click();
    await page.getByRole('menuitem', { name: 'Deltagare 2022' }).click();
    await dialog.getByRole('button', { name: 'Öppna ändå' }).click();
    await h.sheetTab(page, 'Deltagare').waitFor();
    assert.deepEqual(await h.sheetNames(page), ['Deltagare', 'FINSAM-regler']);
  }));

test('charts: the follow-up example draws its budget-against-prognos charts beside the grid, from the page\'s own server', () =>
  inBrowser({}, async (page, browser) => {
    await page.goto(`${server.url}?example=uppfoljning-tertial-2-2022`);
    const charts = page.locator('aside[aria-label^="Diagram på bladet"]');
    await charts.locator('svg').first().waitFor();
    assert.ok((await charts.locator('svg').count()) >= 1);
    // The chart library is its own chunk, loaded only now, and from the same server.
    assert.ok(browser.requests.every((url) => url.startsWith(server.url)), browser.requests.join(' '));
    assert.ok(browser.requests.length > 2, `no chart chunk among ${browser.requests.join(' ')}`);
    await h.screenshot(page, 'workbench-charts');
  }));
