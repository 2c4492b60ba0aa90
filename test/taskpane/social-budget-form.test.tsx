/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { socialBudgetStructure2022 } from '../../src/sheets/social-budget/examples';
import { socialBudgetSheet } from '../../src/sheets/social-budget';
import { EXAMPLE_WORKBOOKS } from '../../src/sheets/examples';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


const PASTED = [
  'Kod\tMålområde\tMål\tIndikator\tMålvärde\tJämförelse\tVikt\tUtfall',
  '1.2.1\tSamhälls- och medlemsnytta\t1.2 Deltagarna går vidare\t80 % går vidare till en positiv lösning\t80 %\t>=\t10\t0,82',
  '1.2.2\tSamhälls- och medlemsnytta\t1.2 Deltagarna går vidare\tSjukdagar per försäkrad\t9,0\t<=\t6\t8,5',
  '4.1.1\tSamordning\t4.1 Insatserna är samordnade\tGemensam planering\t\t\t4\t',
].join('\n');

async function openSocialBudget(port = new FakeWorkbook()) {
  renderPane({ port, initialTab: 'socialBudget' });
  return port;
}

describe('social budget form', () => {
  it('builds the 2022 social budget (seed 003, Tabell 1) as the same plan finsam build writes', async () => {
    const port = await openSocialBudget();
    await userEvent.click(screen.getByRole('button', { name: 'Bygg bladet' }));
    await screen.findByText('Bladet Social budget är byggt.', { selector: '.fui-MessageBarBody' });
    expect(port.applied[0].plan).toEqual(socialBudgetSheet.plan(socialBudgetStructure2022()));
  });

  it('names the sheet as the example workbook does and gives the same plan as finsam build --example social-budget-2021-2022', async () => {
    const port = await openSocialBudget();
    const name = screen.getByLabelText('Bladets namn');
    await userEvent.type(name, ' 2022');
    await userEvent.click(screen.getByRole('button', { name: 'Bygg bladet' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const cli = EXAMPLE_WORKBOOKS['social-budget-2021-2022']().sheets.find((sheet) => sheet.name === 'Social budget 2022');
    expect(port.applied[0].plan).toEqual(cli);
  });

  it('refuses a sheet name Excel would refuse', async () => {
    await openSocialBudget();
    await userEvent.type(screen.getByLabelText('Bladets namn'), '/2022');
    expect(await screen.findByText('Ett bladnamn har högst 31 tecken och inga av tecknen [ ] : * ? / \\.')).toBeTruthy();
  });

  it('checks each weight on the 1–10 scale as it is typed and shows the count on the closed area', async () => {
    const port = await openSocialBudget();
    await userEvent.click(screen.getByRole('button', { name: /^Samordning – 15 indikatorer/ }));
    const [weight] = screen.getAllByLabelText('Vikt (1–10)');
    await userEvent.clear(weight);
    await userEvent.type(weight, '11');
    expect(await screen.findByText('Skriv ett tal från 1 till 10.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Samordning – 15 indikatorer, 1 fel' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Bygg bladet' }));
    await screen.findByText('Formuläret har 1 fel. Rätta det innan bladet byggs.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(0);
  });

  it('warns when the area target shares do not sum to 100 %', async () => {
    await openSocialBudget();
    await userEvent.click(screen.getByRole('button', { name: /^Medarbetarnöjdhet/ }));
    const share = screen.getAllByLabelText('Målandel (%)')[0] as HTMLInputElement;
    expect(share.value).toBe('10');
    await userEvent.clear(share);
    await userEvent.type(share, '15');
    expect(await screen.findByText('Målandelarna summerar till 105 %, inte 100 %.')).toBeTruthy();
  });

  it('pastes a table of indicators, previews it with row errors, and builds what was pasted', async () => {
    const port = await openSocialBudget();
    const box = screen.getByLabelText('Tabell att klistra in');
    await userEvent.click(box);
    await userEvent.paste(PASTED.replace('\t6\t8,5', '\t11\t8,5'));
    const preview = await screen.findByRole('table', { name: 'Förhandsvisning: 3 rader' });
    expect(within(preview).getByText('Vikt är 11; en vikt ska vara ett heltal 1–10.')).toBeTruthy();
    expect(screen.getByText('1 rad har fel. Rätta tabellen och klistra in igen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ersätt indikatorerna' }).getAttribute('aria-disabled')).toBe('true');

    await userEvent.clear(box);
    await userEvent.paste(PASTED);
    await waitFor(() => expect(screen.queryByText(/rad har fel/)).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Ersätt indikatorerna' }));
    expect((await screen.findAllByText('3 indikatorer är inlagda.')).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Samhälls- och medlemsnytta – 2 indikatorer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Samordning – 1 indikator' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Bygg bladet' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const rows = port.applied[0].plan.cells.filter((cell) => cell.col === 0 && typeof cell.value === 'string' && /^\d+\.\d+\.\d+$/.test(cell.value));
    expect(rows.map((cell) => cell.value)).toEqual(['1.2.1', '1.2.2', '4.1.1']);
    const cells = port.applied[0].plan.cells.filter((cell) => cell.row === rows[1].row);
    expect(cells.map((cell) => cell.value)).toEqual(expect.arrayContaining(['Samhälls- och medlemsnytta', '1.2 Deltagarna går vidare', 'Sjukdagar per försäkrad', 9, '<=', 6, 8.5]));
  });
});
