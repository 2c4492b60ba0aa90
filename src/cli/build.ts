import { findingMessages } from '../domain';
import { WorkbookPlan } from '../sheets/plan';
import { EXAMPLES, SHEET_KINDS } from '../sheets/registry';
import { SheetKindModule } from '../sheets/sheet-kind';
import { writePlanToXlsx } from '../workbook/xlsx';
import type { CliIo } from './main';
import { planFromModelFile, Planned } from './model-file';

/**
 * `finsam build --example <name> out.xlsx` and `finsam build model.json out.xlsx`. Exit codes:
 * 0 written, 2 an unknown example, a model that cannot be read or planned, a file not written.
 */
const USAGE = `Användning: finsam build --example <namn> <ut.xlsx>
       finsam build <modell.json> <ut.xlsx>
  modell.json: { "sheets": [{ "kind": "budget", "name": "Budget", "model": { … } }] }`;

export interface BuildOptions {
  readonly kinds?: readonly SheetKindModule<unknown>[];
  readonly examples?: Readonly<Record<string, () => WorkbookPlan>>;
}

export async function runBuild(args: readonly string[], io: CliIo, options: BuildOptions = {}): Promise<number> {
  const exampleIndex = args.indexOf('--example');
  const example = exampleIndex >= 0 ? args[exampleIndex + 1] : undefined;
  const positional = args.filter((_arg, index) => index !== exampleIndex && (exampleIndex < 0 || index !== exampleIndex + 1));
  const expected = exampleIndex >= 0 ? 1 : 2;
  if ((exampleIndex >= 0 && !example) || positional.length !== expected || positional.some((arg) => arg.startsWith('--'))) {
    io.err(USAGE);
    return 2;
  }
  const out = positional[expected - 1];
  const planned = example !== undefined ? examplePlan(example, options) : await planFromModelFile(positional[0], options.kinds ?? SHEET_KINDS);
  if (!planned.ok) {
    io.err(planned.message);
    return 2;
  }
  const written = await writePlanToXlsx(planned.plan, out);
  if (!written.ok) {
    io.err(written.error.message);
    return 2;
  }
  io.out(findingMessages.workbookWritten(out, planned.plan.sheets.length));
  return 0;
}

function examplePlan(name: string, options: BuildOptions): Planned {
  const examples = options.examples ?? EXAMPLES;
  const make = Object.prototype.hasOwnProperty.call(examples, name) ? examples[name] : undefined;
  if (!make) return { ok: false, message: findingMessages.exampleUnknown(name, Object.keys(examples)) };
  return { ok: true, plan: make() };
}
