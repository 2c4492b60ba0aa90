/**
 * FINSAM functions for the stakeholder analysis (FUNCTIONS.md, "Stakeholders"; seed 002).
 */
import { DEFAULT_STAKEHOLDER_SCALE, importance, quadrant } from '../domain';
import { labels } from '../text/errors';
import { Cell, readNumber, readOptionalNumber } from './cells';
import { readArgs, respond } from './read';

function readRating(interest: Cell, influence: Cell, scale: Cell) {
  return readArgs({
    interest: readNumber(interest, labels.interest),
    influence: readNumber(influence, labels.influence),
    scale: readOptionalNumber(scale, labels.scale, DEFAULT_STAKEHOLDER_SCALE),
  });
}

/**
 * Betydelseindex: intresse + inflytande.
 * @customfunction IMPORTANCE
 * @helpurl https://localhost:3000/help/importance.html
 * @param interest Intressentens intresse, heltal 1–skalan.
 * @param influence Intressentens inflytande, heltal 1–skalan.
 * @param [scale] Skalans högsta värde, standard 5.
 * @returns Betydelseindex (2–10 på skalan 1–5).
 */
export function importanceIndex(interest: any, influence: any, scale?: any): number | CustomFunctions.Error {
  return respond(readRating(interest, influence, scale), (a) => importance(a, a.scale));
}

/**
 * Intressentens ruta i dialogmatrisen: Nyckelintressent, Håll nöjd, Håll informerad eller Bevaka.
 * @customfunction QUADRANT
 * @helpurl https://localhost:3000/help/quadrant.html
 * @param interest Intressentens intresse, heltal 1–skalan.
 * @param influence Intressentens inflytande, heltal 1–skalan.
 * @param [scale] Skalans högsta värde, standard 5.
 * @returns Rutans namn.
 */
export function quadrantOf(interest: any, influence: any, scale?: any): string | CustomFunctions.Error {
  return respond(readRating(interest, influence, scale), (a) => quadrant(a, a.scale));
}
