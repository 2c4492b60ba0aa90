import { memberKindOfName } from '../../domain';
import { sameLabel } from '../grid';
import { OTHER_INCOME_WORDS } from './words';

/** What an income row is: a member by kind, or other income outside the 50/25/25 rule. */
export type IncomeKind = 'state' | 'municipality' | 'region' | 'otherIncome';

/**
 * An income row's kind, from what declares it first: its formula (FINSAM's own contribution
 * formulas name the member), then the population table (every municipality listed there is
 * one, whatever its name), then its words ("kommun", "stad", "Region …", "Försäkringskassan").
 * `unclear` when nothing says, and the words do not read as other income either.
 */
export function incomeKindOf(label: string, formulas: readonly (string | null)[], declaredMunicipalities: readonly string[]): { kind: IncomeKind; unclear: boolean } {
  const byFormula = formulas.map(kindOfFormula).find((kind) => kind !== undefined);
  if (byFormula) return { kind: byFormula, unclear: false };
  const name = municipalityName(label);
  if (declaredMunicipalities.some((declared) => sameLabel(municipalityName(declared), name))) return { kind: 'municipality', unclear: false };
  const byWords = memberKindOfName(name);
  if (byWords) return { kind: byWords, unclear: false };
  return { kind: 'otherIncome', unclear: !OTHER_INCOME_WORDS.test(label) };
}

function kindOfFormula(formula: string | null): IncomeKind | undefined {
  if (!formula || !/FINSAM\./i.test(formula)) return undefined;
  if (/FINSAM\.SHARES?\(/i.test(formula) || /"kommun"/i.test(formula)) return 'municipality';
  if (/"(region|landsting)"/i.test(formula)) return 'region';
  if (/"(stat|staten|fk|försäkringskassan)"/i.test(formula)) return 'state';
  return undefined;
}

/**
 * "Umeå kommun, 82,7 % av arb-bef." → "Umeå kommun": only the share suffix and a bullet
 * ("- Umeå kommun", as the seeds print it) go; a name's own commas and dashes stay.
 */
export function municipalityName(label: string): string {
  return label
    .replace(/^[-–•]\s+/, '')
    .replace(/,\s*[\d\s]+(?:,\d+)?\s*%\s*av\s+arb-bef\.?\s*$/i, '')
    .trim();
}
