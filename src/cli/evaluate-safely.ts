import { existsSync } from 'fs';
import { join } from 'path';
import { cliMessages } from '../text/cli-messages';
import { englishFormula, Evaluation, evaluateOrTooDeep, FormulaLocale, TOO_DEEP } from './evaluate';
import { nestingDepth } from '../formula/limits';

/**
 * The engine's parser and interpreter recurse once per operator and nesting level, so a formula
 * well within Excel's limits (=1+1+… with 4 000 terms, 8 000 characters) overflows Node's
 * default stack. Such a formula runs on a worker thread with a stack large enough for anything
 * within the limits; a short one runs here, so `finsam eval '=1+1'` starts no thread.
 */
const LONG = 400;
const DEEP = 24;
/** Measured: 8 192 characters of =1+1+…, =--…-1 or =B1+B2+… run in 16 MB; four times that for room. */
const STACK_MB = 64;

export async function evaluateSafely(input: string, locale: FormulaLocale): Promise<Evaluation> {
  const formula = englishFormula(input, locale);
  const large = formula.length > LONG || nestingDepth(formula) > DEEP;
  const here = large ? TOO_DEEP : evaluateOrTooDeep(input, locale);
  return here === TOO_DEEP ? evaluateOnLargeStack(input, locale) : here;
}

async function evaluateOnLargeStack(input: string, locale: FormulaLocale): Promise<Evaluation> {
  // The compiled worker sits beside this file in dist/node/cli (it is absent under ts-jest).
  const script = join(__dirname, 'eval-worker.js');
  if (!existsSync(script)) return { parseError: cliMessages.formulaTooComplex() };
  // Loaded only here: a short formula starts no thread and need not load the module either.
  const { Worker } = await import('worker_threads');
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: { input, locale }, resourceLimits: { stackSizeMb: STACK_MB } });
    let answered = false;
    worker.once('message', (evaluation: Evaluation) => {
      answered = true;
      resolve(evaluation);
    });
    worker.once('error', () => resolve({ parseError: cliMessages.formulaTooComplex() }));
    worker.once('exit', () => {
      if (!answered) resolve({ parseError: cliMessages.formulaTooComplex() });
    });
  });
}
