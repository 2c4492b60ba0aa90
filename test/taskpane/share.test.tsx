/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exportNative } from '../../src/export/export-native';
import { EXAMPLES } from '../../src/sheets/registry';
import { Grid } from '../../src/sheets/grid';
import { SheetPlan } from '../../src/sheets/plan';
import { boardPlans, boardSheetName, retarget } from '../../src/taskpane/share/board-plans';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


/** The budget example (Budget and FINSAM-regler) as the engine computes it. */
function budgetGrids(): Grid[] {
  return gridsOf(engineFromPlan(EXAMPLES['budget-2021-2023']()));
}

const hasFinsam = (plan: SheetPlan) => plan.cells.some((cell) => /FINSAM\./i.test(cell.formula ?? ''));

async function share() {
  await userEvent.click(screen.getByRole('button', { name: 'Dela med styrelsen' }));
}

describe('Dela med styrelsen', () => {
  it('writes "Budget (styrelsen)" with native formulas that give the add-in\'s values, and leaves the user\'s sheets alone', async () => {
    const grids = budgetGrids();
    const before = JSON.stringify(grids);
    const port = new FakeWorkbook(grids);
    renderPane({ port, initialTab: 'validation' });
    expect(screen.getByText(/#NAMN\?/)).toBeTruthy();
    await share();

    const status = await screen.findByText(/1 blad kopierat för styrelsen, \d+ formler omskrivna/, { selector: '[role="status"] span' });
    const formulas = exportNative(grids).conversions.filter((conversion) => conversion.newFormula !== undefined).length;
    expect(formulas).toBeGreaterThan(0);
    expect(status.textContent).toContain(`${formulas} formler omskrivna`);
    expect(screen.getByText('Klart')).toBeTruthy();

    const plans = port.applied.map((call) => call.plan);
    expect(plans.map((plan) => plan.name)).toEqual(['Budget (styrelsen)', 'Konverterat']);
    expect(port.applied.every((call) => call.options.existing === 'fail')).toBe(true);
    const copy = plans[0];
    expect(hasFinsam(copy)).toBe(false);

    // The user's sheets: the same grids, untouched, and still with their FINSAM formulas.
    expect(JSON.stringify([port.grid('Budget'), port.grid('FINSAM-regler')])).toBe(before);
    expect(port.grid('Budget')!.formulas!.flat().some((formula) => formula?.startsWith('=FINSAM.'))).toBe(true);

    // The copy computes on its own to the add-in's values: 2 353, 148, … of 2021's split.
    const engine = engineFromPlan({ sheets: plans });
    const computed = gridsOf(engine).find((grid) => grid.sheet === 'Budget (styrelsen)')!;
    const original = grids.find((grid) => grid.sheet === 'Budget')!;
    expect(computed.values[5][2]).toBe(2353);
    expect(computed.values[6][2]).toBe(148);
    original.values.forEach((row, r) => row.forEach((value, c) => expect([r, c, computed.values[r]?.[c] ?? null]).toEqual([r, c, value ?? null])));

    // The list of conversions is text, as the CLI's export file has it.
    const listed = plans[1];
    expect(listed.cells.every((cell) => cell.formula === undefined)).toBe(true);
    expect(listed.cells.some((cell) => typeof cell.value === 'string' && cell.value.startsWith('=FINSAM.CONTRIBUTION('))).toBe(true);
  });

  it('asks before replacing an earlier copy and keeps it under a new name', async () => {
    const port = new FakeWorkbook(budgetGrids());
    renderPane({ port, initialTab: 'validation' });
    await share();
    await screen.findByText(/1 blad kopierat/, { selector: '[role="status"] span' });
    const firstWrites = port.applied.length;

    await share();
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Budget (styrelsen), Konverterat');
    expect(port.applied.length).toBe(firstWrites);
    await userEvent.click(screen.getByRole('button', { name: 'Ersätt' }));
    await screen.findByText(/De tidigare kopiorna finns kvar som Budget \(styrelsen\) \(gammal\), Konverterat \(gammal\)/, { selector: '[role="status"] span' });
    expect(port.applied.slice(firstWrites).every((call) => call.options.existing === 'keepCopy')).toBe(true);
    expect(port.grid('Budget (styrelsen) (gammal)')).toBeDefined();
  });

  it('Avbryt leaves the earlier copy as it is', async () => {
    const port = new FakeWorkbook(budgetGrids());
    renderPane({ port, initialTab: 'validation' });
    await share();
    await screen.findByText(/1 blad kopierat/, { selector: '[role="status"] span' });
    const writes = port.applied.length;
    await share();
    await screen.findByRole('alertdialog');
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await screen.findByText('Inget ändrades; de tidigare kopiorna är kvar.', { selector: '[role="status"] span' });
    expect(port.applied.length).toBe(writes);
  });

  it('says why in Swedish when Excel refuses the write', async () => {
    const port = new FakeWorkbook(budgetGrids());
    port.failWith = 'Arbetsboken är skrivskyddad.';
    renderPane({ port, initialTab: 'validation' });
    await share();
    await screen.findByText('Styrelsens kopia kunde inte göras: Arbetsboken är skrivskyddad. Arbetsboken är oförändrad.', { selector: '[role="status"] span' });
    expect(screen.getByText('Ingen kopia')).toBeTruthy();
  });

  it('says so when there is nothing to convert', async () => {
    const port = new FakeWorkbook([{ sheet: 'Anteckningar', values: [['Hej', 1]], formulas: [[null, null]] }]);
    renderPane({ port, initialTab: 'validation' });
    await share();
    await screen.findByText(/har inga FINSAM-formler/, { selector: '[role="status"] span' });
    expect(port.applied).toEqual([]);
  });
});

describe('boardPlans', () => {
  it('points references to a copied sheet at its copy, leaves text and other sheets alone', () => {
    const copies = new Map([
      ['Budget', 'Budget (styrelsen)'],
      ["Kim's tal", "Kim's tal (styrelsen)"],
    ]);
    expect(retarget('=Budget!C5+\'Kim\'\'s tal\'!B1+Regler!A1&"Budget!C5"', copies)).toBe(
      "='Budget (styrelsen)'!C5+'Kim''s tal (styrelsen)'!B1+Regler!A1&\"Budget!C5\"",
    );
    expect(retarget('=MinBudget!C5', copies)).toBe('=MinBudget!C5');
  });

  it('keeps literal text as text, also text that looks like a formula', () => {
    const grids: Grid[] = [{ sheet: 'Blad', values: [['=HYPERLINK("x")', 6]], formulas: [[null, '=FINSAM.SHARES(6,{1;1},0)']] }];
    const { plans } = boardPlans(grids, [{ sheet: 'Blad', row: 0, col: 1, oldFormula: '=FINSAM.SHARES(6,{1;1},0)', newFormula: '=3', value: 3 }]);
    expect(plans[0].cells).toEqual([
      { row: 0, col: 0, value: '=HYPERLINK("x")' },
      { row: 0, col: 1, formula: '=3' },
    ]);
  });

  it('fits the copy\'s name into Excel\'s 31 characters', () => {
    expect(boardSheetName('Budget')).toBe('Budget (styrelsen)');
    expect(boardSheetName('Uppföljning tertial 2 2022 Umeå').length).toBeLessThanOrEqual(31);
  });
});
