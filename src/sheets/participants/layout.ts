import { ParticipantRow, ParticipantsModel } from '../../domain/models/participants';

/** Columns of the participants table (0-based). */
export const COLUMNS = { platform: 0, gender: 1, finished: 2, positive: 3, work: 4, studies: 5 } as const;

/** One platform's rows, contiguous on the sheet so a FINSAM.RATE range can cover them. */
export interface PlatformRows {
  readonly platform: string;
  readonly first: number;
  readonly last: number;
}

/** Where each block lands (rows 0-based), computed once from the model. */
export interface ParticipantsLayout {
  readonly year: number;
  readonly period: number;
  readonly varavBase: number;
  readonly header: number;
  readonly first: number;
  /** The model's rows grouped by platform in order of first appearance. */
  readonly rows: readonly ParticipantRow[];
  readonly platforms: readonly PlatformRows[];
  readonly sum: number;
  readonly ratesHeader: number;
  readonly platformHeader: number;
  readonly statedHeader: number;
  readonly notes: number;
}

export function participantsLayout(model: ParticipantsModel): ParticipantsLayout {
  const header = 6;
  const first = header + 1;
  const names = [...new Set(model.rows.map((row) => row.platform))];
  const rows = names.flatMap((name) => model.rows.filter((row) => row.platform === name));
  let next = first;
  const platforms = names.map((platform) => {
    const count = rows.filter((row) => row.platform === platform).length;
    const block = { platform, first: next, last: next + count - 1 };
    next += count;
    return block;
  });
  const sum = first + rows.length;
  const ratesHeader = sum + 2;
  const platformHeader = ratesHeader + 5;
  const statedHeader = platformHeader + platforms.length + 2;
  return { year: 2, period: 3, varavBase: 4, header, first, rows, platforms, sum, ratesHeader, platformHeader, statedHeader, notes: statedHeader + model.stated.length + 2 };
}
