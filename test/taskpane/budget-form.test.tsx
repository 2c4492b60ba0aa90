/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { budgetSheet } from '../../src/sheets/budget';
import { budget2021to2023 } from '../../src/sheets/budget/examples';
import { FakeWorkbook, gridOfPlan } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


const buildButton = () => screen.getByRole('button', { name: 'Bygg bladet' });
const dialogButton = (name: string) => screen.getByRole('button', { name });

describe('budget form', () => {
  it('builds the seed 003 budget 2021–2023 as the same plan finsam build writes', async () => {
    const port = new FakeWorkbook();
    renderPane({ port });
    await userEvent.click(buildButton());
    await screen.findByText('Bladet Budget är byggt.', { selector: '.fui-MessageBarBody *, .fui-MessageBarBody' });
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0].plan).toEqual(budgetSheet.plan(budget2021to2023()));
    expect(port.applied[0].options).toEqual({ existing: 'fail' });
  });

  it('asks before replacing an existing Budget sheet and keeps the old one only after a yes', async () => {
    const port = new FakeWorkbook([{ sheet: 'Budget', values: [['Gammal budget']] }]);
    renderPane({ port });
    await userEvent.click(buildButton());
    expect(await screen.findByText('Bladet Budget finns redan. Ersätta det? Det gamla bladet behålls som en kopia.')).toBeTruthy();
    expect(port.applied.filter(({ options }) => options.existing === 'keepCopy')).toHaveLength(0);
    expect(port.grid('Budget')?.values[0][0]).toBe('Gammal budget');

    await userEvent.click(dialogButton('Ersätt'));
    await screen.findByText(/Det gamla bladet finns kvar som Budget \(gammal\)\./, { selector: '.fui-MessageBarBody' });
    expect(port.applied.at(-1)?.options).toEqual({ existing: 'keepCopy' });
    expect(port.grid('Budget (gammal)')?.values[0][0]).toBe('Gammal budget');
  });

  it('leaves the existing sheet alone when the user says no', async () => {
    const port = new FakeWorkbook([{ sheet: 'Budget', values: [['Gammal budget']] }]);
    renderPane({ port });
    await userEvent.click(buildButton());
    await screen.findByText(/finns redan/);
    await userEvent.click(dialogButton('Avbryt'));
    await screen.findByText('Bladet Budget ändrades inte.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(0);
    expect(port.grid('Budget')?.values[0][0]).toBe('Gammal budget');
  });

  it('says in Swedish why a write failed', async () => {
    const port = new FakeWorkbook();
    port.failWith = 'Bladet är skyddat';
    renderPane({ port });
    await userEvent.click(buildButton());
    await screen.findByText('Bladet Budget kunde inte byggas: Bladet är skyddat. Arbetsboken är oförändrad.', { selector: '.fui-MessageBarBody' });
    expect(screen.getByTestId('announcer').textContent).toContain('Bladet Budget kunde inte byggas: Bladet är skyddat.');
  });

  it('accepts amounts typed the Swedish way and flags what is not a number as the user types', async () => {
    const port = new FakeWorkbook();
    renderPane({ port });
    const [state2021] = screen.getAllByLabelText('2021');
    await userEvent.clear(state2021);
    await userEvent.type(state2021, '5 690,5');
    expect(screen.queryByText('Skriv ett tal, till exempel 2 845 eller 2 845,5.')).toBeNull();
    await userEvent.type(state2021, 'x');
    expect(await screen.findByText('Skriv ett tal, till exempel 2 845 eller 2 845,5.')).toBeTruthy();
    expect(state2021.getAttribute('aria-invalid')).toBe('true');

    await userEvent.click(buildButton());
    await screen.findByText('Formuläret har 1 fel. Rätta det innan bladet byggs.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(0);
    expect(document.activeElement).toBe(state2021);
  });

  it('shows each municipality\'s share of the working-age population and refuses a year that sums to 0', async () => {
    renderPane({ port: new FakeWorkbook() });
    const [umea] = screen.getAllByLabelText('Befolkning 2021');
    expect(document.getElementById(umea.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Andel 82,7 %');
    const populations = screen.getAllByLabelText('Befolkning 2022');
    for (const field of populations) {
      await userEvent.clear(field);
      await userEvent.type(field, '0');
    }
    expect(await screen.findByText('Befolkningen 2022 summerar till 0. Ange minst en kommuns befolkning.')).toBeTruthy();
  });

  it('adds and removes a municipality and builds what the form shows', async () => {
    const port = new FakeWorkbook();
    renderPane({ port });
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort kommunen Bjurholm kommun' }));
    expect(screen.queryByRole('group', { name: 'Bjurholm kommun' })).toBeNull();
    await userEvent.click(buildButton());
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const labels = port.applied[0].plan.cells.filter((cell) => cell.col === 0).map((cell) => cell.value);
    expect(labels).not.toContain('Bjurholm kommun');
    expect(labels).toContain('Umeå kommun');
  });

  it('builds with the keyboard alone: Enter on the button, Escape says no, the dialog focuses Ersätt and Enter says yes', async () => {
    const port = new FakeWorkbook([gridOfPlan(budgetSheet.plan(budget2021to2023()))]);
    renderPane({ port });
    act(() => buildButton().focus());
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/finns redan/);
    await userEvent.keyboard('{Escape}');
    await screen.findByText('Bladet Budget ändrades inte.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(0);

    // Tabster lifts the dialog's aria-hidden from the pane a moment after it closes.
    const again = await screen.findByRole('button', { name: 'Bygg bladet' });
    act(() => again.focus());
    await userEvent.keyboard('{Enter}');
    await screen.findByText(/finns redan/);
    const replace = screen.getByRole('button', { name: 'Ersätt' });
    await waitFor(() => expect(document.activeElement).toBe(replace));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(port.applied.at(-1)?.options).toEqual({ existing: 'keepCopy' }));
    expect(port.applied.at(-1)?.plan).toEqual(budgetSheet.plan(budget2021to2023()));
  });
});
