/**
 * Which native translation answers which FINSAM function. A spilling function (SHARES,
 * WEIGHTCHECK) is translated one cell of its block at a time, so it has a size and an element
 * translation instead of a single formula.
 */
import { Argument, Native } from './native-text';
import { contribution, deviates, equityCap, share, sharesElement, sharesSize } from './translate-financing';
import { achieved, areaShare, impactIndex, impactValue, status, weightCheckCell, weightCheckSize, weightsOk } from './translate-indicators';
import { fye, fyeChange, fyeShare, importance, quadrant, rate } from './translate-participants';

export type ScalarTranslator = (args: readonly Argument[]) => Native;

export interface SpillTranslator {
  /** The block the function fills, from the shapes of its arguments (as the engine predicts it). */
  readonly size: (args: readonly Argument[]) => { readonly rows: number; readonly cols: number } | undefined;
  readonly element: (args: readonly Argument[], row: number, col: number) => Native;
}

export const SCALAR_TRANSLATORS: Readonly<Record<string, ScalarTranslator>> = {
  IMPACTINDEX: impactIndex,
  IMPACTVALUE: impactValue,
  AREASHARE: areaShare,
  WEIGHTSOK: weightsOk,
  ACHIEVED: achieved,
  STATUS: status,
  SHARE: share,
  CONTRIBUTION: contribution,
  EQUITYCAP: equityCap,
  DEVIATES: deviates,
  RATE: rate,
  FYE: fye,
  FYESHARE: fyeShare,
  FYECHANGE: fyeChange,
  IMPORTANCE: importance,
  QUADRANT: quadrant,
};

export const SPILL_TRANSLATORS: Readonly<Record<string, SpillTranslator>> = {
  SHARES: { size: sharesSize, element: sharesElement },
  WEIGHTCHECK: { size: weightCheckSize, element: weightCheckCell },
};
