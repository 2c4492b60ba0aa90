/**
 * Native formulas for the social budget functions (FUNCTIONS.md, "Social budget and
 * Impactindex"): IMPACTVALUE, IMPACTINDEX, AREASHARE, WEIGHTSOK, WEIGHTCHECK, ACHIEVED and STATUS.
 */
import { COMPARISON_SLACK, DEFAULT_NEAR_FACTOR, DEFAULT_TOLERANCE, STATUS_WORDS } from '../domain';
import { exportMessages } from '../text/export-messages';
import {
  Argument,
  atom,
  folded,
  isBlankText,
  isNumberLiteral,
  literalText,
  native,
  Native,
  notNative,
  numberText,
  optionalNumber,
  quoted,
  unlessBlank,
} from './native-text';
import { blockOf, elementOf, sizeOf } from './references';

/**
 * The achieved words of FUNCTIONS.md, plus "1": LibreOffice has no logical type, so a TRUE cell
 * reads as 1 there and LOWER(TRIM(TRUE)) is "1" (Excel and the engine give "true"). The number
 * 1 is achieved everywhere, so "1" is right in all three.
 */
export const ACHIEVED_WORDS = ['ja', 'j', 'x', 'uppnådd', 'yes', 'sant', 'true', '1'] as const;

/** The domain's slack for shares typed as decimals (0.45 − 0.40 is 0.05000000000000004), as formula text. */
const SHARE_SLACK = numberText(COMPARISON_SLACK);

function achievedMask(achieved: string): string {
  return `--ISNUMBER(MATCH(${folded(achieved)},{${ACHIEVED_WORDS.map((word) => `"${word}"`).join(',')}},0))`;
}

/** Rows of `areas` in `area`; a blank area cell asks for no filter, as the reader does. */
function areaMask(areas: string, area: Argument): string {
  const same = `${folded(areas)}=${folded(area.text)}`;
  return literalText(area) === undefined ? `--((${same})+(${isBlankText(area.text)})>0)` : `--(${same})`;
}

const hasArea = (args: readonly Argument[]) => args[2] !== undefined && !args[2].omitted && args[3] !== undefined && !args[3].omitted;

/** Σ weight of achieved rows; with an area, #N/A when no row is in it (FUNCTIONS.md). */
export function impactValue(args: readonly Argument[]): Native {
  const [weights, achieved] = args;
  if (!hasArea(args)) return native(`SUMPRODUCT(${weights.text},${achievedMask(achieved.text)})`);
  const area = areaMask(args[2].text, args[3]);
  return native(`IF(SUMPRODUCT(${weights.text},${area})=0,NA(),SUMPRODUCT(${weights.text},${achievedMask(achieved.text)},${area}))`);
}

/** 100 × achieved weight / all weight, in the domain's order of operations (bit for bit). */
export function impactIndex(args: readonly Argument[]): Native {
  const [weights, achieved] = args;
  if (!hasArea(args)) return native(`100*SUMPRODUCT(${weights.text},${achievedMask(achieved.text)})/SUM(${weights.text})`);
  const area = areaMask(args[2].text, args[3]);
  const maximum = `SUMPRODUCT(${weights.text},${area})`;
  return native(`IF(${maximum}=0,NA(),100*SUMPRODUCT(${weights.text},${achievedMask(achieved.text)},${area})/${maximum})`);
}

function weightIn(weights: string, areas: string, area: string): string {
  return `SUMPRODUCT(${weights},--(${folded(areas)}=${folded(area)}))`;
}

export function areaShare(args: readonly Argument[]): Native {
  const [weights, areas, area] = args;
  const inArea = weightIn(weights.text, areas.text, area.text);
  return native(`IF(${inArea}=0,NA(),${inArea}/SUM(${weights.text}))`);
}

interface WeightRule {
  readonly weights: string;
  readonly areas: string;
  readonly targets: number;
  readonly area: (index: number) => string;
  readonly share: (index: number) => string;
  readonly tolerance: string;
}

/** Target areas and shares must be ranges or constants: the rule is written per target. */
function weightRule(args: readonly Argument[]): WeightRule | string {
  const [weights, areas, targetAreas, targetShares, tolerance] = args;
  const areaBlock = blockOf(targetAreas.text);
  const shareBlock = blockOf(targetShares.text);
  if (!areaBlock || !shareBlock) return exportMessages.targetsNotRange();
  if (sizeOf(areaBlock) !== sizeOf(shareBlock)) return exportMessages.targetsUnequal();
  return {
    weights: weights.text,
    areas: areas.text,
    targets: sizeOf(areaBlock),
    area: (index) => elementOf(areaBlock, index),
    share: (index) => atom(elementOf(shareBlock, index)),
    tolerance: optionalNumber(tolerance, DEFAULT_TOLERANCE),
  };
}

function deviationOf(rule: WeightRule, index: number): string {
  return `${weightIn(rule.weights, rule.areas, rule.area(index))}/SUM(${rule.weights})-${rule.share(index)}`;
}

