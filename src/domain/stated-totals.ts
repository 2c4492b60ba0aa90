import { messages } from '../text/errors';
import { STATED_AGREEMENT } from './slacks';
import { formatSwedishNumber } from './swedish-number';

/** A term of a total with its sign: income +, costs −. */
export interface SignedPart {
  readonly label: string;
  readonly amount: number;
  readonly sign: 1 | -1;
}

export interface StatedTotalCheck {
  readonly computed: number;
  readonly difference: number;
  /** The Swedish finding text when the stated figure does not follow from its parts. */
  readonly message?: string;
}

/** Whether a stated figure agrees with the one computed from its parts, within STATED_AGREEMENT. */
export function statedAgrees(stated: number, computed: number): boolean {
  return Math.abs(stated - computed) <= STATED_AGREEMENT * Math.max(1, Math.abs(stated));
}

/**
 * Checks a stated figure against the parts it claims to come from.
 * @example "underbalanseras med 869" against −(12 365 − 11 511) → computed −854, differs (seed 004)
 */
export function checkStatedTotal(what: string, stated: number, parts: readonly SignedPart[]): StatedTotalCheck {
  const computed = parts.reduce((total, part) => total + part.sign * part.amount, 0);
  const difference = stated - computed;
  if (statedAgrees(stated, computed)) return { computed, difference: 0 };
  const written = parts
    .map((part, index) => `${index === 0 ? (part.sign < 0 ? '−' : '') : part.sign < 0 ? ' − ' : ' + '}${formatSwedishNumber(part.amount)}`)
    .join('');
  return { computed, difference, message: messages.statedTotalDiffers(what, stated, computed, written) };
}
