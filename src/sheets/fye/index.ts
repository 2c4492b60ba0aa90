import { Grid } from '../grid';
import { ReadResult, readScanned, SheetKindModule } from '../sheet-kind';
import { FyeModel } from '../../domain/models/fye';
import { FYE_SHEET, planFye } from './plan';
import { fyeHeader, scanFye } from './read';
import { validateFye } from './validate';

/** The FYE model back from a sheet; what cannot be read is a finding, never a guess. */
export function readFye(grid: Grid): ReadResult<FyeModel> {
  return readScanned(scanFye(grid));
}

/** `Helårsekvivalenter` (DOMAIN.md §5): FYE per municipality, share and change against the goal. */
export const fyeSheet: SheetKindModule<FyeModel> = {
  kind: 'fullYearEquivalents',
  defaultName: FYE_SHEET,
  detect: (grid: Grid) => fyeHeader(grid) !== undefined,
  plan: planFye,
  read: (grid) => readFye(grid),
  validate: (grid) => validateFye(grid),
};

export { fullYearEquivalents2022 } from './examples';
