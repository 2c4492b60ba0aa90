import { cliMessages } from '../text/cli-messages';

/**
 * Values in a model.json that no sheet should be built from, found before any kind plans it:
 * a number Excel cannot hold or count exactly (1e308, or 1e400 which JSON reads as Infinity),
 * text standing for a non-number ("NaN", "Infinity"), and null where the models have no use for
 * it. Gives the Swedish message naming the field, e.g. "municipalities[1].populations[0]".
 */
const LARGEST = 1e15;
const LARGEST_SHOWN = '10^15';

/** Fields whose null means something (budget: no equity rows, a computed contribution; social budget: no target or outcome yet). */
const NULL_ALLOWED: ReadonlySet<string> = new Set(['openingEquity', 'statedMunicipalContributions', 'target', 'comparison', 'outcome', 'achieved']);

const NOT_A_NUMBER_TEXT = /^[+-]?(nan|inf|infinity)$/i;

interface Pending {
  readonly value: unknown;
  readonly field: string;
  /** Inside a field whose null is allowed (its arrays included). */
  readonly nullAllowed: boolean;
}

export function modelValueProblem(model: unknown, position: number, kind: string): string | undefined {
  // A stack, not recursion: a hostile model may nest a hundred thousand arrays.
  const stack: Pending[] = [{ value: model, field: '', nullAllowed: false }];
  while (stack.length > 0) {
    const { value, field, nullAllowed } = stack.pop() as Pending;
    const shown = field || 'model';
    if (value === null && !nullAllowed) return cliMessages.modelNullNotAllowed(position, kind, shown);
    if (typeof value === 'number' && !(Math.abs(value) <= LARGEST)) return cliMessages.modelNumberOutOfRange(position, kind, shown, LARGEST_SHOWN);
    if (typeof value === 'string' && NOT_A_NUMBER_TEXT.test(value.trim())) return cliMessages.modelNumberAsText(position, kind, shown, value.trim());
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], field: `${field}[${i}]`, nullAllowed });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, inner] = entries[i];
        stack.push({ value: inner, field: field ? `${field}.${key}` : key, nullAllowed: nullAllowed || NULL_ALLOWED.has(key) });
      }
    }
  }
  return undefined;
}
