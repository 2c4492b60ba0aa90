import { basename } from 'path';
import { findingMessages } from '../text/findings';
import { reportPage } from '../report/report-page';
import { SHEET_KINDS } from '../sheets/registry';
import { checkGrids, classifySheets } from '../sheets/validate-workbook';
import { recalculateGrids } from '../workbook/engine/recalculate-grids';
import { readXlsxGrids } from '../workbook/xlsx';
import { parseArgs, wantsHelp } from './args';
import type { CliIo } from './main';
import { prepareOutput, writeOutput } from './output-file';
import { terminalQuestion } from './terminal';

/**
 * `finsam report book.xlsx --out rapport.html`: the board's report as one self-contained HTML
 * page (issue 14, item 5), from the workbook recalculated as `finsam check` does it. Exit codes:
 * 0 written (findings are in the page, not in the code), 2 a file that cannot be read or
 * written, the same file twice, an existing output without --force, or the command used wrongly.
 */
export const REPORT_USAGE = `Användning: finsam report [--force] <arbetsbok.xlsx> --out <rapport.html>
  Skriver en fristående HTML-sida för styrelsen: det sociala bokslutet per målområde med status
  och Impact Visare, budgetens resultat och kontrollens fynd. Sidan hämtar inget från nätet;
  skriv ut den till PDF från webbläsaren (A4).
  --force  skriv över <rapport.html> om filen redan finns
  Exempel: finsam report examples/socialt-bokslut-2022.xlsx --out rapport.html`;

export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    io.out(REPORT_USAGE);
    return 0;
  }
  const parsed = parseArgs(args, { command: 'report', flags: ['--force'], options: ['--out'] });
  const output = parsed.ok ? parsed.args.options.get('--out') : undefined;
  if (!parsed.ok || parsed.args.positional.length !== 1 || output === undefined) {
    if (!parsed.ok) io.err(parsed.message);
    io.err(REPORT_USAGE);
    return 2;
  }
  const [input] = parsed.args.positional;
  const target = await prepareOutput({ path: output, inputs: [input], force: parsed.args.flags.has('--force'), ask: io.ask ?? terminalQuestion() });
  if (!target.ok) {
    io.err(target.message);
    return 2;
  }
  const read = await readXlsxGrids(input);
  if (!read.ok) {
    io.err(read.error.message);
    return 2;
  }
  const recalculated = recalculateGrids(read.value);
  if (!recalculated.ok) io.err(findingMessages.notRecalculated(input, recalculated.reason));
  const grids = recalculated.grids;
  const kinds = new Map(classifySheets(grids, SHEET_KINDS).map((sheet) => [sheet.grid, sheet.kind?.kind]));
  const page = reportPage({ file: basename(input), grids, kindOf: (grid) => kinds.get(grid), findings: checkGrids(grids, { kinds: SHEET_KINDS }) });
  const written = await writeOutput(target, output, new TextEncoder().encode(page));
  if (written) {
    io.err(written);
    return 2;
  }
  io.out(`Skrev ${output}.`);
  return 0;
}
