import { promises as fs } from 'fs';
import { findingMessages } from '../text/findings';
import { WorkbookPlan } from '../sheets/plan';
import { SheetKindModule } from '../sheets/sheet-kind';
import { modelValueProblem } from './model-values';

/**
 * A model.json for `finsam build`: { "sheets": [{ "kind": "budget", "name"?: "…", "model": {…} }] },
 * each sheet planned by its kind. Gives the plan, or the Swedish message of what is wrong.
 */
export type Planned = { readonly ok: true; readonly plan: WorkbookPlan } | { readonly ok: false; readonly message: string };

interface SheetEntry {
  readonly kind: string;
  readonly name?: string;
  readonly model: unknown;
}

export async function planFromModelFile(file: string, kinds: readonly SheetKindModule<unknown>[]): Promise<Planned> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? findingMessages.fileNotFound(file) : findingMessages.fileUnreadable(file, findingMessages.fileSystemReason(code));
    return { ok: false, message };
  }
  let json: unknown;
  try {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse does not take.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (thrown) {
    return { ok: false, message: findingMessages.modelNotJson(file, thrown instanceof Error ? thrown.message : String(thrown)) };
  }
  const entries = sheetEntries(json);
  if (typeof entries === 'string') return { ok: false, message: findingMessages.modelShape(file, entries) };
  return planSheets(entries, kinds);
}

/** The sheet entries, or the problem with the shape in Swedish. */
function sheetEntries(json: unknown): SheetEntry[] | string {
  const sheets = (json as { sheets?: unknown } | null)?.sheets;
  if (!Array.isArray(sheets) || sheets.length === 0) return findingMessages.modelSheetsMissing();
  for (const [index, sheet] of sheets.entries()) {
    const entry = sheet as Partial<SheetEntry> | null;
    if (typeof entry?.kind !== 'string') return findingMessages.modelSheetField(index + 1, 'kind', 'en text');
    if (entry.name !== undefined && typeof entry.name !== 'string') return findingMessages.modelSheetField(index + 1, 'name', 'en text');
    if (typeof entry.model !== 'object' || entry.model === null) return findingMessages.modelSheetField(index + 1, 'model', 'ett objekt');
  }
  return sheets as SheetEntry[];
}

function planSheets(entries: readonly SheetEntry[], kinds: readonly SheetKindModule<unknown>[]): Planned {
  const sheets = [];
  for (const [index, entry] of entries.entries()) {
    const kind = kinds.find((candidate) => candidate.kind === entry.kind);
    if (!kind) return { ok: false, message: findingMessages.kindUnknown(index + 1, entry.kind, kinds.map((known) => known.kind)) };
    const problem = modelValueProblem(entry.model, index + 1, entry.kind);
    if (problem) return { ok: false, message: problem };
    try {
      sheets.push(kind.plan(entry.model, entry.name));
    } catch (thrown) {
      // A model the kind cannot plan (a missing field, a wrong type) is the user's file, not a crash.
      return { ok: false, message: findingMessages.modelNotPlanned(index + 1, entry.kind, thrown instanceof Error ? thrown.message : String(thrown)) };
    }
  }
  return { ok: true, plan: { sheets } };
}
