import type { VaravBase } from '../participants';

/**
 * Participants who finished, per platform and gender (seeds 003, 004; DOMAIN.md §4). Rates
 * are pooled over rows (Σ parts / Σ wholes), never the mean of the rows' rates.
 */
export type Gender = 'women' | 'men';

export interface ParticipantRow {
  readonly platform: string;
  readonly gender: Gender;
  /** Avslutade. */
  readonly finished: number;
  /** Finished with a positive solution (work, studies, other rehabilitation …; seed 003 note 3). */
  readonly positive: number;
  /** Of the positive: to work, and to studies. */
  readonly work: number;
  readonly studies: number;
}

/** A rate a report states in words, with the count it claims to be of (seed 004: 85,5 % of 14). */
export interface StatedRate {
  readonly platform: string;
  readonly finished: number;
  /** A fraction as typed: 0.855 for "85,5 %"; its decimals are the precision checked. */
  readonly rate: number;
}

export interface ParticipantTargets {
  readonly positive: number;
  readonly work: number;
  readonly studies: number;
}

export interface ParticipantsModel {
  readonly year: number;
  readonly period: string;
  readonly rows: readonly ParticipantRow[];
  /** The rule set's targets (80/35/25 in 2022) and the base of the "varav" rates. */
  readonly targets: ParticipantTargets;
  readonly varavBase: VaravBase;
  readonly stated: readonly StatedRate[];
  readonly source: string;
  readonly notes: readonly string[];
}
