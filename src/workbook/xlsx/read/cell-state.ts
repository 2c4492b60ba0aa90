/**
 * The cell being read: what its <c>, <f>, <v> and <is> said. One object reset per cell, with
 * fixed fields: a fresh object per cell cost seconds of garbage collection on 650 000 cells.
 */
export class CellState {
  row = -1;
  col = -1;
  type = 'n';
  style = 0;
  value = '';
  hasValue = false;
  formula = '';
  formulaType: string | undefined = undefined;
  sharedIndex: string | undefined = undefined;
  hasFormula = false;
  capture: 'value' | 'formula' | undefined = undefined;

  reset(row: number, col: number, type: string, style: number): void {
    this.row = row;
    this.col = col;
    this.type = type;
    this.style = style;
    this.value = '';
    this.hasValue = false;
    this.formula = '';
    this.formulaType = undefined;
    this.sharedIndex = undefined;
    this.hasFormula = false;
    this.capture = undefined;
  }

  startValue(): void {
    this.capture = 'value';
    this.hasValue = true;
  }

  startFormula(type: string | undefined, sharedIndex: string | undefined): void {
    this.capture = 'formula';
    this.hasFormula = true;
    this.formulaType = type;
    this.sharedIndex = sharedIndex;
  }
}
