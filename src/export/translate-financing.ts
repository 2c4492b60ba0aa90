/**
 * Native formulas for the financing functions (FUNCTIONS.md, "Financing"): SHARE, SHARES,
 * CONTRIBUTION, EQUITYCAP and DEVIATES.
 */
import { DEFAULT_DEVIATION_THRESHOLDS, DEFAULT_EQUITY_STEPS, parseMemberKind, THRESHOLD_SLACK } from '../domain';
import { exportMessages } from '../text/export-messages';
import { Argument, atom, isBlankText, isNumberLiteral, literalText, native, Native, notNative, numberText, optionalNumber, unlessBlank } from './native-text';
import { blockOf, columnOf, sizeOf, widthOf } from './references';
import { Split, sharesCell, shareFormula } from './translate-split';

const splitOf = (total: string, parts: Argument, decimals: Argument | undefined): Split => ({ total, parts: parts.text, decimals });

export function share(args: readonly Argument[]): Native {
  const [total, part, parts, decimals] = args;
  return native(shareFormula(splitOf(total.text, parts, decimals), part.text));
}

/** One cell of SHARES' spill; the parts must be a range or a constant to name their cells. */
export function sharesElement(args: readonly Argument[], row: number, col: number): Native {
  const [total, parts, decimals] = args;
  const block = blockOf(parts.text);
  if (!block) return notNative(exportMessages.partsNotRange());
  if (row * widthOf(block) + col >= sizeOf(block) || col >= widthOf(block)) return native('""');
  return sharesCell(splitOf(total.text, parts, decimals), block, row * widthOf(block) + col);
}

export function sharesSize(args: readonly Argument[]): { rows: number; cols: number } | undefined {
  const block = args[1] && blockOf(args[1].text);
  return block ? { rows: sizeOf(block) / widthOf(block), cols: widthOf(block) } : undefined;
}

/** The member words of FUNCTIONS.md, for a member named in a cell rather than in the formula. */
export const STATE_WORDS = ['stat', 'staten', 'fk', 'försäkringskassan'] as const;
export const REGION_WORDS = ['region', 'landsting'] as const;

function rounded(amount: string, decimals: Argument | undefined): string {
  if (!decimals || decimals.omitted) return amount;
  if (isNumberLiteral(decimals.text)) return `ROUND(${amount},${decimals.text})`;
  return `IF(${isBlankText(decimals.text)},${amount},ROUND(${amount},${decimals.text}))`;
}

/** 50/25/25 (DOMAIN.md §1): the state its allocation, the region half, a municipality its split. */
export function contribution(args: readonly Argument[]): Native {
  const [allocation, member, population, populations, decimals] = args;
  const state = rounded(atom(allocation.text), decimals);
  const region = rounded(`${atom(allocation.text)}/2`, decimals);
  const hasPopulations = population && !population.omitted && populations && !populations.omitted;
  const municipality = hasPopulations ? shareFormula(splitOf(`${atom(allocation.text)}/2`, populations, decimals), population.text) : undefined;
  const literal = literalText(member);
  if (literal !== undefined) {
    const kind = parseMemberKind(literal);
    if (kind === 'state') return native(state);
    if (kind === 'region') return native(region);
    if (kind === 'municipality' && municipality) return native(municipality);
    return notNative(kind ? exportMessages.populationsMissing() : exportMessages.memberUnknown(literal));
  }
  const word = (words: readonly string[]) => `OR(LOWER(TRIM(${member.text}))={${words.map((w) => `"${w}"`).join(',')}})`;
  const otherwise = municipality ? `IF(LOWER(TRIM(${member.text}))="kommun",${municipality},#VALUE!)` : '#VALUE!';
  return native(`IF(${word(STATE_WORDS)},${state},IF(${word(REGION_WORDS)},${region},${otherwise}))`);
}

/** The staircase (EQUITY.md): allocation × the share of the last step whose "from" ≤ it. */
export function equityCap(args: readonly Argument[]): Native {
  const [allocation, steps] = args;
  const a = atom(allocation.text);
  if (!steps || steps.omitted) {
    const froms = `{${DEFAULT_EQUITY_STEPS.map((step) => numberText(step.from)).join(';')}}`;
    const shares = `{${DEFAULT_EQUITY_STEPS.map((step) => numberText(step.share)).join(';')}}`;
    return native(`${a}*INDEX(${shares},MATCH(${a},${froms},1))`);
  }
  const block = blockOf(steps.text);
  if (!block || widthOf(block) !== 2) return notNative(exportMessages.stepsNotTwoColumns());
  return native(`${a}*INDEX(${columnOf(block, 1)},MATCH(${a},${columnOf(block, 0)},1))`);
}

/** |outcome − budget| ≥ share·|budget| and ≥ amount, with the domain's THRESHOLD_SLACK (mustExplain); "" when blank. */
export function deviates(args: readonly Argument[]): Native {
  const [outcome, budget, share, amount] = args;
  const o = atom(outcome.text);
  const b = isNumberLiteral(budget.text) ? budget.text : `N(${budget.text})`;
  const size = `ABS(${o}-${b})+${numberText(THRESHOLD_SLACK)}*MAX(1,ABS(${o}),ABS(${b}))`;
  const shareLimit = `${atom(optionalNumber(share, DEFAULT_DEVIATION_THRESHOLDS.share))}*ABS(${b})`;
  const amountLimit = atom(optionalNumber(amount, DEFAULT_DEVIATION_THRESHOLDS.amount));
  return native(unlessBlank(outcome.text, `AND(${size}>=${shareLimit},${size}>=${amountLimit})`));
}
