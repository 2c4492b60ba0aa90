/**
 * Where the pane keeps its forms between openings (issue 6: never lose the user's work). Text in,
 * text out; what the text means is forms-state.ts's business. Every method may fail (storage
 * full, blocked, a read-only document), so callers treat a throw as "not kept", never as a crash.
 */
export interface FormStorage {
  read(): string | null;
  write(text: string): void;
}

export const FORMS_KEY = 'finsam:forms:v1';

/** The browser's localStorage (the pane's web view); the tests use this one. */
export function localFormStorage(storage: Storage = window.localStorage, key = FORMS_KEY): FormStorage {
  return {
    read: () => storage.getItem(key),
    write: (text) => storage.setItem(key, text),
  };
}

/** How long edits gather before the document settings are saved (one saveAsync per pause in typing). */
const SETTINGS_SAVE_DELAY_MS = 1000;

/**
 * The workbook's own settings (Office.context.document.settings), so the forms travel with the
 * file. set() is immediate in memory; saveAsync persists it, batched while the user types.
 */
export function officeSettingsFormStorage(settings: Office.Settings, key = FORMS_KEY): FormStorage {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    read: () => {
      const value: unknown = settings.get(key);
      return typeof value === 'string' ? value : null;
    },
    write: (text) => {
      settings.set(key, text);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => settings.saveAsync(), SETTINGS_SAVE_DELAY_MS);
    },
  };
}

/** Reads from the first storage that has the forms; writes to all, each on its own. */
export function layeredFormStorage(storages: readonly FormStorage[]): FormStorage {
  return {
    read: () => {
      for (const storage of storages) {
        const text = attempt(() => storage.read(), null);
        if (text !== null) return text;
      }
      return null;
    },
    write: (text) => storages.forEach((storage) => attempt(() => storage.write(text), undefined)),
  };
}

/** Nothing kept: the pane still works, it just starts from the defaults next time. */
export const noFormStorage: FormStorage = { read: () => null, write: () => undefined };

function attempt<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
