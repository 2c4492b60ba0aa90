/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stakeholderAnalysis2020, stakeholderSheet } from '../../src/sheets/stakeholders';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


const buildButton = () => screen.getByRole('button', { name: 'Bygg bladet' });

describe('stakeholder form', () => {
  it('builds the 2020 stakeholder analysis as the same plan finsam build writes', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'stakeholders' });
    expect(screen.getAllByText('Betydelseindex 10 · Nyckelintressent')).toHaveLength(2);
    await userEvent.click(buildButton());
    await screen.findByText('Bladet Intressentanalys är byggt.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0].plan).toEqual(stakeholderSheet.plan(stakeholderAnalysis2020()));
  });

  it('flags a rating off the scale as the user types and does not build', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'stakeholders' });
    const [interest] = screen.getAllByLabelText('Intresse (1–5)');
    await userEvent.clear(interest);
    await userEvent.type(interest, '6');
    expect(await screen.findByText('Skriv ett heltal från 1 till 5.')).toBeTruthy();
    expect(interest.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(interest);
    await userEvent.type(interest, '2,5');
    expect(await screen.findByText('Skriv ett heltal från 1 till 5.')).toBeTruthy();
    await userEvent.click(buildButton());
    await screen.findByText('Formuläret har 1 fel. Rätta det innan bladet byggs.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(0);
    expect(document.activeElement).toBe(interest);
  });

  it('adds and removes stakeholders, shows the new standing and builds what the form shows', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'stakeholders' });
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort intressenten Arbetsgivare' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till intressent' }));
    const names = screen.getAllByLabelText('Intressent');
    await userEvent.click(names.at(-1) as HTMLElement);
    await userEvent.paste('Ideella föreningar');
    await userEvent.type(screen.getAllByLabelText('Intresse (1–5)').at(-1) as HTMLElement, '4');
    await userEvent.type(screen.getAllByLabelText('Inflytande (1–5)').at(-1) as HTMLElement, '2');
    expect(screen.getByRole('group', { name: 'Ideella föreningar' }).textContent).toContain('Betydelseindex 6 · Håll informerad');
    await userEvent.click(buildButton());
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const names0 = port.applied[0].plan.cells.filter((cell) => cell.col === 0).map((cell) => cell.value);
    expect(names0).toContain('Ideella föreningar');
    expect(names0).not.toContain('Arbetsgivare');
  });
});
