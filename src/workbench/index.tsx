import { createRoot } from 'react-dom/client';
import { FormStorage, localFormStorage, noFormStorage } from '../taskpane/persistence/storage';
import { pageOptions } from './page-options';
import { ThemedShell } from './ThemedShell';
import { Workbench } from './Workbench';
import { DEFAULT_EXAMPLE, EMPTY_EXAMPLE, exampleWorkbook } from './workbooks';

/** The forms are kept in this browser's local storage; blocked storage only means a fresh start. */
function storage(): FormStorage {
  try {
    return window.localStorage ? localFormStorage(window.localStorage) : noFormStorage;
  } catch {
    return noFormStorage;
  }
}

async function start(): Promise<void> {
  const options = pageOptions(window.location.search);
  // An unknown name in the address opens the default example rather than nothing.
  const requested = await exampleWorkbook(options.example);
  const example = requested ? options.example : DEFAULT_EXAMPLE;
  const workbook = requested ?? (await exampleWorkbook(DEFAULT_EXAMPLE))!;
  const fileName = `${example === EMPTY_EXAMPLE ? 'finsam-arbetsbok' : example}.xlsx`;
  createRoot(document.getElementById('root')!).render(
    <ThemedShell theme={options.theme}>
      <Workbench workbook={workbook} fileName={fileName} storage={storage()} locale={options.locale} />
    </ThemedShell>,
  );
}

void start();