function withinTolerance(rule: WeightRule, index: number): string {
  return `ABS(${deviationOf(rule, index)})<=${atom(rule.tolerance)}+${SHARE_SLACK}`;
}

/** TRUE when every target area is within tolerance: one comparison per target, joined by AND. */
export function weightsOk(args: readonly Argument[]): Native {
  const rule = weightRule(args);
  if (typeof rule === 'string') return notNative(rule);
  return native(`AND(${Array.from({ length: rule.targets }, (_, index) => withinTolerance(rule, index)).join(',')})`);
}

/** One cell of WEIGHTCHECK's table: row = target, columns as FUNCTIONS.md lists them. */
export function weightCheckCell(args: readonly Argument[], row: number, col: number): Native {
  const rule = weightRule(args);
  if (typeof rule === 'string') return notNative(rule);
  if (row >= rule.targets || col > 5) return native('""');
  const cells = [
    () => `TRIM(${rule.area(row)})`,
    () => weightIn(rule.weights, rule.areas, rule.area(row)),
    () => `${weightIn(rule.weights, rule.areas, rule.area(row))}/SUM(${rule.weights})`,
    () => rule.share(row),
    () => deviationOf(rule, row),
    () => withinTolerance(rule, row),
  ];
  return native(cells[col]());
}

export function weightCheckSize(args: readonly Argument[]): { rows: number; cols: number } | undefined {
  const areas = args[2] && blockOf(args[2].text);
  return areas ? { rows: sizeOf(areas), cols: 6 } : undefined;
}

const OPERATORS = ['>=', '>', '<=', '<', '='] as const;

/** TRUE/FALSE on the comparison; "" for an outcome not yet reported. */
export function achieved(args: readonly Argument[]): Native {
  const [outcome, target, comparison] = args;
  const a = atom(outcome.text);
  const b = atom(target.text);
  const literal = literalText(comparison);
  if (literal !== undefined) {
    const operator = literal.trim() === '' ? '>=' : OPERATORS.find((candidate) => candidate === literal.trim());
    return operator ? native(unlessBlank(outcome.text, `${a}${operator}${b}`)) : notNative(exportMessages.comparisonUnknown(literal));
  }
  // A comparison from a cell: chosen when the workbook calculates; anything else counts as >=.
  const chosen = `TRIM(${comparison.text})`;
  const branches = OPERATORS.slice(1).reduceRight((otherwise, operator) => `IF(${chosen}="${operator}",${a}${operator}${b},${otherwise})`, `${a}>=${b}`);
  return native(unlessBlank(outcome.text, branches));
}

/** The words of the report as formula strings. */
const WORDS = { achieved: quoted(STATUS_WORDS.achieved), near: quoted(STATUS_WORDS.near), notAchieved: quoted(STATUS_WORDS.notAchieved) };

/** STATUS for one comparison: Uppnått as ACHIEVED, then near by the factor (none for '='). */
function statusFor(operator: (typeof OPERATORS)[number], a: string, b: string, near: string): string {
  const closeEnough = operator === '>=' || operator === '>' ? `${a}>=${near}*${b}` : operator === '=' ? undefined : `${a}<=${b}/${near}`;
  const otherwise = closeEnough === undefined ? WORDS.notAchieved : `IF(${closeEnough},${WORDS.near},${WORDS.notAchieved})`;
  return `IF(${a}${operator}${b},${WORDS.achieved},${otherwise})`;
}

/** Uppnått / Nära målet / Ej uppnått; "" for an outcome not yet reported; #VALUE! for a factor outside (0; 1]. */
export function status(args: readonly Argument[]): Native {
  const [outcome, target, comparison, nearArg] = args;
  const a = atom(outcome.text);
  const b = atom(target.text);
  const nearText = optionalNumber(nearArg, DEFAULT_NEAR_FACTOR);
  const nearIsLiteral = isNumberLiteral(nearText);
  if (nearIsLiteral && !(Number(nearText) > 0 && Number(nearText) <= 1)) return notNative(exportMessages.nearOutOfRange(Number(nearText)));
  const near = atom(nearText);
  const literal = literalText(comparison);
  let chosen: string;
  if (literal !== undefined) {
    const operator = literal.trim() === '' ? '>=' : OPERATORS.find((candidate) => candidate === literal.trim());
    if (!operator) return notNative(exportMessages.comparisonUnknown(literal));
    chosen = statusFor(operator, a, b, near);
  } else {
    // As ACHIEVED: a comparison from a cell is chosen when the workbook calculates; anything else counts as >=.
    const word = `TRIM(${comparison.text})`;
    chosen = OPERATORS.slice(1).reduceRight((otherwise, operator) => `IF(${word}="${operator}",${statusFor(operator, a, b, near)},${otherwise})`, statusFor('>=', a, b, near));
  }
  const checked = nearIsLiteral ? chosen : `IF(OR(${near}<=0,${near}>1),#VALUE!,${chosen})`;
  return native(unlessBlank(outcome.text, checked));
}
