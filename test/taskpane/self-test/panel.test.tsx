/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describeOffice } from '../../../src/taskpane/self-test/office-description';
import { EngineWorkbook } from '../../../src/workbook/engine/engine-workbook';
import { EngineSelfTestProbe } from '../../../src/workbook/engine/self-test-probe';
import { engineFromPlan } from '../../../src/workbook/engine/plan-to-engine';
import { budgetPlan } from '../../workbook/office/plans';
import { renderPane } from '../support/render-pane';

// The pane's forms render a few hundred fields in jsdom; the self-test itself takes well under a second.
jest.setTimeout(60000);

/** Självtest as the tester sees it on the Funktioner page: run, read, copy. */
describe('the Självtest panel', () => {
  test('without a probe the page says where the test can run, and offers no button', () => {
    renderPane({ initialTab: 'functions' });
    expect(screen.getByRole('heading', { name: 'Självtest' })).toBeTruthy();
    expect(screen.getByText(/kan bara köras när tillägget är öppet i Excel/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kör självtest' })).toBeNull();
  });

  test('runs on the workbook, lists every check as godkänt, and copies the report text', async () => {
    const workbook = new EngineWorkbook(engineFromPlan({ sheets: [budgetPlan()] }));
    const user = userEvent.setup();
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderPane({ initialTab: 'functions', selfTest: new EngineSelfTestProbe(workbook) });
    await user.click(screen.getByRole('button', { name: 'Kör självtest' }));
    await screen.findByText('Alla 27 kontroller godkända.', { selector: '.fui-Body1' });
    expect(screen.getAllByText('godkänt')).toHaveLength(27);
    expect(screen.queryByText('underkänt')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kopiera resultatet' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = String((writeText.mock.calls[0] as unknown[])[0]);
    expect(text).toMatch(/^FINSAM för Excel – självtest\nVersion: okänd\nTid: \d{4}-/);
    expect(text).toContain('Resultat: 27 av 27 godkända');
    expect(text).toContain('godkänt    FINSAM.SHARES räknar rätt (spill)\n           såg {2494;159;124;92;121}');
    expect(screen.getByText('Resultatet är kopierat. Klistra in det i din felrapport.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Resultatet som text' }) as HTMLTextAreaElement).value).toBe(text);
    expect(workbook.engine.getSheetNames()).toEqual(['Budget']);
  });

  test('a refused clipboard says to copy the text by hand', async () => {
    const workbook = new EngineWorkbook(engineFromPlan({ sheets: [budgetPlan()] }));
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('NotAllowedError')) } });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    renderPane({ initialTab: 'functions', selfTest: new EngineSelfTestProbe(workbook) });
    await user.click(screen.getByRole('button', { name: 'Kör självtest' }));
    await user.click(await screen.findByRole('button', { name: 'Kopiera resultatet' }));
    expect(await screen.findByText(/Kunde inte kopiera. Markera texten nedan/)).toBeTruthy();
  });
});

describe('the environment lines of the report', () => {
  test('name Excel\'s platform and build and each requirement set, and survive a host that has no answer', async () => {
    const office = {
      context: {
        diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0.17928.10000' },
        displayLanguage: 'sv-SE',
        requirements: { isSetSupported: (set: string, version: string) => !(set === 'ExcelApi' && version === '1.12') },
      },
    } as unknown as typeof Office;
    expect(await describeOffice(office)).toEqual([
      'Excel: Excel OfficeOnline 16.0.17928.10000',
      'Språk: sv-SE',
      'ExcelApi 1.7: ja',
      'ExcelApi 1.12: nej',
      'SharedRuntime 1.1: ja',
      'CustomFunctionsRuntime 1.3: ja',
    ]);
    expect(await describeOffice({ context: {} } as unknown as typeof Office)).toEqual([
      'ExcelApi 1.7: okänt',
      'ExcelApi 1.12: okänt',
      'SharedRuntime 1.1: okänt',
      'CustomFunctionsRuntime 1.3: okänt',
    ]);
  });
});
