'use strict';
/**
 * Reading and driving the workbench's grid and task pane the way a person does: by the names a
 * screen reader hears (roles and labels), never by CSS classes.
 */

/** The grid of the sheet shown now. */
const grid = (page) => page.getByRole('grid');

/** The cell at an address ("B14") of the sheet shown now. */
const cell = (page, address) => page.locator(`td[role="gridcell"][data-cell="${address}"]`);

/** The texts of the row whose column A reads `label`, from column A on ("Summa intäkter", "11 489", …). */
async function rowOf(page, label) {
  return page.evaluate((wanted) => {
    const first = [...document.querySelectorAll('td[role="gridcell"][data-col="0"]')].find((td) => td.textContent === wanted);
    if (!first) return undefined;
    return [...first.parentElement.querySelectorAll('td[role="gridcell"]')].map((td) => td.textContent);
  }, label);
}

/** Waits until the row `label` shows `values` from column B on. */
async function waitForRow(page, label, values) {
  await page.waitForFunction(
    ({ wanted, expected }) => {
      const first = [...document.querySelectorAll('td[role="gridcell"][data-col="0"]')].find((td) => td.textContent === wanted);
      if (!first) return false;
      const texts = [...first.parentElement.querySelectorAll('td[role="gridcell"]')].map((td) => td.textContent);
      return expected.every((value, index) => texts[index + 1] === value);
    },
    { wanted: label, expected: values },
  );
  return rowOf(page, label);
}

/** The sheet tabs under the grid (Fluent's Tab prints its text twice, so names come from data-sheet). */
const sheetTabs = (page) => page.locator('[role="tab"][data-sheet]');
const sheetTab = (page, name) => page.locator(`[role="tab"][data-sheet="${name}"]`);

async function sheetNames(page) {
  return sheetTabs(page).evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-sheet')));
}

/** { sheet, cell } of the grid's selection, as the page shows it. */
async function selection(page) {
  return page.evaluate(() => {
    const tab = document.querySelector('[role="tab"][data-sheet][aria-selected="true"]');
    const selected = document.querySelector('td[role="gridcell"][aria-selected="true"]');
    return { sheet: tab?.getAttribute('data-sheet') ?? null, cell: selected?.getAttribute('data-cell') ?? null };
  });
}

/** Clicks a cell and types into it, then Enter, as a person does. */
async function typeInto(page, address, text) {
  await cell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** How cells look on screen, by address: weight, fill, and the width of the cell (its column's). */
async function looks(page, addresses) {
  return page.evaluate((wanted) => Object.fromEntries(wanted.map((address) => {
    const td = document.querySelector(`td[role="gridcell"][data-cell="${address}"]`);
    const style = getComputedStyle(td);
    return [address, { fontWeight: style.fontWeight, background: style.backgroundColor, columnWidth: Math.round(td.getBoundingClientRect().width) }];
  })), addresses);
}

/** The pane's page tab ("Budget", "Kontroll" …). */
const paneTab = (page, name) => page.getByRole('tablist', { name: 'Välj blad', exact: true }).getByRole('tab', { name, exact: true });

module.exports = { grid, cell, rowOf, waitForRow, sheetTabs, sheetTab, sheetNames, selection, typeInto, paneTab, looks };
