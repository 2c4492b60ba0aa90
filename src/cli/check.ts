import { findingMessages } from '../domain';
import { Finding } from '../sheets/findings';
import { SHEET_KINDS } from '../sheets/registry';
import { SheetKindModule } from '../sheets/sheet-kind';
import { checkGrids, classifySheets } from '../sheets/validate-workbook';
import { readXlsxGrids } from '../workbook/xlsx';
import { findingLines } from './print-findings';
import type { CliIo } from './main';

/**
 * `finsam check [--json] book.xlsx…`. Exit codes: 0 no error (warnings allowed), 1 an
 * error-severity finding, 2 a file that cannot be read or a command used wrongly.
 */
const USAGE = `Användning: finsam check [--json] <arbetsbok.xlsx> …
  Exempel: finsam check examples/budget-2021-2023.xlsx`;

export interface CheckOptions {
  /** The sheet kinds to check with; the registry's by default (tests pass their own). */
  readonly kinds?: readonly SheetKindModule<unknown>[];
  readonly year?: number;
}

type FileFinding = Finding & { readonly file: string };

export async function runCheck(args: readonly string[], io: CliIo, options: CheckOptions = {}): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
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
    const checked = await checkFile(file, json, io, options);
    all.push(...checked.findings);
    exit = Math.max(exit, checked.exit);
  }
  if (json) io.out(JSON.stringify(all));
  return exit;
}

async function checkFile(file: string, json: boolean, io: CliIo, options: CheckOptions): Promise<{ findings: FileFinding[]; exit: number }> {
  const read = await readXlsxGrids(file);
  if (!read.ok) {
    io.err(read.error.message);
    const where = { sheet: '', cell: '' };
    return { findings: [{ file, rule: 'unreadable', severity: 'error', message: read.error.message, where }], exit: 2 };
  }
  const kinds = options.kinds ?? SHEET_KINDS;
  const findings = checkGrids(read.value, { kinds, year: options.year });
  if (!json) {
    for (const line of findingLines(findings, read.value)) io.out(line);
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const recognised = classifySheets(read.value, kinds).filter((sheet) => sheet.kind).length;
    io.out(findingMessages.checkSummary(file, errors, findings.length - errors, read.value.length, recognised));
  }
  const exit = findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  return { findings: findings.map((finding) => ({ file, ...finding })), exit };
}
