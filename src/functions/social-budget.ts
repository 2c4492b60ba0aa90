/**
 * FINSAM functions for the social budget and Impactindex (FUNCTIONS.md, first section).
 * Each is a thin wrapper: read the arguments, call the domain, answer Excel.
 */
import {
  areaShare,
  checkAreaWeighting,
  DEFAULT_NEAR_FACTOR,
  DEFAULT_TOLERANCE,
  impactIndex,
  impactSummary,
  indicatorStatus,
  isAchieved,
  ok,
  parseComparison,
  STATUS_WORDS,
} from '../domain';
import { labels, messages } from '../text/errors';
import { Cell, isBlank, readNumber, readOptionalNumber, readOptionalText, readText } from './cells';
import { excelError } from './excel-error';
import { readAreaTargets, readScoredIndicators, readWeightedIndicators } from './indicator-readers';
import { bad, good, Read, readArgs, respond } from './read';

/** The optional area filter: an area needs the areas beside it (FUNCTIONS.md, IMPACTINDEX). */
function readAreaFilter(areas: Cell, area: Cell): Read<string | undefined> {
  const wanted = readOptionalText(area, labels.area);
  if (wanted.ok && wanted.value !== undefined && (areas === null || areas === undefined)) {
    return bad(excelError('#VALUE!', messages.areaRequiresAreas()));
  }
  return wanted;
}

/**
 * Impactindex: 100 × summan av vikterna för uppnådda indikatorer / summan av alla vikter, oavrundat (134 av 176 ger 76,14).
 * @customfunction IMPACTINDEX
 * @helpurl https://localhost:3000/help/impactindex.html
 * @param weights Vikterna, heltal 1–10. Tomma rader hoppas över.
 * @param achieved Uppnådd per indikator: SANT/FALSKT, 1/0 eller ja/nej. Tomt räknas som ej uppnådd.
 * @param [areas] Målområdet per indikator (valfritt, samma storlek som vikterna).
 * @param [area] Räkna bara indikatorer i detta målområde (valfritt).
 * @returns Impactindex 0–100.
 */
export function impactindex(weights: any[][], achieved: any[][], areas?: any[][], area?: any): number | CustomFunctions.Error {
  const args = readArgs({ indicators: readScoredIndicators(weights, achieved, areas), area: readAreaFilter(areas, area) });
  return respond(args, ({ indicators, area: wanted }) => impactIndex(indicators, { area: wanted }));
}

/**
 * Impactvärde: summan av vikterna för de uppnådda indikatorerna (134 i exemplet 2021).
 * @customfunction IMPACTVALUE
 * @helpurl https://localhost:3000/help/impactvalue.html
 * @param weights Vikterna, heltal 1–10. Tomma rader hoppas över.
 * @param achieved Uppnådd per indikator: SANT/FALSKT, 1/0 eller ja/nej. Tomt räknas som ej uppnådd.
 * @param [areas] Målområdet per indikator (valfritt, samma storlek som vikterna).
 * @param [area] Räkna bara indikatorer i detta målområde (valfritt).
 * @returns Summan av uppnådda vikter.
 */
export function impactvalue(weights: any[][], achieved: any[][], areas?: any[][], area?: any): number | CustomFunctions.Error {
  const args = readArgs({ indicators: readScoredIndicators(weights, achieved, areas), area: readAreaFilter(areas, area) });
  return respond(args, ({ indicators, area: wanted }) => {
    const summary = impactSummary(indicators, { area: wanted });
    return summary.ok ? ok(summary.value.impactValue) : summary;
  });
}

/**
 * Ett målområdes andel av det maximala impactvärdet, som andel (0,39 för 39 %).
 * @customfunction AREASHARE
 * @helpurl https://localhost:3000/help/areashare.html
 * @param weights Vikterna, heltal 1–10.
 * @param areas Målområdet per indikator, samma storlek som vikterna.
 * @param area Målområdet vars andel ska beräknas.
 * @returns Andel 0–1.
 */
export function areashare(weights: any[][], areas: any[][], area: any): number | CustomFunctions.Error {
  const args = readArgs({
    indicators: readWeightedIndicators(weights, areas),
    area: readText(area, labels.area),
  });
  return respond(args, ({ indicators, area: wanted }) => areaShare(indicators, wanted));
}

/**
 * Viktregeln per målområde: en tabell med målområde, viktsumma, andel, målandel, avvikelse och om avvikelsen ryms i toleransen.
 * @customfunction WEIGHTCHECK
 * @helpurl https://localhost:3000/help/weightcheck.html
 * @param weights Vikterna, heltal 1–10.
 * @param areas Målområdet per indikator, samma storlek som vikterna.
 * @param targetAreas Målområdena som har en målandel, i den ordning tabellen ska visa dem.
 * @param targetShares Målandelarna som andelar (0,40 för 40 %); de ska summera till 1.
 * @param [tolerance] Tillåten avvikelse som andel, standard 0,05 (fem procentenheter).
 * @returns En rad per målområde.
 */
