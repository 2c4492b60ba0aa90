import { Grid } from '../../sheets/grid';

/** "Budget (gammal)", "Budget (gammal 2)": a sheet a build replaced and kept as a backup. */
export const isBackupSheet = (name: string) => /\(gammal(?: \d+)?\)\s*$/.test(name);

/** The grids Kontroll and "Dela med styrelsen" work on: the backups only when the user asks (issue 13). */
export const withoutBackups = (grids: readonly Grid[], includeBackups: boolean): readonly Grid[] =>
  includeBackups ? grids : grids.filter((grid) => !isBackupSheet(grid.sheet));
