'use strict';
/**
 * Typing into the grid and following findings (issue 7 §2): a weight of 12 typed into a social
 * budget is found by Kontroll, and a click on the finding selects that cell in the grid; formulas,
 * FINSAM functions included, recalculate as they are typed.
 */
const assert = require('node:assert/strict');
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

test('a weight of 12 typed into Social budget 2022 is found, and clicking the finding selects G8 in the grid', () =>
  inBrowser({}, async (page) => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Öppna exempel' }).click();
    await page.getByRole('menuitem', { name: 'Social budget 2021 och 2022' }).click();
    await h.sheetTab(page, 'Social budget 2022').click();
    assert.equal(await h.cell(page, 'M7').textContent(), '200');
    // Indicator 1.1.2 weighs 7; 12 is off the 1–10 scale.
    await h.typeInto(page, 'G8', '12');
    assert.equal(await h.cell(page, 'G8').textContent(), '12');
    await page.waitForFunction(() => document.querySelector('td[data-cell="M7"]')?.textContent === '205');
    assert.deepEqual(await h.selection(page), { sheet: 'Social budget 2022', cell: 'G9' });

    await h.sheetTab(page, 'FINSAM-regler').click();
    await h.paneTab(page, 'Kontroll').click();
    await page.getByRole('button', { name: 'Kontrollera' }).click();
    const finding = page.getByRole('button', { name: 'G8: Indikator 1.1.2 har vikten 12; en vikt ska vara ett heltal 1–10.' });
    await finding.click();
    await page.waitForFunction(() => document.querySelector('td[aria-selected="true"]')?.getAttribute('data-cell') === 'G8');
    assert.deepEqual(await h.selection(page), { sheet: 'Social budget 2022', cell: 'G8' });
    assert.equal(await page.getByRole('textbox', { name: 'Cell' }).inputValue(), 'G8');
    assert.equal(await page.getByRole('textbox', { name: 'Formel eller värde i G8' }).inputValue(), '12');
    // The seeds' own inconsistency is still reported: 172 stated, 176 summed (seed 003, 2021).
    await page.getByRole('button', { name: /^M14: Angivet maximalt Impactvärde är 172/ }).first().waitFor();
    await h.screenshot(page, 'workbench-finding');
  }));

test('typed formulas recalculate: FINSAM.SHARES spills 2 494, 159, 124, 92, 121 and a weight of 12 shows its Swedish message', () =>
  inBrowser({}, async (page) => {
    await page.goto(`${server.url}?example=tom`);
    // Typed as in a Swedish Excel, the workbench's default: semicolons and decimal commas.
    await h.typeInto(page, 'A1', '=FINSAM.SHARES(2990;{83,42;5,31;4,15;3,08;4,04};0)');
    await page.waitForFunction(() => document.querySelector('td[data-cell="A5"]')?.textContent === '121');
    const column = await Promise.all(['A1', 'A2', 'A3', 'A4', 'A5'].map((address) => h.cell(page, address).textContent()));
    assert.deepEqual(column, ['2494', '159', '124', '92', '121']);
    assert.deepEqual(await h.selection(page), { sheet: 'Blad1', cell: 'A2' });

    // Arrows move the selection; typing a number, a Swedish decimal and a percentage.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    assert.deepEqual(await h.selection(page), { sheet: 'Blad1', cell: 'B1' });
    await page.keyboard.type('2 845,5');
    await page.keyboard.press('Enter');
    await h.typeInto(page, 'C1', '85 %');
    await h.typeInto(page, 'D1', '=B1*C1');
    assert.equal(await h.cell(page, 'B1').textContent(), '2845,5');
    assert.equal(await h.cell(page, 'C1').textContent(), '0,85');
    assert.equal(await h.cell(page, 'D1').textContent(), '2418,675');

    await h.typeInto(page, 'E1', '=FINSAM.IMPACTINDEX({10;10;12};{SANT;FALSKT;SANT})');
    await h.cell(page, 'E1').click();
    assert.equal(await h.cell(page, 'E1').textContent(), '#VALUE!');
    assert.equal(await page.getByRole('textbox', { name: 'Formel eller värde i E1' }).inputValue(), '=FINSAM.IMPACTINDEX({10;10;12};{SANT;FALSKT;SANT})');
    await page.getByRole('note').filter({ hasText: '#VALUE!: Vikt nr 3 är 12' }).waitFor();

    // The formula bar changes a cell too; the spill follows.
    await h.cell(page, 'A1').click();
    const bar = page.getByRole('textbox', { name: 'Formel eller värde i A1' });
    await bar.fill('=FINSAM.SHARES(100;{1;1;1};0)');
    await bar.press('Enter');
    await page.waitForFunction(() => document.querySelector('td[data-cell="A3"]')?.textContent === '33');
    assert.deepEqual(await Promise.all(['A1', 'A2', 'A3', 'A4'].map((address) => h.cell(page, address).textContent())), ['34', '33', '33', '']);
    await h.screenshot(page, 'workbench-formulas');

    // Swedish function names work; English syntax is refused with a message naming the setting,
    // and what was typed stays in the cell's editor.
    await h.typeInto(page, 'F1', '=SUMMA(B1;C1)');
    assert.equal(await h.cell(page, 'F1').textContent(), '2846,35');
    await h.cell(page, 'G1').click();
    await page.keyboard.type('=SUM(B1,C1)');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Formeln i G1 går inte att tolka. Formelspråket är svenska (sv-SE)' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Redigera G1' }).inputValue(), '=SUM(B1,C1)');
    await page.keyboard.press('Escape');
    assert.equal(await h.cell(page, 'G1').textContent(), '');
    // English syntax, chosen as in Excel's own setting: the same cell shows in that syntax.
    await page.getByLabel('Formelspråk').selectOption('en-US');
    await h.cell(page, 'F1').click();
    assert.equal(await page.getByRole('textbox', { name: 'Formel eller värde i F1' }).inputValue(), '=SUM(B1,C1)');
    await h.typeInto(page, 'G1', '=SUM(B1,C1)');
    assert.equal(await h.cell(page, 'G1').textContent(), '2846,35');
  }));
