import { parentPort, workerData } from 'worker_threads';
import { evaluateFormula, FormulaLocale } from './evaluate';

/** The thread evaluate-safely.ts starts with a large stack for a long or deeply nested formula. */
const { input, locale } = workerData as { input: string; locale: FormulaLocale };
parentPort?.postMessage(evaluateFormula(input, locale));
