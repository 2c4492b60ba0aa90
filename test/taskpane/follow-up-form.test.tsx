/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { followUpSheet } from '../../src/sheets/follow-up';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up/examples';
import { FollowUpModel } from '../../src/domain/models/follow-up';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


const buildButton = () => screen.getByRole('button', { name: 'Bygg bladet' });
// A role query computes every element's accessible name, which takes seconds on this long form in jsdom.
const groupOf = (line: string) => document.querySelector(`[role="group"][aria-label="${line}"]`) as HTMLElement;
const field = (line: string, label: string) => within(groupOf(line)).getByLabelText(label) as HTMLInputElement;

/** The example with some lines' forecasts (or explanations) changed. */
function exampleWith(change: Readonly<Record<string, Partial<{ forecast: number; explanation: string }>>>): FollowUpModel {
  const model = followUpTertial2of2022();
  const apply = <T extends { label: string }>(line: T): T => ({ ...line, ...(change[line.label] ?? {}) });
  return { ...model, income: model.income.map(apply), costSections: model.costSections.map((section) => ({ ...section, lines: section.lines.map(apply) })) };
}

describe('follow-up form', () => {
  it('builds tertial 2 2022 as the same plan finsam build writes', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'followUp' });
    expect(field('Vuxentorget', 'Prognos helår').value).toBe('2 250');
    await userEvent.click(buildButton());
    await screen.findByText('Bladet Uppföljning är byggt.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0].plan).toEqual(followUpSheet.plan(followUpTertial2of2022()));
  });

  it('sets the forecasts of the pasted lines, reports the labels it did not find, and builds them', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'followUp' });
    const paste = screen.getByLabelText('Rader att klistra in');
    fireEvent.change(paste, { target: { value: 'Vuxentorget\t2 400\nungdomstorget\t−2 650,5\nAnställningsstöd, AF\t\t131\nHyra av bil\t12\n' } });
    await userEvent.click(screen.getByRole('button', { name: 'Lägg in prognosen' }));
    expect(await screen.findByText('3 rader fick ny prognos.')).toBeTruthy();
    expect(screen.getByText('Hittades inte i formuläret: Hyra av bil.')).toBeTruthy();
    expect(field('Vuxentorget', 'Prognos helår').value).toBe('2 400');
    expect(field('Ungdomstorget', 'Prognos helår').value).toBe('2 650,5');
    expect(field('Anställningsstöd, AF', 'Prognos helår').value).toBe('131');
    expect(field('Lokalhyra', 'Prognos helår').value).toBe('90');

    fireEvent.change(field('Ungdomstorget', 'Förklaring'), { target: { value: 'Vakanser under våren.' } });
    await userEvent.click(buildButton());
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const expected = exampleWith({
      Vuxentorget: { forecast: 2400 },
      Ungdomstorget: { forecast: 2650.5, explanation: 'Vakanser under våren.' },
      'Anställningsstöd, AF': { forecast: 131 },
    });
    expect(port.applied[0].plan).toEqual(followUpSheet.plan(expected));
  });

  it('flags a forecast that is not a number and does not build', async () => {
    const port = new FakeWorkbook();
    renderPane({ port, initialTab: 'followUp' });
    const forecast = field('Lokalhyra', 'Prognos helår');
    await userEvent.clear(forecast);
    await userEvent.type(forecast, '9O');
    expect(await screen.findByText('Skriv ett tal, till exempel 2 845 eller 2 845,5.')).toBeTruthy();
    expect(forecast.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(buildButton());
    await screen.findByText('Formuläret har 1 fel. Rätta det innan bladet byggs.', { selector: '.fui-MessageBarBody' });
    expect(port.applied).toHaveLength(0);
    expect(document.activeElement).toBe(forecast);
  });
});
