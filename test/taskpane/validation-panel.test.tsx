/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { budgetSheet } from '../../src/sheets/budget';
import { budget2021to2023 } from '../../src/sheets/budget/examples';
import { Finding } from '../../src/sheets/findings';
import { Grid } from '../../src/sheets/grid';
import { checkGrids } from '../../src/sheets/validate-workbook';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';
import { WorkbookValidator } from '../../src/taskpane/validation/validator';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


/** The budget kind's own checks, whatever the registry holds while other kinds are being added. */
const budgetChecks: WorkbookValidator = (grids) => checkGrids(grids, { kinds: [budgetSheet], year: 2022 });

/** Seed 003 computed by the engine: 2021's stated municipal parts sum to 2 844, not 2 845. */
function seedBudgetGrids(): Grid[] {
  return gridsOf(engineFromPlan({ sheets: [budgetSheet.plan(budget2021to2023())] }));
}

const finding = (severity: Finding['severity'], sheet: string, cell: string, message: string): Finding => ({ rule: 'stated-total', severity, message, where: { sheet, cell } });

async function openCheck() {
  await userEvent.click(screen.getByRole('tab', { name: 'Kontroll' }));
  await userEvent.click(screen.getByRole('button', { name: 'Kontrollera' }));
}

describe('validation panel', () => {
  it('lists the seed budget\'s municipal-parts error and Enter on it selects the cell', async () => {
    const port = new FakeWorkbook(seedBudgetGrids());
    const expected = budgetChecks(await port.readGrids());
    expect(expected.some((found) => found.rule === 'municipal-parts' && found.message.includes('2 844'))).toBe(true);
    renderPane({ port, validate: budgetChecks, initialTab: 'validation' });
    await userEvent.click(screen.getByRole('button', { name: 'Kontrollera' }));

    const errors = await screen.findByRole('region', { name: /^Fel \(\d+\)$/ });
    expect(within(errors).getByText('Blad Budget')).toBeTruthy();
    const first = expected.find((found) => found.severity === 'error')!;
    const button = within(errors).getByRole('button', { name: `${first.where.cell}: ${first.message}` });
    act(() => button.focus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(port.selected).toEqual([{ sheet: 'Budget', cell: first.where.cell }]));
  });

  it('groups findings by severity, then by sheet, and clicking one selects it', async () => {
    const findings = [
      finding('warning', 'Social budget', 'G9', 'Vikten 11 ligger utanför skalan.'),
      finding('error', 'Budget', 'B21', 'Summa kostnader stämmer inte.'),
      finding('error', 'Uppföljning', 'C7', 'Avvikelsen saknar förklaring.'),
    ];
    const port = new FakeWorkbook([{ sheet: 'Budget', values: [] }]);
    renderPane({ port, validate: () => findings });
    await openCheck();
    const errors = await screen.findByRole('region', { name: 'Fel (2)' });
    const warnings = screen.getByRole('region', { name: 'Varningar (1)' });
    expect(within(errors).getByText('Blad Budget')).toBeTruthy();
    expect(within(errors).getByText('Blad Uppföljning')).toBeTruthy();
    expect(within(warnings).getByText('Blad Social budget')).toBeTruthy();
    await userEvent.click(within(warnings).getByRole('button', { name: 'G9: Vikten 11 ligger utanför skalan.' }));
    expect(port.selected).toEqual([{ sheet: 'Social budget', cell: 'G9' }]);
    expect(screen.getByTestId('announcer').textContent).toBe('Kontrollen är klar: 2 fel och 1 varning.');
  });

  it('says "Allt stämmer" and announces it when nothing is found', async () => {
    renderPane({ port: new FakeWorkbook([{ sheet: 'Blad1', values: [[1]] }]), validate: () => [] });
    await openCheck();
    expect(await screen.findByText('Allt stämmer', { selector: '.fui-MessageBarTitle' })).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toBe('Allt stämmer');
  });

  it('checks the workbook again after a build', async () => {
    const port = new FakeWorkbook();
    const validate = jest.fn<Finding[], [readonly Grid[]]>(() => []);
    renderPane({ port, validate });
    await userEvent.click(screen.getByRole('button', { name: 'Bygg bladet' }));
    await waitFor(() => expect(validate).toHaveBeenCalledTimes(1));
    expect(validate.mock.calls[0][0].map((grid) => grid.sheet)).toEqual(['Budget']);
  });

  it('says so in Swedish when the workbook cannot be read', async () => {
    const port = new FakeWorkbook();
    port.readGrids = () => Promise.reject(new Error('Excel svarar inte'));
    renderPane({ port, validate: () => [] });
    await openCheck();
    expect(await screen.findByText('Arbetsboken kunde inte läsas: Excel svarar inte', { selector: '.fui-MessageBarBody' })).toBeTruthy();
  });
});
