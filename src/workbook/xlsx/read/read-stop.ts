/**
 * Why a streaming read stopped early. Thrown inside the SAX callbacks (they cannot return a value
 * to the parser) and turned into a typed error at the edge of the adapter, in read-grids.ts.
 * A cell whose stored value no reading can trust names its sheet, cell and the text it holds.
 */
export class ReadStop extends Error {
  constructor(
    readonly kind: 'tooLarge' | 'corrupt',
    readonly where?: BadCell,
  ) {
    super(kind);
  }
}

/** A cell whose stored value is invalid: where it is, and (shortened) what the file says. */
export interface BadCell {
  readonly sheet: string;
  readonly cell: string;
  readonly stored: string;
  readonly why: BadValue;
}

/** Why a stored value is refused (each has its Swedish words in findingMessages.corruptCell). */
export type BadValue = 'stringIndex' | 'number' | 'tooLarge' | 'boolean' | 'error' | 'date' | 'type';

/** Cells still allowed over the whole workbook (ReadLimits.maxCells). */
export interface CellBudget {
  remaining: number;
}
