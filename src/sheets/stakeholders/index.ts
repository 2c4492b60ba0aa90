import { Grid } from '../grid';
import { ReadResult, readScanned, SheetKindModule } from '../sheet-kind';
import { StakeholderModel } from '../../domain/models/stakeholders';
import { planStakeholders, STAKEHOLDER_SHEET } from './plan';
import { scanStakeholders, stakeholderHeader } from './read';
import { validateStakeholders } from './validate';

/** The stakeholder model back from a sheet; what cannot be read is a finding, never a guess. */
export function readStakeholders(grid: Grid): ReadResult<StakeholderModel> {
  return readScanned(scanStakeholders(grid));
}

/** `Intressentanalys` (seed 002): interest, influence, importance index, quadrant, dialogue matrix. */
export const stakeholderSheet: SheetKindModule<StakeholderModel> = {
  kind: 'stakeholders',
  defaultName: STAKEHOLDER_SHEET,
  detect: (grid: Grid) => stakeholderHeader(grid) !== undefined,
  plan: planStakeholders,
  read: (grid) => readStakeholders(grid),
  validate: (grid) => validateStakeholders(grid),
};

export { stakeholderAnalysis2020 } from './examples';
