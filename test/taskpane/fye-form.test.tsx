/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fullYearEquivalents2022, fyeSheet } from '../../src/sheets/fye';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


const buildButton = () => screen.getByRole('button', { name: 'Bygg bladet' });

describe('full-year equivalents form', () => {
  it('builds January–June 2022 as the same plan finsam build writes', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'fullYearEquivalents' });
    expect((screen.getAllByLabelText('Befolkning 20–64 år 2021')[0] as HTMLInputElement).value).toBe('79 850');
    await userEvent.click(buildButton());
    await screen.findByText(/^Bladet .* är byggt\.$/, { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0].plan).toEqual(fyeSheet.plan(fullYearEquivalents2022()));
  });

  it('flags a population of 0 and a figure that is not a number, and does not build', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'fullYearEquivalents' });
    const [population] = screen.getAllByLabelText('Befolkning 20–64 år 2022');
    await userEvent.clear(population);
    await userEvent.type(population, '0');
    expect(await screen.findByText('Befolkningen kan inte vara 0.')).toBeTruthy();
    const [fye] = screen.getAllByLabelText('Helårsekvivalenter 2022');
    await userEvent.clear(fye);
    await userEvent.type(fye, '7 6l0');
    expect(await screen.findByText('Skriv ett tal, till exempel 2 845 eller 2 845,5.')).toBeTruthy();
    await userEvent.click(buildButton());
    await screen.findByText('Formuläret har 2 fel. Rätta dem innan bladet byggs.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(0);
  });

  it('builds the figures as typed the Swedish way', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'fullYearEquivalents' });
    const [fye] = screen.getAllByLabelText('Helårsekvivalenter 2022');
    await userEvent.clear(fye);
    await userEvent.type(fye, '7 500,5');
    await userEvent.click(buildButton());
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const example = fullYearEquivalents2022();
    const rows = example.rows.map((row, index) => (index === 0 ? { ...row, current: { ...row.current, fye: 7500.5 } } : row));
    expect(port.applied[0].plan).toEqual(fyeSheet.plan({ ...example, rows }));
  });
});