export function weightcheck(weights: any[][], areas: any[][], targetAreas: any[][], targetShares: any[][], tolerance?: any): any[][] {
  const answer = respond(readWeightRuleArgs(weights, areas, targetAreas, targetShares, tolerance), ({ indicators, targets, limit }) => {
    const rows = checkAreaWeighting(indicators, targets, limit);
    if (!rows.ok) return rows;
    return good(rows.value.map((row) => [row.area, row.weightSum, row.actualShare, row.targetShare, row.deviation, row.withinTolerance]));
  });
  // A spilled function answers an error as a 1 × 1 array holding it (ADDIN.md §1, errors).
  return Array.isArray(answer) ? answer : [[answer]];
}

/**
 * SANT när varje målområdes andel av vikterna ligger inom toleransen från sin målandel, annars FALSKT.
 * @customfunction WEIGHTSOK
 * @helpurl https://localhost:3000/help/weightsok.html
 * @param weights Vikterna, heltal 1–10.
 * @param areas Målområdet per indikator, samma storlek som vikterna.
 * @param targetAreas Målområdena som har en målandel.
 * @param targetShares Målandelarna som andelar (0,40 för 40 %); de ska summera till 1.
 * @param [tolerance] Tillåten avvikelse som andel, standard 0,05 (fem procentenheter).
 * @returns SANT eller FALSKT.
 */
export function weightsok(weights: any[][], areas: any[][], targetAreas: any[][], targetShares: any[][], tolerance?: any): boolean | CustomFunctions.Error {
  return respond(readWeightRuleArgs(weights, areas, targetAreas, targetShares, tolerance), ({ indicators, targets, limit }) => {
    const rows = checkAreaWeighting(indicators, targets, limit);
    return rows.ok ? ok(rows.value.every((row) => row.withinTolerance)) : rows;
  });
}

function readWeightRuleArgs(weights: Cell, areas: Cell, targetAreas: Cell, targetShares: Cell, tolerance: Cell) {
  return readArgs({
    indicators: readWeightedIndicators(weights, areas),
    targets: readAreaTargets(targetAreas, targetShares),
    limit: readOptionalNumber(tolerance, labels.tolerance, DEFAULT_TOLERANCE),
  });
}

/**
 * Om utfallet når målvärdet. Tomt utfall ger tom text (ännu inte rapporterat), som Impactindex räknar som ej uppnått.
 * @customfunction ACHIEVED
 * @helpurl https://localhost:3000/help/achieved.html
 * @param outcome Utfallet.
 * @param target Målvärdet.
 * @param [comparison] Jämförelsen: >= (standard), >, <=, < eller =.
 * @returns SANT, FALSKT eller tom text.
 */
export function achieved(outcome: any, target: any, comparison?: any): boolean | string | CustomFunctions.Error {
  if (isBlank(outcome)) return '';
  const args = readArgs({
    outcome: readNumber(outcome, labels.outcome),
    target: readNumber(target, labels.target),
    comparison: readComparison(comparison),
  });
  return respond(args, (a) => ok(isAchieved(a.outcome, a.target, a.comparison)));
}

/**
 * Indikatorns status som det sociala bokslutet visar den: Uppnått, Nära målet (inte uppnått men nära målvärdet) eller Ej uppnått. Tomt utfall ger tom text.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/help/status.html
 * @param outcome Utfallet.
 * @param target Målvärdet.
 * @param [comparison] Jämförelsen: >= (standard), >, <=, < eller =.
 * @param [near] Hur nära målvärdet som räknas som Nära målet, en andel större än 0 och högst 1; standard 0,95.
 * @returns Uppnått, Nära målet, Ej uppnått eller tom text.
 */
export function status(outcome: any, target: any, comparison?: any, near?: any): string | CustomFunctions.Error {
  if (isBlank(outcome)) return '';
  const args = readArgs({
    outcome: readNumber(outcome, labels.outcome),
    target: readNumber(target, labels.target),
    comparison: readComparison(comparison),
    near: readOptionalNumber(near, labels.near, DEFAULT_NEAR_FACTOR),
  });
  return respond(args, (a) => {
    const result = indicatorStatus(a.outcome, a.target, a.comparison, a.near);
    return result.ok ? ok(STATUS_WORDS[result.value]) : result;
  });
}

function readComparison(cell: Cell) {
  const text = readOptionalText(cell, labels.comparison);
  if (!text.ok) return text;
  const comparison = parseComparison(text.value ?? '');
  return comparison ? good(comparison) : bad(excelError('#VALUE!', messages.comparisonUnknown(text.value)));
}
