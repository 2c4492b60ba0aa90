'use strict';
/**
 * Building sheets from the task pane into the workbench's workbook (issue 7 §2): the budget from
 * the form shows its sums in the grid; building over a sheet keeps the old one; the same with
 * the keyboard alone.
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

/** The pane's budget form has read the workbook's own budget sheet (issue 13: never a built-in example). */
async function formFromWorkbook(page) {
  await page.waitForFunction(() => document.querySelector('input[value="Samordningsförbundet Umeåregionen"]') !== null);
}

test('the budget form starts from the workbook\'s budget, and building it shows Summa intäkter 11 489, 11 493, 11 496 (seed 003)', () =>
  inBrowser({}, async (page) => {
    await page.goto(server.url);
    await formFromWorkbook(page);
    await page.getByRole('button', { name: 'Bygg bladet' }).click();
    await page.getByRole('alertdialog', { name: 'Ersätta bladet?' }).getByRole('button', { name: 'Ersätt' }).click();
    await page.getByText('Det gamla bladet finns kvar som Budget (gammal).').first().waitFor();
    await h.sheetTab(page, 'Budget').waitFor();
    const income = await h.waitForRow(page, 'Summa intäkter', ['11 489', '11 493', '11 496']);
    assert.deepEqual(income.slice(0, 4), ['Summa intäkter', '11 489', '11 493', '11 496']);
    assert.equal((await h.rowOf(page, 'Summa kostnader'))[1], '-12 635');
    assert.deepEqual(await h.selection(page), { sheet: 'Budget', cell: 'A1' });
    await page.getByText('Bladet Budget är byggt.').first().waitFor();
    await h.screenshot(page, 'workbench-budget');
  }));

test('building over the budget asks first and keeps the old sheet, with its edits, as "Budget (gammal)"', () =>
  inBrowser({}, async (page) => {
    await page.goto(server.url);
    await h.waitForRow(page, 'Summa intäkter', ['11 489']);
    await formFromWorkbook(page);
    // The treasurer's own change to the old sheet: Anställningsstöd 210 instead of 110 in 2021.
    await h.typeInto(page, 'B13', '210');
    await h.waitForRow(page, 'Summa intäkter', ['11 589']);
    await page.getByRole('button', { name: 'Bygg bladet' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Ersätta bladet?' });
    await dialog.waitFor();
    await h.screenshot(page, 'workbench-replace-question');
    await dialog.getByRole('button', { name: 'Ersätt' }).click();
    await page.getByText('Det gamla bladet finns kvar som Budget (gammal).').first().waitFor();
    assert.deepEqual(await h.sheetNames(page), ['Budget (gammal)', 'FINSAM-regler', 'Budget']);
    await h.waitForRow(page, 'Summa intäkter', ['11 489']);
    await h.sheetTab(page, 'Budget (gammal)').click();
    assert.equal(await h.cell(page, 'B13').textContent(), '210');
    await h.waitForRow(page, 'Summa intäkter', ['11 589']);
  }));

test('the build runs with the keyboard alone: Tab to Bygg bladet, Enter, Tab to Ersätt, Space', () =>
  inBrowser({}, async (page) => {
    await page.goto(server.url);
    await h.waitForRow(page, 'Summa intäkter', ['11 489']);
    await formFromWorkbook(page);
    await tabTo(page, (focused) => focused.role === 'button' && focused.text === 'Bygg bladet');
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog', { name: 'Ersätta bladet?' }).waitFor();
    await tabTo(page, (focused) => focused.role === 'button' && focused.text === 'Ersätt');
    await h.screenshot(page, 'workbench-keyboard-replace');
    await page.keyboard.press('Space');
    await page.getByText('Det gamla bladet finns kvar som Budget (gammal).').first().waitFor();
    assert.deepEqual(await h.sheetNames(page), ['Budget (gammal)', 'FINSAM-regler', 'Budget']);
    await h.waitForRow(page, 'Summa intäkter', ['11 489', '11 493', '11 496']);
  }));

/** Presses Tab (only Tab) until the focused element matches, at most 400 times. */
async function tabTo(page, wanted) {
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return { role: element?.getAttribute('role') ?? element?.tagName.toLowerCase(), text: element?.textContent?.trim() ?? '' };
    });
    if (wanted({ ...focused, role: focused.role === 'button' || focused.role === 'BUTTON' ? 'button' : focused.role })) return presses + 1;
  }
  throw new Error('Tab never reached the element');
}
