/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { participantsSheet, participantsTertial2of2022 } from '../../src/sheets/participants';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


const buildButton = () => screen.getByRole('button', { name: 'Bygg bladet' });

describe('participants form', () => {
  it('builds tertial 2 2022 as the same plan finsam build writes and shows the pooled rate', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'participants' });
    expect(screen.getByText('Andel med positiv lösning, sammanvägd: 69,1 % (56 av 81).')).toBeTruthy();
    await userEvent.click(buildButton());
    await screen.findByText('Bladet Deltagare är byggt.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0].plan).toEqual(participantsSheet.plan(participantsTertial2of2022()));
  });

  it('flags counts that are not whole, negative or more positive than finished, and does not build', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'participants' });
    const [finished] = screen.getAllByLabelText('Avslutade');
    await userEvent.clear(finished);
    await userEvent.type(finished, '-1');
    expect(await screen.findByText('Skriv ett heltal som är minst 0.')).toBeTruthy();
    await userEvent.clear(finished);
    await userEvent.type(finished, '10');
    expect(await screen.findByText('Fler med positiv lösning än avslutade (10).')).toBeTruthy();
    const [positive] = screen.getAllByLabelText('Positiv lösning');
    expect(positive.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(buildButton());
    await screen.findByText('Formuläret har 1 fel. Rätta det innan bladet byggs.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(0);
    expect(document.activeElement).toBe(positive);
  });

  it('removes a row and builds what the form shows', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'participants' });
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort raden Kranskommunernas samordningsteam, män' }));
    expect(screen.getByText('Andel med positiv lösning, sammanvägd: 67,6 % (50 av 74).')).toBeTruthy();
    await userEvent.click(buildButton());
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const expected = participantsTertial2of2022();
    expect(port.applied[0].plan).toEqual(participantsSheet.plan({ ...expected, rows: expected.rows.slice(0, 3) }));
  });
});
