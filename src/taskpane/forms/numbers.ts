import { formatSwedishNumber } from '../../domain';
import { texts } from '../../text/pane';

/**
 * A number as a Swedish user types it: "2845", "2 845", "2 845,5", "−1 146", "2845.5". Spaces of
 * any kind group thousands; a comma or a point is the decimal sign. Undefined for anything else,
 * so a typo is reported next to the field, never guessed.
 */
export function parseTypedNumber(text: string): number | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/\u2212/g, '-');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return undefined;
  return Number(compact.replace(',', '.'));
}

/** How a draft shows a model's number: as the board papers print it ("2 845", "0,8"). */
export function formatTypedNumber(value: number): string {
  return formatSwedishNumber(value);
}

export interface NumberRule {
  /** Blank is allowed (an optional field). */
  readonly optional?: boolean;
  readonly whole?: boolean;
  readonly min?: number;
  /** The value must be above min, not equal to it. */
  readonly above?: boolean;
  readonly max?: number;
}

/** What is wrong with a typed number under its rule, in Swedish; undefined when it is fine. */
export function numberProblem(text: string, rule: NumberRule = {}): string | undefined {
  if (text.trim() === '') return rule.optional ? undefined : texts.fields.required;
  const value = parseTypedNumber(text);
  if (value === undefined) return texts.fields.notANumber;
  if (rule.whole && !Number.isInteger(value)) return texts.fields.notWhole;
  const below = rule.min !== undefined && (rule.above ? value <= rule.min : value < rule.min);
  const above = rule.max !== undefined && value > rule.max;
  if (below && rule.above && rule.max !== undefined) return texts.fields.aboveBetween(formatTypedNumber(rule.min ?? 0), formatTypedNumber(rule.max));
  if (below || above) {
    if (rule.max === undefined) return texts.fields.atLeast(formatTypedNumber(rule.min ?? 0));
    return texts.fields.between(formatTypedNumber(rule.min ?? 0), formatTypedNumber(rule.max));
  }
  return undefined;
}

/** The number of a field that passed its rule; blank (optional) is null. */
export function typedNumberOrNull(text: string): number | null {
  return text.trim() === '' ? null : (parseTypedNumber(text) ?? null);
}
