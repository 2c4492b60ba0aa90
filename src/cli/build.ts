import { cliMessages } from '../text/cli-messages';
import { findingMessages } from '../text/findings';
import { workbookMessages } from '../text/workbook-messages';
import { WorkbookPlan } from '../sheets/plan';
import { EXAMPLES, SHEET_KINDS } from '../sheets/registry';
import { SheetKindModule } from '../sheets/sheet-kind';
import { isValidSheetName, sameName } from '../workbook/office/sheet-names';
import { writePlanToXlsx } from '../workbook/xlsx';
import { parseArgs, wantsHelp } from './args';
import type { CliIo } from './main';
import { planFromModelFile, Planned } from './model-file';
import { prepareOutput, writeOutput } from './output-file';
import { terminalQuestion } from './terminal';

/**
 * `finsam build --example <name> out.xlsx` and `finsam build model.json out.xlsx`. Exit codes:
 * 0 written (or --help), 2 an unknown example, a model that cannot be read or planned, an output
 * that may not be written (the model itself, an existing file without --force, a directory), a
 * file not written.
 */
export const BUILD_USAGE = `Användning: finsam build [--force] --example <namn> <ut.xlsx>
       finsam build [--force] <modell.json> <ut.xlsx>
  Skriver en arbetsbok från ett exempel eller en modell:
  modell.json: { "sheets": [{ "kind": "budget", "name": "Budget", "model": { … } }] }
  --force  skriv över <ut.xlsx> om filen redan finns (annars frågar finsam i en terminal,
           och vägrar i ett skript); modellen själv skrivs aldrig över.`;

export interface BuildOptions {
  readonly kinds?: readonly SheetKindModule<unknown>[];
  readonly examples?: Readonly<Record<string, () => WorkbookPlan>>;
}

export async function runBuild(args: readonly string[], io: CliIo, options: BuildOptions = {}): Promise<number> {
  if (wantsHelp(args)) {
    io.out(BUILD_USAGE);
    return 0;
  }
  const parsed = parseArgs(args, { command: 'build', flags: ['--force'], options: ['--example'] });
  if (!parsed.ok) return usage(io, parsed.message);
  const { positional, flags } = parsed.args;
  const example = parsed.args.options.get('--example');
  if (positional.length !== (example !== undefined ? 1 : 2)) return usage(io);
  const out = positional[positional.length - 1];
  if (example === undefined && positional[0].trim() === '') return fail(io, cliMessages.inputNameMissing());
  const target = await prepareOutput({ path: out, inputs: example !== undefined ? [] : [positional[0]], force: flags.has('--force'), ask: io.ask ?? terminalQuestion() });
  if (!target.ok) return fail(io, target.message);
  const planned = example !== undefined ? examplePlan(example, options) : await planFromModelFile(positional[0], options.kinds ?? SHEET_KINDS);
  if (!planned.ok) return fail(io, planned.message);
  const nameProblem = sheetNameProblem(planned.plan);
  if (nameProblem) return fail(io, nameProblem);
  const workbook = await writePlanToXlsx(planned.plan);
  if (!workbook.ok) return fail(io, workbook.error.message);
  const notWritten = await writeOutput(target, out, workbook.value);
  if (notWritten) return fail(io, notWritten);
  io.out(findingMessages.workbookWritten(out, planned.plan.sheets.length));
  return 0;
}

function usage(io: CliIo, problem?: string): number {
  if (problem) io.err(problem);
  io.err(BUILD_USAGE);
  return 2;
}

function fail(io: CliIo, message: string): number {
  io.err(message);
  return 2;
}

/** Excel's rules for sheet names, checked before ExcelJS (which cuts a long name with an English warning). */
function sheetNameProblem(plan: WorkbookPlan): string | undefined {
  for (const [index, sheet] of plan.sheets.entries()) {
    if (!isValidSheetName(sheet.name)) return workbookMessages.sheetNameInvalid(sheet.name);
    if (plan.sheets.slice(0, index).some((other) => sameName(other.name, sheet.name))) return cliMessages.sheetNameRepeated(sheet.name);
  }
  return undefined;
}

function examplePlan(name: string, options: BuildOptions): Planned {
  const examples = options.examples ?? EXAMPLES;
  const make = Object.prototype.hasOwnProperty.call(examples, name) ? examples[name] : undefined;
  if (!make) return { ok: false, message: findingMessages.exampleUnknown(name, Object.keys(examples)) };
  return { ok: true, plan: make() };
}
