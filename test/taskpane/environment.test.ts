/** @jest-environment jsdom */
import { formStorage, workbookPort } from '../../src/taskpane/environment';
import { FORMS_KEY, officeSettingsFormStorage } from '../../src/taskpane/persistence/storage';
import { OfficeWorkbook } from '../../src/workbook/office/office-workbook';

/** Office.Settings as the pane uses it: get, set, saveAsync. */
function fakeSettings() {
  const values = new Map<string, unknown>();
  const saves = { count: 0 };
  const settings = {
    get: (name: string) => values.get(name),
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: () => void (saves.count += 1),
  } as unknown as Office.Settings;
  return { settings, values, saves };
}

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  window.localStorage.clear();
  jest.useRealTimers();
});

describe('where the pane works and keeps its forms', () => {
  it('outside Excel has no workbook and keeps the forms in localStorage', () => {
    expect(workbookPort()).toBeUndefined();
    formStorage().write('utkast');
    expect(window.localStorage.getItem(FORMS_KEY)).toBe('utkast');
  });

  it('in a browser where Office.js loaded without a host still has no workbook', () => {
    globals.Office = { context: { host: null }, HostType: { Excel: 'Excel' } };
    globals.Excel = {};
    expect(workbookPort()).toBeUndefined();
  });

  it('inside Excel builds through Office.js and keeps the forms in the workbook and in localStorage', () => {
    const { settings, values } = fakeSettings();
    globals.Office = { context: { host: 'Excel', document: { settings } }, HostType: { Excel: 'Excel' } };
    globals.Excel = {};
    expect(workbookPort()).toBeInstanceOf(OfficeWorkbook);
    const storage = formStorage();
    storage.write('utkast');
    expect(values.get(FORMS_KEY)).toBe('utkast');
    expect(window.localStorage.getItem(FORMS_KEY)).toBe('utkast');
    expect(storage.read()).toBe('utkast');
  });

  it('saves the document settings once per pause in typing', () => {
    jest.useFakeTimers();
    const { settings, saves } = fakeSettings();
    const storage = officeSettingsFormStorage(settings);
    storage.write('a');
    storage.write('ab');
    storage.write('abc');
    expect(saves.count).toBe(0);
    jest.advanceTimersByTime(1000);
    expect(saves.count).toBe(1);
    expect(storage.read()).toBe('abc');
  });
});
