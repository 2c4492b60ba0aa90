import { SettingsStore } from '../../../../src/workbook/office/self-test-probe';

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * Office.context.document.settings: set/get/remove work on a copy in memory, saveAsync writes
 * that copy into the document, refreshAsync reads the document back into memory (docs:
 * office.settings). `dropSaves` models a host that answers success but keeps nothing.
 */
export class FakeSettings implements SettingsStore {
  /** What the document holds. */
  readonly saved = new Map<string, unknown>();
  private memory = new Map<string, unknown>();
  dropSaves = false;
  failSaves?: string;

  get(name: string): unknown {
    return this.memory.get(name) ?? null;
  }

  set(name: string, value: unknown): void {
    this.memory.set(name, value);
  }

  remove(name: string): void {
    this.memory.delete(name);
  }

  saveAsync(optionsOrCallback?: Office.SaveSettingsOptions | Callback<void>, callback?: Callback<void>): void {
    const done = typeof optionsOrCallback === 'function' ? optionsOrCallback : callback;
    if (this.failSaves === undefined && !this.dropSaves) {
      this.saved.clear();
      for (const [name, value] of this.memory) this.saved.set(name, value);
    }
    // Office answers later, never inside the call.
    queueMicrotask(() => done?.(asyncResult<void>(undefined, this.failSaves)));
  }

  refreshAsync(callback?: Callback<Office.Settings>): void {
    this.memory = new Map(this.saved);
    // The fake stands in for the part of Office.Settings it implements (SettingsStore).
    queueMicrotask(() => callback?.(asyncResult(this as SettingsStore as Office.Settings)));
  }
}

/**
 * An AsyncResult as office.js hands it to a callback. Its status enum exists only where
 * office.js has loaded, so the fake gives its runtime strings; code under test tells a failure
 * by the error it carries when there is no Office.
 */
function asyncResult<T>(value: T, error?: string): Office.AsyncResult<T> {
  const status = (error === undefined ? 'succeeded' : 'failed') as unknown as Office.AsyncResultStatus;
  return { value, status, error: error === undefined ? (undefined as unknown as Office.Error) : { code: 5001, message: error, name: 'Internal Error' }, asyncContext: undefined, diagnostics: undefined };
}
