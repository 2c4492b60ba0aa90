import { OfficeWorkbook } from '../workbook/office/office-workbook';
import { OfficeSelfTestProbe } from '../workbook/office/self-test-probe';
import { SelfTestProbe } from '../workbook/self-test-probe';
import { WorkbookPort } from '../workbook/port';
import { FormStorage, layeredFormStorage, localFormStorage, noFormStorage, officeSettingsFormStorage } from './persistence/storage';
import { describeOffice } from './self-test/office-description';

/**
 * Whether the pane runs inside Excel. Office.js also loads in a plain browser, where onReady
 * answers without a host; only Excel gets the Excel port.
 */
function insideExcel(): boolean {
  try {
    return typeof Office !== 'undefined' && typeof Excel !== 'undefined' && Office.context?.host === Office.HostType.Excel;
  } catch {
    return false;
  }
}

/** Excel through Office.js inside Excel; outside it (a plain browser) the pane has no workbook. */
export function workbookPort(): WorkbookPort | undefined {
  return insideExcel() ? new OfficeWorkbook() : undefined;
}

/** Självtest's probe on Excel, with the document's settings; none outside Excel. */
export function selfTestProbe(): SelfTestProbe | undefined {
  if (!insideExcel()) return undefined;
  let settings: Office.Settings | undefined;
  try {
    settings = Office.context.document?.settings;
  } catch {
    // No document settings: the settings check says so.
  }
  return new OfficeSelfTestProbe((batch) => Excel.run(batch), settings, () => describeOffice());
}

/**
 * Inside Excel the forms are kept in the workbook's settings (they travel with the file) and in
 * the web view's localStorage (kept even when the file is not saved); outside, localStorage only.
 */
export function formStorage(): FormStorage {
  const storages: FormStorage[] = [];
  try {
    const settings = insideExcel() ? Office.context.document?.settings : undefined;
    if (settings) storages.push(officeSettingsFormStorage(settings));
  } catch {
    // A host without document settings keeps the forms in localStorage only.
  }
  try {
    if (typeof window !== 'undefined' && window.localStorage) storages.push(localFormStorage(window.localStorage));
  } catch {
    // Storage blocked (private mode, policy): the pane works and starts from the defaults.
  }
  return storages.length === 0 ? noFormStorage : layeredFormStorage(storages);
}
