import { cellAddress } from '../sheets/address';
import { engineCanHold, ExportValue, literal, Override } from './cell-values';

/** One cell the export changes: a FINSAM formula and what replaces it. */
export interface Conversion {
  readonly sheet: string;
  /** 0-based, as in the grids. */
  readonly row: number;
  readonly col: number;
  /** The FINSAM formula ("=…"); a cell of a spilled block names its block's formula. */
  readonly oldFormula: string;
  /** The native formula ("=…"), or undefined when the cell gets the value instead. */
  readonly newFormula?: string;
  /** What the add-in computes for the cell: the cached result, or the value itself. */
  readonly value: ExportValue;
  /** Why the cell holds a value (Swedish, for its note and the list of conversions). */
  readonly reason?: string;
}

/**
 * The engine's contents for a conversion: its native formula, or its value as a literal (also
 * for a formula too long for the engine, which is then offered unchecked; README.md).
 */
export function contentOf(conversion: Conversion): Override {
  return conversion.newFormula !== undefined && engineCanHold(conversion.newFormula) ? conversion.newFormula : literal(conversion.value);
}

/** "Budget!B7" for messages and the list of conversions. */
export function placeOf(conversion: Pick<Conversion, 'sheet' | 'row' | 'col'>): string {
  return `${conversion.sheet}!${cellAddress(conversion.row, conversion.col)}`;
}
