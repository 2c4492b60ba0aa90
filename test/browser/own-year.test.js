'use strict';
/**
 * The treasurer's own year (issue 13, "Done when"): a 2024–2026 budget with new figures typed into
 * the empty pane, and a T1 follow-up fetched from it. Every cell of the built sheets (and of the
 * saved file) is then read: none holds a figure or a text of the seed examples.
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

/** Texts of src/sheets/*\/examples*.ts that only an example carries. */
const SEED_TEXTS = ['seed', 'Påhittad', 'påhittade', '2021–2023', 'Umeå', 'Västerbotten', 'Vännäs', 'Ungdomstorget', 'Tertialrapport', 'styrelsens handling', '2 359'];
/** Figures of the examples (budget 2021–2023, tertial 2 2022) that new figures must not reproduce. */
const SEED_FIGURES = [2359, 146, 113, 83, 106, 37, 5690, 2845, 2353, 11489, 11493, 11496, 12635, 2040, 1724, 1800, 11380, 12365, 11511, 869, 296, 2096, 77649];


/** Types `value` into the field labelled `label` inside `scope`, as paste does (fill replaces). */
async function fill(scope, label, value) {
  await scope.getByLabel(label, { exact: true }).fill(value);
}

async function typeBudget(page) {
  const form = page.getByRole('form', { name: 'Budget' });
  await fill(form, 'Förbundets namn', 'Samordningsförbundet Malmö');
  await fill(form, 'Första år', '2024');
  const state = form.getByRole('group', { name: 'Statens tilldelning' });
  for (const [year, amount] of [['2024', '3 000'], ['2025', '3 100'], ['2026', '3 200']]) await fill(state, year, amount);
  await form.getByRole('button', { name: 'Lägg till kommun' }).click();
  await fill(form.getByRole('group', { name: 'utan namn' }), 'Kommun', 'Malmö stad');
  const malmo = form.getByRole('group', { name: 'Malmö stad' });
  for (const year of ['2024', '2025', '2026']) await fill(malmo, `Befolkning ${year}`, '220 000');
  await fill(form, 'Regionens namn', 'Region Skåne');
  await form.getByRole('button', { name: 'Lägg till avsnitt' }).click();
  await fill(form.getByRole('group', { name: 'Nytt avsnitt' }), 'Avsnitt', 'Insatser');
  const line = form.getByRole('group', { name: 'Insatser' }).getByRole('group', { name: 'utan namn' });
  await fill(line, 'Rad', 'Arbetsträning');
  const training = form.getByRole('group', { name: 'Arbetsträning' });
  for (const [year, amount] of [['2024', '5 000'], ['2025', '5 100'], ['2026', '5 200']]) await fill(training, year, amount);
  await fill(form, 'Eget kapital vid årets början 2024 (tkr, tomt = utan rader för eget kapital)', '700');
}

/** Every cell of the sheet shown now, as the grid prints it. */
const gridTexts = (page) => page.evaluate(() => [...document.querySelectorAll('td[role="gridcell"]')].map((td) => td.textContent ?? ''));

function assertNoSeed(texts, where) {
  for (const text of texts) {
    for (const seed of SEED_TEXTS) assert.ok(!text.includes(seed), `${where}: "${text}" holds the seed text "${seed}"`);
    const number = Number(String(text).replace(/[\s\u00a0\u2212]/g, '').replace('−', '-').replace(',', '.'));
    if (String(text).trim() !== '' && Number.isFinite(number)) assert.ok(!SEED_FIGURES.includes(Math.abs(number)), `${where}: ${text} is a seed figure`);
  }
}

