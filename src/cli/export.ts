import { promises as fs } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { exportMessages, findingMessages } from '../domain';
import { exportWorkbookBytes } from '../export';
import type { CliIo } from './main';

/**
 * `finsam export book.xlsx out.xlsx`: a copy of the workbook whose FINSAM formulas are native
 * Excel formulas, for board members without the add-in (issue 8). Exit codes: 0 written, 2 a
 * file that cannot be read or written, the same file twice, or the command used wrongly.
 */
const USAGE = `Användning: finsam export <arbetsbok.xlsx> <ut.xlsx>
  Skriver en kopia där FINSAM-formlerna är vanliga Excel-formler; originalet ändras aldrig.
  Exempel: finsam export examples/budget-2018.xlsx budget-2018-styrelsen.xlsx`;

export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  if (args.length !== 2 || args.some((arg) => arg.startsWith('--'))) {
    io.err(USAGE);
    return 2;
  }
  const [input, output] = args;
  if (await sameFile(input, output)) {
    io.err(exportMessages.sameFile(output));
    return 2;
  }
  const bytes = await readBytes(input);
  if (typeof bytes === 'string') {
    io.err(bytes);
    return 2;
  }
  const exported = await exportWorkbookBytes(bytes, input);
  if (!exported.ok) {
    io.err(exported.error.message);
    return 2;
  }
  const written = await writeWhole(output, exported.value.bytes);
  if (written) {
    io.err(written);
    return 2;
  }
  const values = exported.value.conversions.filter((conversion) => conversion.newFormula === undefined).length;
  io.out(exportMessages.exported(output, exported.value.conversions.length - values, values, exportMessages.conversionSheet));
  return 0;
}

async function readBytes(file: string): Promise<Buffer | string> {
  try {
    return await fs.readFile(file);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return findingMessages.fileNotFound(file);
    return findingMessages.fileUnreadable(file, findingMessages.fileSystemReason(code));
  }
}

/** The same path, or two names for one file (a link, "./a.xlsx" and "a.xlsx"). */
async function sameFile(input: string, output: string): Promise<boolean> {
  if (resolve(input) === resolve(output)) return true;
  const [a, b] = await Promise.all([fs.realpath(input).catch(() => undefined), fs.realpath(output).catch(() => undefined)]);
  return a !== undefined && a === b;
}

/** Written beside the target and renamed, so a failed write leaves an existing file whole. */
async function writeWhole(path: string, bytes: Buffer): Promise<string | undefined> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, path);
    return undefined;
  } catch (thrown) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    return findingMessages.fileNotWritten(path, findingMessages.fileSystemReason((thrown as NodeJS.ErrnoException).code));
  }
}
