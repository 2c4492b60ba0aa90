import { checkWhole } from './checks';
import { labels, messages } from '../text/errors';
import { invalid, ok, Result } from './result';
import type { Stakeholder } from './models/stakeholders';

/** The dialogue matrix's scale, 1–5 each (DOMAIN.md §6, choice). */
export const DEFAULT_STAKEHOLDER_SCALE = 5;

export type Quadrant = 'Nyckelintressent' | 'Håll nöjd' | 'Håll informerad' | 'Bevaka';

/** A stakeholder's two ratings: the model's own fields, so a Stakeholder is a Rating. */
export type Rating = Pick<Stakeholder, 'interest' | 'influence'>;

function checkRating(rating: Rating, scale: number): Result<Rating> {
  if (!Number.isInteger(scale) || scale < 2) return invalid(messages.scaleTooSmall(scale));
  const interest = checkWhole(rating.interest, labels.interest, 1, scale);
  if (!interest.ok) return interest;
  const influence = checkWhole(rating.influence, labels.influence, 1, scale);
  return influence.ok ? ok(rating) : influence;
}

/**
 * Betydelseindex = interest + influence (seed 002: "Vilket intresse + Vilket inflytande =
 * Betydelseindex"), 2–10 on the 1–5 scale.
 * @example importance({ interest: 5, influence: 4 }) → 9
 */
export function importance(rating: Rating, scale = DEFAULT_STAKEHOLDER_SCALE): Result<number> {
  const checked = checkRating(rating, scale);
  return checked.ok ? ok(rating.interest + rating.influence) : checked;
}

/**
 * Where a stakeholder lands in the dialogue matrix: above the midpoint (1 + scale)/2 counts.
 * @example quadrant({ interest: 5, influence: 4 }) → "Nyckelintressent"; 3 and 3 → "Bevaka"
 */
export function quadrant(rating: Rating, scale = DEFAULT_STAKEHOLDER_SCALE): Result<Quadrant> {
  const checked = checkRating(rating, scale);
  if (!checked.ok) return checked;
  const midpoint = (1 + scale) / 2;
  const interested = rating.interest > midpoint;
  const influential = rating.influence > midpoint;
  if (influential && interested) return ok('Nyckelintressent');
  if (influential) return ok('Håll nöjd');
  if (interested) return ok('Håll informerad');
  return ok('Bevaka');
}
