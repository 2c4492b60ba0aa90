/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EXAMPLES } from '../../src/sheets/registry';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';
import { FakeWorkbook } from './support/fake-workbook';
import { renderPane } from './support/render-pane';

// The Kontroll page offers the page `finsam report` writes (issue 14, item 5): built from the
// workbook the check just read, handed to the browser as a file, never sent anywhere.
describe('the board report from Kontroll', () => {
  const saved: Blob[] = [];
  beforeEach(() => {
    saved.length = 0;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:finsam-report';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  it('saves the social annual report with its sentence and gauges after a check', async () => {
    const port = new FakeWorkbook(gridsOf(engineFromPlan(EXAMPLES['socialt-bokslut-2022']())));
    renderPane({ port, initialTab: 'validation' });
    expect(screen.queryByRole('button', { name: 'Spara rapport till styrelsen (HTML)' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Kontrollera' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Spara rapport till styrelsen (HTML)' }));

    await waitFor(() => expect(screen.queryByText(/Rapporten kunde inte sparas/)?.textContent ?? saved.length).toBe(1));
    expect(saved[0].type).toBe('text/html;charset=utf-8');
    const page = await textOf(saved[0]);
    expect(page).toContain('<h1>Rapport till styrelsen</h1>');
    // The whole of the 2022 example: 151 of 200, index 75,5 → 76, six points above the target 70.
    expect(page).toMatch(/Utfallet blev 151 av det maximalt möjliga indexvärdet 200/);
    expect(page).toContain('<svg');
    // Nothing to fetch: no script, no link or source off the page (an SVG's xmlns is a name, not a request).
    expect(page).not.toMatch(/<script|(?:src|href)=["']?https?:/);
    expect(screen.getByText(/Rapporten är sparad som rapport-till-styrelsen\.html/)).toBeTruthy();
  });
});

/** jsdom's Blob has no text(); FileReader reads it as the browser would. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
