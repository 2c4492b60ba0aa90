import { findingMessages } from '../text/findings';
import { cellAddress, sheetReference } from '../sheets/address';
import { Finding } from '../sheets/findings';
import { SHEET_KINDS } from '../sheets/registry';
import { SheetKindModule } from '../sheets/sheet-kind';
import { checkGrids, classifySheets } from '../sheets/validate-workbook';
import { Recalculation, recalculateGrids } from '../workbook/engine/recalculate-grids';
import { readXlsxGrids } from '../workbook/xlsx';
import { findingLines } from './print-findings';
import type { CliIo } from './main';

/**
 * `finsam check [--json] [--cached] book.xlsx…`. Exit codes: 0 no error (warnings allowed), 1 an
 * error-severity finding, 2 a file that cannot be read or a command used wrongly.
 *
 * The workbook is recalculated in the embedded engine first (recalculateGrids), so a file saved
 * without the add-in (#NAME? in FINSAM cells), without cached values, or with stale ones is
 * judged on what its formulas give. Sheets whose values changed get one note line each, never a
 * finding; with --json the notes go to stderr, so stdout stays the one findings array.
 * --cached trusts the values the file saved, as before.
 */
const USAGE = `Användning: finsam check [--json] [--cached] <arbetsbok.xlsx> …
  --cached  kontrollera de värden som sparades i filen i stället för att räkna om
  Exempel: finsam check examples/budget-2021-2023.xlsx`;

const FLAGS = ['--json', '--cached'];

export interface CheckOptions {
  /** The sheet kinds to check with; the registry's by default (tests pass their own). */
  readonly kinds?: readonly SheetKindModule<unknown>[];
  readonly year?: number;
}

type FileFinding = Finding & { readonly file: string };

export async function runCheck(args: readonly string[], io: CliIo, options: CheckOptions = {}): Promise<number> {
  const json = args.includes('--json');
  const cached = args.includes('--cached');
  const files = args.filter((arg) => !FLAGS.includes(arg));
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (files.length === 0 || unknown) {
    if (unknown) io.err(`Okänd flagga: ${unknown}`);
    io.err(USAGE);
    return 2;
  }
  const all: FileFinding[] = [];
  let exit = 0;
  for (const [index, file] of files.entries()) {
    if (!json && index > 0) io.out('');
    const checked = await checkFile(file, { json, cached }, io, options);
    all.push(...checked.findings);
    exit = Math.max(exit, checked.exit);
  }
  if (json) io.out(JSON.stringify(all));
  return exit;
}

async function checkFile(
  file: string,
  mode: { readonly json: boolean; readonly cached: boolean },
  io: CliIo,
  options: CheckOptions,
): Promise<{ findings: FileFinding[]; exit: number }> {
  const read = await readXlsxGrids(file);
  if (!read.ok) {
    io.err(read.error.message);
    const where = { sheet: '', cell: '' };
    return { findings: [{ file, rule: 'unreadable', severity: 'error', message: read.error.message, where }], exit: 2 };
  }
  const recalculated: Recalculation = mode.cached ? { ok: true, grids: read.value, changed: [] } : recalculateGrids(read.value);
  // Notes, not findings: on stderr with --json (with the file, as several files share stderr).
  const note = mode.json ? (line: string) => io.err(`${file}: ${line}`) : io.out;
  if (!recalculated.ok) (mode.json ? io.err : io.out)(findingMessages.notRecalculated(file, recalculated.reason));
  else {
    for (const sheet of recalculated.changed) note(findingMessages.recalculatedSheet(sheet.sheet, sheet.cells));
    for (const cell of recalculated.tooDeep ?? []) {
      note(findingMessages.tooDeepForEngine(`${sheetReference(cell.sheet)}!${cellAddress(cell.row, cell.col)}`, cell.operators, cell.kept));
    }
  }
  const grids = recalculated.grids;
  const kinds = options.kinds ?? SHEET_KINDS;
  const findings = checkGrids(grids, { kinds, year: options.year });
  if (!mode.json) {
    for (const line of findingLines(findings, grids)) io.out(line);
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const recognised = classifySheets(grids, kinds).filter((sheet) => sheet.kind).length;
    io.out(findingMessages.checkSummary(file, errors, findings.length - errors, grids.length, recognised));
  }
  const exit = findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  return { findings: findings.map((finding) => ({ file, ...finding })), exit };
}
