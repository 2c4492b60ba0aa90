import { Grid } from '../grid';
import { ReadResult, readScanned, SheetKindModule } from '../sheet-kind';
import { FollowUpModel } from '../../domain/models/follow-up';
import { FOLLOW_UP_SHEET, planFollowUp } from './plan';
import { followUpHeader, scanFollowUp } from './read';
import { followUpUnreadable } from './unreadable';
import { validateFollowUp } from './validate';

/** The follow-up model back from a sheet; what cannot be read is a finding, never a guess. */
export function readFollowUp(grid: Grid): ReadResult<FollowUpModel> {
  return readScanned(scanFollowUp(grid));
}

/** `Uppföljning` (seed 004): budget against forecast, stated figures, equity and the staircase. */
export const followUpSheet: SheetKindModule<FollowUpModel> = {
  kind: 'followUp',
  defaultName: FOLLOW_UP_SHEET,
  detect: (grid: Grid) => followUpHeader(grid) !== undefined,
  unreadable: followUpUnreadable,
  plan: planFollowUp,
  read: (grid) => readFollowUp(grid),
  validate: validateFollowUp,
};

export { followUpTertial2of2022 } from './examples';
