import { promises as fs } from 'fs';
import { cliMessages } from '../text/cli-messages';
import { exportMessages } from '../text/export-messages';
import { findingMessages } from '../text/findings';
import { exportWorkbookBytes } from '../export';
import { parseArgs, wantsHelp } from './args';
import type { CliIo } from './main';
import { prepareOutput, writeOutput } from './output-file';
import { terminalQuestion } from './terminal';

/**
 * `finsam export book.xlsx out.xlsx`: a copy of the workbook whose FINSAM formulas are native
 * Excel formulas, for board members without the add-in (issue 8). Exit codes: 0 written (or
 * --help), 2 a file that cannot be read or written, the same file twice, an existing output
 * without --force, or the command used wrongly.
 */
export const EXPORT_USAGE = `Användning: finsam export [--force] <arbetsbok.xlsx> <ut.xlsx>
  Skriver en kopia där FINSAM-formlerna är vanliga Excel-formler; originalet ändras aldrig.
  --force  skriv över <ut.xlsx> om filen redan finns (annars frågar finsam i en terminal,
           och vägrar i ett skript).
  Exempel: finsam export examples/budget-2018.xlsx budget-2018-styrelsen.xlsx`;

export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    io.out(EXPORT_USAGE);
    return 0;
  }
  const parsed = parseArgs(args, { command: 'export', flags: ['--force'] });
  if (!parsed.ok || parsed.args.positional.length !== 2) {
    if (!parsed.ok) io.err(parsed.message);
    io.err(EXPORT_USAGE);
    return 2;
  }
  const [input, output] = parsed.args.positional;
  if (input.trim() === '') {
    io.err(cliMessages.inputNameMissing());
    return 2;
  }
  const target = await prepareOutput({ path: output, inputs: [input], force: parsed.args.flags.has('--force'), ask: io.ask ?? terminalQuestion() });
  if (!target.ok) {
    io.err(target.message);
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
  const written = await writeOutput(target, output, exported.value.bytes);
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
