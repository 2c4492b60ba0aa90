/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EXAMPLE_WORKBOOKS } from '../../src/sheets/examples';
import { followUpSheet } from '../../src/sheets/follow-up';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up/examples';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


describe('the other sheets', () => {
  it('builds FINSAM-regler from the 2022 defaults as the example workbooks carry it', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'rules' });
    expect((screen.getByLabelText('Tolerans för viktregeln (%)') as HTMLInputElement).value).toBe('5');
    await userEvent.click(screen.getByRole('button', { name: 'Bygg bladet' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const cli = EXAMPLE_WORKBOOKS['social-budget-2021-2022']().sheets.find((sheet) => sheet.kind === 'rules');
    expect(port.applied[0].plan).toEqual(cli);
  });

  it('writes the typed rules: a target index of 75', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'rules' });
    const target = screen.getByLabelText('Målindex (Impactindex)');
    await userEvent.clear(target);
    await userEvent.type(target, '75');
    await userEvent.click(screen.getByRole('button', { name: 'Bygg bladet' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    expect(port.applied[0].plan.cells.some((cell) => cell.value === 75)).toBe(true);
  });

  it('reaches the follow-up form with the keyboard and builds its example with Enter', async () => {
    const port = new FakeWorkbook();
    renderPane({ port });
    await userEvent.tab();
    expect(document.activeElement?.textContent).toContain('Budget');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement?.getAttribute('value')).toBe('followUp');
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Uppföljning' });
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('År'));
    act(() => screen.getByRole('button', { name: 'Bygg bladet' }).focus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(port.applied).toHaveLength(1));
    expect(port.applied[0].plan).toEqual(followUpSheet.plan(followUpTertial2of2022()));
    expect(screen.getByTestId('announcer').textContent).toBe('Bladet Uppföljning är byggt.');
  });
});
