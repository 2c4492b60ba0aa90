import { AreaTarget, DEFAULT_WEIGHT_SCALE, parseAchievedText, ScoredIndicator, WeightedIndicator } from '../domain';
import { item, labels, messages } from '../text/errors';
import { Cell, cellsOf, isBlank, readNumber, readText, sameSize } from './cells';
import { excelError, isExcelError } from './excel-error';
import { bad, good, Read } from './read';

const invalid = (message: string) => bad(excelError('#VALUE!', message));

/**
 * An achieved cell (FUNCTIONS.md): TRUE/FALSE, 1/0, or ja/nej-like text; blank (or the ""
 * ACHIEVED gives before an outcome is reported) is null, which counts as not achieved.
 */
export function readAchieved(cell: Cell, position: number): Read<boolean | null> {
  if (isExcelError(cell)) return bad(cell);
  if (isBlank(cell)) return good(null);
  if (typeof cell === 'boolean') return good(cell);
  if (cell === 1 || cell === 0) return good(cell === 1);
  const parsed = typeof cell === 'string' ? parseAchievedText(cell) : undefined;
  return parsed === undefined ? invalid(messages.achievedUnknown(position, cell)) : good(parsed);
}

/** A weight cell as a number; whether it is on the scale is the domain's rule (isWeightOnScale). */
function readWeight(cell: Cell, position: number): Read<number> {
  if (typeof cell === 'number' || isExcelError(cell)) return readNumber(cell, item(labels.weight, position));
  return invalid(messages.weightOutOfScale(position, cell, DEFAULT_WEIGHT_SCALE));
}

/** Old desktop builds pass 0 for an empty cell (ADDIN.md §1), so a 0 weight beside nothing is blank. */
const blankWeight = (cell: Cell) => isBlank(cell) || cell === 0;

/**
 * Rows of weights, achieved cells and (optionally) areas. A row with neither weight nor
 * achieved is skipped, so tables may have blank rows.
 */
export function readScoredIndicators(weights: Cell, achieved: Cell, areas: Cell): Read<ScoredIndicator[]> {
  const weightCells = cellsOf(weights);
  const achievedCells = cellsOf(achieved);
  const areaCells = areas === null || areas === undefined ? undefined : cellsOf(areas);
  const sizes = sameSize(weightCells, labels.weight, achievedCells, labels.achieved);
  if (!sizes.ok) return sizes;
  if (areaCells) {
    const areaSizes = sameSize(weightCells, labels.weight, areaCells, labels.area);
    if (!areaSizes.ok) return areaSizes;
  }
  const indicators: ScoredIndicator[] = [];
  for (const [index, weightCell] of weightCells.entries()) {
    const position = index + 1;
    const achievedCell = achievedCells[index];
    if (blankWeight(weightCell) && (isBlank(achievedCell) || achievedCell === 0)) continue;
    if (isBlank(weightCell)) return invalid(messages.weightMissing(position));
    const weight = readWeight(weightCell, position);
    if (!weight.ok) return weight;
    const isAchieved = readAchieved(achievedCell, position);
    if (!isAchieved.ok) return isAchieved;
    const area = areaCells ? readArea(areaCells[index], position) : good(undefined);
    if (!area.ok) return area;
    indicators.push({ weight: weight.value, achieved: isAchieved.value, area: area.value, position });
  }
  return good(indicators);
}

function readArea(cell: Cell, position: number): Read<string> {
  return isBlank(cell) && !isExcelError(cell) ? good('') : readText(cell, item(labels.area, position));
}

/** Rows of weights and areas; a row without a weight is skipped. */
export function readWeightedIndicators(weights: Cell, areas: Cell): Read<WeightedIndicator[]> {
  const weightCells = cellsOf(weights);
  const areaCells = cellsOf(areas);
  const sizes = sameSize(weightCells, labels.weight, areaCells, labels.area);
  if (!sizes.ok) return sizes;
  const indicators: WeightedIndicator[] = [];
  for (const [index, weightCell] of weightCells.entries()) {
    const position = index + 1;
    if (blankWeight(weightCell) && !isExcelError(weightCell)) continue;
    const weight = readWeight(weightCell, position);
    if (!weight.ok) return weight;
    const area = readArea(areaCells[index], position);
    if (!area.ok) return area;
    indicators.push({ weight: weight.value, area: area.value, position });
  }
  return good(indicators);
}

/** Target areas beside their target shares; a row blank in both is skipped. */
export function readAreaTargets(targetAreas: Cell, targetShares: Cell): Read<AreaTarget[]> {
  const areaCells = cellsOf(targetAreas);
  const shareCells = cellsOf(targetShares);
  const sizes = sameSize(areaCells, labels.targetArea, shareCells, labels.targetShare);
  if (!sizes.ok) return sizes;
  const targets: AreaTarget[] = [];
  for (const [index, areaCell] of areaCells.entries()) {
    const position = index + 1;
    if (isBlank(areaCell) && isBlank(shareCells[index])) continue;
    const area = readText(areaCell, item(labels.targetArea, position));
    if (!area.ok) return area;
    const share = readNumber(shareCells[index], item(labels.targetShare, position));
    if (!share.ok) return share;
    targets.push({ area: area.value, share: share.value });
  }
  return good(targets);
}
