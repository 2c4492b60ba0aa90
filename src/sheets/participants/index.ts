import { Grid } from '../grid';
import { ReadResult, readScanned, SheetKindModule } from '../sheet-kind';
import { ParticipantsModel } from '../../domain/models/participants';
import { PARTICIPANTS_SHEET, planParticipants } from './plan';
import { participantsHeader, scanParticipants } from './read';
import { validateParticipants } from './validate';

/** The participants model back from a sheet; what cannot be read is a finding, never a guess. */
export function readParticipants(grid: Grid): ReadResult<ParticipantsModel> {
  return readScanned(scanParticipants(grid));
}

/** `Deltagare` (seeds 003, 004): finished participants by platform and gender, pooled rates. */
export const participantsSheet: SheetKindModule<ParticipantsModel> = {
  kind: 'participants',
  defaultName: PARTICIPANTS_SHEET,
  detect: (grid: Grid) => participantsHeader(grid) !== undefined,
  plan: planParticipants,
  read: (grid) => readParticipants(grid),
  validate: (grid) => validateParticipants(grid),
};

export { participantsTertial2of2022 } from './examples';
