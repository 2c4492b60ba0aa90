/**
 * Why a streaming read stopped early. Thrown inside the SAX callbacks (they cannot return a value
 * to the parser) and turned into a typed error at the edge of the adapter, in read-grids.ts.
 */
export class ReadStop extends Error {
  constructor(readonly kind: 'tooLarge' | 'corrupt') {
    super(kind);
  }
}

/** Cells still allowed over the whole workbook (ReadLimits.maxCells). */
export interface CellBudget {
  remaining: number;
}
