/** The .xlsx adapter: a plan written with ExcelJS, a file read back into grids (README.md). */
export * from './xlsx-result';
export { readXlsxGrids } from './read/read-grids';
export type { ReadOptions } from './read/read-grids';
export type { CellLook, ReadGrid, SheetLooks } from './read/cell-looks';
export { DEFAULT_LIMITS } from './read/file-bytes';
export type { ReadLimits } from './read/file-bytes';
export { writePlanToXlsx } from './write/write-plan';
