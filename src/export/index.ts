/** The native export (issue 8): FINSAM formulas rewritten so a workbook works without the add-in. */
export { exportNative } from './export-native';
export type { NativeExport } from './export-native';
export type { Conversion } from './conversion';
export { placeOf } from './conversion';
export { exportWorkbookBytes } from './export-file';
export type { ExportedFile } from './export-file';
export { writeNativeExport } from './write-export';
export { translateFormula } from './translate-formula';
export type { CellTranslation } from './translate-formula';
export { parseFormula, finsamFunctionName } from '../formula/formula-parser';
export { sameValue, shownValue, isErrorValue } from './cell-values';
export type { ExportValue, SheetValues } from './cell-values';
export { proofWorkbook } from './proof-workbook';
