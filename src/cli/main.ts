import { formatSwedishNumber } from '../domain';
import { runBuild } from './build';
import { runCheck } from './check';
import { Evaluation, evaluateFormula, FormulaLocale } from './evaluate';
import { runExport } from './export';

/**
 * `finsam eval '<formula>' [--json] [--locale sv-SE]`. Exit codes: 0 a value, 1 an Excel
 * error, 2 a formula that does not parse or a command used wrongly. `finsam build` and
 * `finsam check` read and write files, so they run through main() (build.ts, check.ts).
 */
const USAGE = `Användning: finsam eval [--json] [--locale en-US|sv-SE] '<formel>'
       finsam build --example <namn> <ut.xlsx>  |  finsam build <modell.json> <ut.xlsx>
       finsam check [--json] <arbetsbok.xlsx> …
       finsam export <arbetsbok.xlsx> <ut.xlsx>
  Exempel: finsam eval '=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE})'
           finsam eval --locale sv-SE '=FINSAM.SHARES(2990;{83,42;5,31;4,15;3,08;4,04};0)'`;

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Every command: eval answers at once, build and check wait for their files. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'build') return runBuild(rest, io);
  if (command === 'check') return runCheck(rest, io);
  if (command === 'export') return runExport(rest, io);
  if (command === 'outcome') return (await import('./outcome')).runOutcome(rest, io);
  return run(argv, io);
}

export function run(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command !== 'eval') return usage(io, command === undefined || command === '--help' ? undefined : `Okänt kommando: ${command}`);
  const json = rest.includes('--json');
  const localeIndex = rest.indexOf('--locale');
  const locale = localeIndex >= 0 ? rest[localeIndex + 1] : 'en-US';
  if (locale !== 'en-US' && locale !== 'sv-SE') return usage(io, `Okänd --locale: ${locale ?? ''} (en-US eller sv-SE)`);
  const formulas = rest.filter((arg, index) => !arg.startsWith('--') && (localeIndex < 0 || index !== localeIndex + 1));
  if (formulas.length !== 1) return usage(io, 'Ange exakt en formel.');
  const evaluation = evaluateFormula(formulas[0], locale as FormulaLocale);
  (json ? printJson : printForPerson)(evaluation, io);
  return 'value' in evaluation ? 0 : 'error' in evaluation ? 1 : 2;
}

function usage(io: CliIo, problem?: string): number {
  if (problem) io.err(problem);
  io.err(USAGE);
  return 2;
}

function printJson(evaluation: Evaluation, io: CliIo): void {
  if ('parseError' in evaluation) io.out(JSON.stringify({ error: 'parse', message: evaluation.parseError }));
  else io.out(JSON.stringify(evaluation));
}

function printForPerson(evaluation: Evaluation, io: CliIo): void {
  if ('parseError' in evaluation) return io.err(evaluation.parseError);
  if ('error' in evaluation) return io.out(`${evaluation.error} ${evaluation.message}`.trim());
  const { value } = evaluation;
  if (!Array.isArray(value)) return io.out(shown(value));
  for (const row of value) io.out(row.map(shown).join('\t'));
}

function shown(value: number | string | boolean | null): string {
  if (typeof value === 'number') return formatSwedishNumber(value, 10);
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  return value ?? '';
}

if (require.main === module) {
  void main(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) }).then((code) => {
    process.exitCode = code;
  });
}