test('a 2024–2026 budget typed into the empty pane and a T1 follow-up from it hold no figure or text of the seed examples', () =>
  h.inBrowser(server, {}, async (page) => {
    await page.goto(`${server.url}?example=tom`);
    const association = page.getByLabel('Förbundets namn', { exact: true });
    assert.equal(await association.inputValue(), '', 'the budget form starts empty');
    await typeBudget(page);
    await page.getByRole('button', { name: 'Bygg bladet' }).click();
    await h.sheetTab(page, 'Budget').waitFor();
    // State 3 000, the region a quarter of the whole (1 500) and Malmö stad the other quarter.
    await h.waitForRow(page, 'Summa intäkter', ['6 000', '6 200', '6 400']);
    assert.deepEqual((await h.rowOf(page, 'Resultat')).slice(0, 4), ['Resultat', '1 000', '1 100', '1 200']);
    assert.deepEqual((await h.rowOf(page, 'Eget kapital vid årets slut')).slice(0, 4), ['Eget kapital vid årets slut', '1 700', '2 800', '4 000']);
    const budgetCells = await gridTexts(page);
    assert.ok(budgetCells.some((text) => /^Källa: inmatat i FINSAM-panelen \d{4}-\d{2}-\d{2}$/.test(text)), 'the source names the pane');
    assertNoSeed(budgetCells, 'Budget');

    await h.paneTab(page, 'Uppföljning').click();
    const form = page.getByRole('form', { name: 'Uppföljning' });
    await fill(form, 'År', '2024');
    await form.getByRole('radio', { name: 'T1 (jan–apr)' }).check();
    assert.equal(await form.getByRole('radio').count(), 3, 'one period choice for the form and the ledger');
    await form.getByRole('button', { name: 'Hämta från budgeten' }).click();
    await form.getByText('Hämtade 4 rader för 2024 från bladet "Budget".').waitFor();
    assert.equal(await form.getByLabel('Eget kapital vid årets början enligt budgeten', { exact: true }).inputValue(), '700');
    await fill(form, 'Eget kapital vid årets början enligt bokslutet', '750');
    const training = form.getByRole('group', { name: 'Arbetsträning' });
    assert.equal(await training.getByLabel('Budget', { exact: true }).inputValue(), '5 000');
    await fill(training, 'Prognos helår', '4 400');
    await fill(training, 'Utfall T1 (jan–apr)', '1 400');
    await training.getByText('Avvikelsen ska förklaras').waitFor();
    await fill(training, 'Förklaring', 'Färre platser än planerat.');
    await form.getByRole('button', { name: 'Bygg bladet' }).click();
    await h.sheetTab(page, 'Uppföljning').waitFor();
    const row = await h.waitForRow(page, 'Arbetsträning', ['-5 000', '-4 400', '600', 'SANT', 'Färre platser än planerat.', '-1 400']);
    assert.equal(row[0], 'Arbetsträning');
    assert.equal((await h.rowOf(page, 'Period'))[1], 'tertial 1');
    assertNoSeed(await gridTexts(page), 'Uppföljning');
    await h.screenshot(page, 'workbench-own-year');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara .xlsx' }).click()]);
    assert.equal(download.suggestedFilename(), 'budget-2024-2026.xlsx');
    fs.mkdirSync(h.ARTIFACTS, { recursive: true });
    const file = path.join(h.ARTIFACTS, 'own-year.xlsx');
    await download.saveAs(file);
    const { readXlsxGrids } = require(path.join(h.ROOT, 'dist', 'node', 'workbook', 'xlsx'));
    const read = await readXlsxGrids(file);
    assert.ok(read.ok, read.error?.message);
    assert.deepEqual(read.value.map((grid) => grid.sheet), ['Blad1', 'Budget', 'Uppföljning']);
    for (const grid of read.value) {
      const cells = grid.values.flat().filter((value) => value !== null && value !== undefined).map(String);
      assertNoSeed(cells, `${grid.sheet} (fil)`);
      assertNoSeed(grid.formulas.flat().filter(Boolean).map(String), `${grid.sheet} (formler)`);
    }

    // A change after the save, then closing the tab: the browser asks first (beforeunload).
    await h.sheetTab(page, 'Blad1').click();
    await h.typeInto(page, 'A1', 'osparat');
    const asked = new Promise((resolve) => page.once('dialog', async (dialog) => {
      resolve(dialog.type());
      await dialog.dismiss();
    }));
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');
  }));
