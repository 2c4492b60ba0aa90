/**
 * FINSAM functions for financing (FUNCTIONS.md, "Financing"): splits, member contributions,
 * the equity staircase and the deviation rule.
 */
import {
  checkFraction,
  checkNonNegative,
  contribution,
  DEFAULT_DEVIATION_THRESHOLDS,
  equityCap,
  EquityStep,
  mustExplain,
  ok,
  parseMemberKind,
  shareOf,
  shares as splitShares,
} from '../domain';
import { item, labels, messages } from '../text/errors';
import { Cell, cellsOf, isBlank, readDecimals, readNumber, readNumberCells, readOptionalNumber, readText } from './cells';
import { excelError } from './excel-error';
import { andThen, bad, good, Read, readArgs, respond } from './read';

/**
 * En dels andel av ett belopp: belopp × del / summan av delarna. Med decimaler fördelas hela beloppet med största-rest-metoden så att delarna summerar exakt.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help/share.html
 * @param total Beloppet att fördela (tkr).
 * @param part Delen vars andel söks, t.ex. kommunens arbetsföra befolkning; den ska finnas bland delarna.
 * @param parts Alla delar, icke-negativa tal.
 * @param [decimals] Avrunda till så många decimaler (0 för hela tkr) med största-rest-metoden (valfritt).
 * @returns Delens andel av beloppet.
 */
export function share(total: any, part: any, parts: any[][], decimals?: any): number | CustomFunctions.Error {
  const args = readArgs({
    total: readNumber(total, labels.total),
    part: readNumber(part, labels.part),
    parts: readNumberCells(parts, labels.part),
    decimals: readDecimals(decimals),
  });
  return respond(args, (a) => shareOf(a.total, a.part, a.parts.values, a.decimals));
}

/**
 * Fördelar ett belopp på alla delar i proportion till dem. Med decimaler används största-rest-metoden så att andelarna summerar exakt till beloppet.
 * @customfunction SHARES
 * @helpurl https://localhost:3000/help/shares.html
 * @param total Beloppet att fördela (tkr).
 * @param parts Delarna, icke-negativa tal, t.ex. kommunernas arbetsföra befolkning. Tomma celler ger tomt svar.
 * @param [decimals] Avrunda till så många decimaler (0 för hela tkr) med största-rest-metoden (valfritt).
 * @returns Andelarna i samma form som delarna.
 */
export function shares(total: any, parts: any[][], decimals?: any): any[][] {
  const args = readArgs({ total: readNumber(total, labels.total), parts: readNumberCells(parts, labels.part), decimals: readDecimals(decimals) });
  const answer = respond(args, (a) => {
    const split = splitShares(a.total, a.parts.values, a.decimals);
    return split.ok ? good(inShapeOf(parts, a.parts.positions, split.value)) : split;
  });
  // A spilled function answers an error as a 1 × 1 array holding it (ADDIN.md §1, errors).
  return Array.isArray(answer) ? answer : [[answer]];
}

/** Values placed back at their positions in the shape of `range`; blank cells stay blank (""). */
function inShapeOf(range: Cell, positions: number[], values: number[]): (number | string)[][] {
  const rows: Cell[][] = Array.isArray(range) ? range.map((row: Cell) => (Array.isArray(row) ? row : [row])) : [[range]];
  const flat: (number | string)[] = cellsOf(range).map(() => '');
  positions.forEach((position, index) => (flat[position] = values[index]));
  let next = 0;
  return rows.map((row) => row.map(() => flat[next++]));
}

/**
 * En medlems bidrag enligt 50/25/25: staten betalar statens tilldelning, regionen hälften av den, kommunerna tillsammans hälften fördelat efter arbetsför befolkning.
 * @customfunction CONTRIBUTION
 * @helpurl https://localhost:3000/help/contribution.html
 * @param stateAllocation Statens tilldelning via Försäkringskassan (tkr).
 * @param member Medlemmen: stat (staten, FK, Försäkringskassan), region (landsting) eller kommun.
 * @param [population] Kommunens arbetsföra befolkning (krävs för kommun).
 * @param [populations] Alla medlemskommuners arbetsföra befolkning (krävs för kommun).
 * @param [decimals] Avrunda till så många decimaler med största-rest-metoden (valfritt).
 * @returns Medlemmens bidrag (tkr).
 */
