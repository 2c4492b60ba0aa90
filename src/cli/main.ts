import { formatSwedishNumber } from '../domain/swedish-number';
import { parseArgs, wantsHelp } from './args';
import { Evaluation, evaluateFormula, FormulaLocale } from './evaluate';
import { evaluateSafely } from './evaluate-safely';

/**
 * `finsam <command>`: eval, build, check, export, report. Exit codes: 0 done (or --help), 1 an Excel
 * error (eval) or an error finding (check), 2 a formula that does not parse or exceeds Excel's
 * limits, a file that cannot be read or written, or a command used wrongly. Each command is
 * loaded only when it runs, so `finsam eval` never loads ExcelJS.
 */
const USAGE = `Användning: finsam eval [--json] [--locale en-US|sv-SE] '<formel>'
       finsam build [--force] --example <namn> <ut.xlsx>  |  finsam build [--force] <modell.json> <ut.xlsx>
       finsam check [--json] [--cached] <arbetsbok.xlsx> …
       finsam export [--force] <arbetsbok.xlsx> <ut.xlsx>
       finsam report [--force] <arbetsbok.xlsx> --out <rapport.html>
       finsam outcome <bokföring.se> <arbetsbok.xlsx> --period T1|T2|år --out <ny.xlsx> [--force]
       finsam <kommando> --help   visar hjälpen för ett kommando
  Exempel: finsam eval '=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE})'
           finsam eval --locale sv-SE '=FINSAM.SHARES(2990;{83,42;5,31;4,15;3,08;4,04};0)'`;

const EVAL_USAGE = `Användning: finsam eval [--json] [--locale en-US|sv-SE] '<formel>'
  Räknar ut en formel i den inbyggda räknemotorn, på ett tomt blad.
  --json           skriv svaret som en rad JSON: {"value": …} eller {"error": …, "message": …}
  --locale sv-SE   formeln är skriven som i svenska Excel (; mellan argument, decimalkomma, SANT/FALSKT)
  --               allt efter är formeln (för en formel som börjar med -)
  Slutkod: 0 ett värde, 1 ett Excel-fel (#VALUE! …), 2 en formel som inte går att tolka
  eller som går över Excels gränser (8 192 tecken, 64 nivåer av parenteser).
  Exempel: finsam eval '=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE})'`;

// check.ts has its own usage for mistakes; its --help is answered here.
const CHECK_USAGE = `Användning: finsam check [--json] [--cached] <arbetsbok.xlsx> …
  Kontrollerar FINSAM-bladen i arbetsböckerna och skriver fynden per blad och cell.
  --json     skriv alla fynd som en JSON-lista (anteckningar om omräknade värden går till stderr)
  --cached   lita på de värden som sparades i filen i stället för att räkna om formlerna
  Slutkod: 0 inga fel (varningar kan finnas), 1 minst ett fel, 2 en fil som inte går att läsa.
  Exempel: finsam check examples/budget-2021-2023.xlsx`;

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** A yes/no question to the user (before a file is replaced); the terminal's when absent. */
  readonly ask?: (question: string) => Promise<boolean>;
}

/** Every command; build, check and export wait for their files. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === 'eval') return runEval(rest, io);
  if (command === 'build') return (await import('./build')).runBuild(rest, io);
  if (command === 'export') return (await import('./export')).runExport(rest, io);
  if (command === 'report') return (await import('./report')).runReport(rest, io);
  if (command === 'outcome') return (await import('./outcome')).runOutcome(rest, io);
  if (command === 'check') {
    if (!wantsHelp(rest)) return (await import('./check')).runCheck(rest, io);
    io.out(CHECK_USAGE);
    return 0;
  }
  return usage(io, command === undefined ? undefined : `Okänt kommando: ${command}`);
}

/**
 * `finsam eval` alone and synchronously, on this thread (the formula tests call it thousands of
 * times): a formula too deep for this thread's stack answers a Swedish parse error here, where
 * main() would move it to a thread with a larger stack.
 */
export function run(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command !== 'eval') return usage(io, command === undefined || command === '--help' ? undefined : `Okänt kommando: ${command}`);
  const request = evalRequest(rest, io);
  return typeof request === 'number' ? request : answer(evaluateFormula(request.input, request.locale), request.json, io);
}

async function runEval(args: readonly string[], io: CliIo): Promise<number> {
  const request = evalRequest(args, io);
  return typeof request === 'number' ? request : answer(await evaluateSafely(request.input, request.locale), request.json, io);
}

interface EvalRequest {
  readonly input: string;
  readonly locale: FormulaLocale;
  readonly json: boolean;
}

/** The formula and how to print it, or the exit code when there is nothing to evaluate (--help, a mistake). */
function evalRequest(args: readonly string[], io: CliIo): EvalRequest | number {
  if (wantsHelp(args)) {
    io.out(EVAL_USAGE);
    return 0;
  }
  const parsed = parseArgs(args, { command: 'eval', flags: ['--json'], options: ['--locale'] });
  if (!parsed.ok) return usage(io, parsed.message, EVAL_USAGE);
  const locale = parsed.args.options.get('--locale') ?? 'en-US';
  if (locale !== 'en-US' && locale !== 'sv-SE') return usage(io, `Okänd --locale: ${locale} (en-US eller sv-SE)`, EVAL_USAGE);
  if (parsed.args.positional.length !== 1) return usage(io, 'Ange exakt en formel.', EVAL_USAGE);
  return { input: parsed.args.positional[0], locale, json: parsed.args.flags.has('--json') };
}

function answer(evaluation: Evaluation, json: boolean, io: CliIo): number {
  (json ? printJson : printForPerson)(evaluation, io);
  return 'value' in evaluation ? 0 : 'error' in evaluation ? 1 : 2;
}

function usage(io: CliIo, problem?: string, text: string = USAGE): number {
  if (problem) io.err(problem);
  io.err(text);
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