export function contributionOf(stateAllocation: any, member: any, population?: any, populations?: any[][], decimals?: any): number | CustomFunctions.Error {
  const args = readArgs({
    allocation: readNumber(stateAllocation, labels.stateAllocation),
    member: readMember(member),
    population: isBlank(population) ? good(undefined) : readNumber(population, labels.populationOfMember),
    populations: isBlank(populations) ? good(undefined) : readNumberCells(populations, labels.population),
    decimals: readDecimals(decimals),
  });
  return respond(args, (a) =>
    contribution(a.allocation, a.member, { population: a.population, populations: a.populations?.values, decimals: a.decimals }),
  );
}

function readMember(cell: Cell) {
  const text = readText(cell, labels.member);
  if (!text.ok) return text;
  const kind = parseMemberKind(text.value);
  return kind ? good(kind) : bad(excelError('#VALUE!', messages.memberUnknown(text.value)));
}

/**
 * Det högsta egna kapital som trappan rekommenderar vid en viss årlig tilldelning (medlemmarnas bidrag).
 * @customfunction EQUITYCAP
 * @helpurl https://localhost:3000/help/equitycap.html
 * @param allocation Årlig tilldelning (tkr), t.ex. 11 380.
 * @param [steps] Egen trappa i två kolumner: tilldelning från (tkr) och högsta andel (valfritt; standard 20 % från 0, 15 % från 5 000, 10 % från 15 000).
 * @returns Högsta rekommenderade eget kapital (tkr).
 */
export function equitycap(allocation: any, steps?: any[][]): number | CustomFunctions.Error {
  const args = readArgs({ allocation: readNumber(allocation, labels.allocation), steps: readSteps(steps) });
  return respond(args, (a) => {
    const cap = equityCap(a.allocation, a.steps);
    return cap.ok ? ok(cap.value.cap) : cap;
  });
}

function readSteps(steps: Cell): Read<EquityStep[] | undefined> {
  if (steps === null || steps === undefined) return good(undefined);
  const rows: Cell[][] = Array.isArray(steps) ? steps.map((row: Cell) => (Array.isArray(row) ? row : [row])) : [[steps]];
  const columns = rows[0]?.length ?? 0;
  if (columns !== 2) return bad(excelError('#VALUE!', messages.stepsShape(columns)));
  const read: EquityStep[] = [];
  for (const [index, [from, share]] of rows.entries()) {
    if (isBlank(from) && isBlank(share)) continue;
    const values = readArgs({
      from: readNumber(from, item(labels.stepFrom, index + 1)),
      share: readNumber(share, item(labels.stepShare, index + 1)),
    });
    if (!values.ok) return values;
    read.push(values.value);
  }
  return good(read);
}

/**
 * SANT när en budgetrads avvikelse ska förklaras: |utfall − budget| är minst andelsgränsen av budgeten och minst beloppsgränsen.
 * @customfunction DEVIATES
 * @helpurl https://localhost:3000/help/deviates.html
 * @param outcome Prognos eller utfall (tkr). Tomt ger tom text.
 * @param budget Budgeterat belopp (tkr). Tomt räknas som 0.
 * @param [share] Andelsgränsen, standard 0,10 (10 %).
 * @param [amount] Beloppsgränsen i tkr, standard 50.
 * @returns SANT, FALSKT eller tom text.
 */
export function deviates(outcome: any, budget: any, share?: any, amount?: any): boolean | string | CustomFunctions.Error {
  if (isBlank(outcome)) return '';
  const args = readArgs({
    outcome: readNumber(outcome, labels.outcome),
    budget: readOptionalNumber(budget, labels.budget, 0),
    share: andThen(readOptionalNumber(share, labels.deviationShare, DEFAULT_DEVIATION_THRESHOLDS.share), (v) => checkFraction(v, labels.deviationShare)),
    amount: andThen(readOptionalNumber(amount, labels.deviationAmount, DEFAULT_DEVIATION_THRESHOLDS.amount), (v) => checkNonNegative(v, labels.deviationAmount)),
  });
  return respond(args, (a) => ok(mustExplain(a.outcome, a.budget, { share: a.share, amount: a.amount })));
}
