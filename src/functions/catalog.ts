/**
 * The 18 FINSAM functions as one table: the Excel name, the wrapper, and each parameter's
 * shape, so the embedded engine registers exactly what Excel gets. A test holds this table to
 * the JSDoc metadata that webpack turns into functions.json.
 */
import { contributionOf, deviates, equitycap, share, shares } from './financing';
import { fye, fyechange, fyeshare, rate } from './participants';
import { achieved, areashare, impactindex, impactvalue, status, weightcheck, weightsok } from './social-budget';
import { importanceIndex, quadrantOf } from './stakeholders';
import { Answer } from './read';

/** 'range' parameters are Excel matrices (any[][]); 'scalar' ones take one value. */
export type ParameterShape = 'range' | 'scalar';

export interface ParameterInfo {
  readonly name: string;
  readonly shape: ParameterShape;
  readonly optional: boolean;
}

export interface FunctionInfo {
  /** The permanent Excel name, without the FINSAM namespace. */
  readonly name: string;
  /** One Swedish line for lists. */
  readonly summary: string;
  readonly parameters: readonly ParameterInfo[];
  /** Whether the answer spills (a 2-D array). */
  readonly spills: boolean;
  readonly implementation: (...args: any[]) => Answer | CustomFunctions.Error;
}

const range = (name: string, optional = false): ParameterInfo => ({ name, shape: 'range', optional });
const scalar = (name: string, optional = false): ParameterInfo => ({ name, shape: 'scalar', optional });

const indicatorParameters = [range('weights'), range('achieved'), range('areas', true), scalar('area', true)];
const weightRuleParameters = [range('weights'), range('areas'), range('targetAreas'), range('targetShares'), scalar('tolerance', true)];
const ratingParameters = [scalar('interest'), scalar('influence'), scalar('scale', true)];

export const FUNCTION_CATALOG: readonly FunctionInfo[] = [
  { name: 'IMPACTINDEX', summary: 'Impactindex: uppnådda vikter i procent av alla vikter.', parameters: indicatorParameters, spills: false, implementation: impactindex },
  { name: 'IMPACTVALUE', summary: 'Impactvärde: summan av uppnådda vikter.', parameters: indicatorParameters, spills: false, implementation: impactvalue },
  { name: 'AREASHARE', summary: 'Ett målområdes andel av alla vikter.', parameters: [range('weights'), range('areas'), scalar('area')], spills: false, implementation: areashare },
  { name: 'WEIGHTCHECK', summary: 'Viktregeln per målområde som tabell.', parameters: weightRuleParameters, spills: true, implementation: weightcheck },
  { name: 'WEIGHTSOK', summary: 'SANT när alla målområden håller viktregeln.', parameters: weightRuleParameters, spills: false, implementation: weightsok },
  { name: 'ACHIEVED', summary: 'Om ett utfall når sitt målvärde.', parameters: [scalar('outcome'), scalar('target'), scalar('comparison', true)], spills: false, implementation: achieved },
  {
    name: 'STATUS',
    summary: 'Indikatorns status i det sociala bokslutet.',
    parameters: [scalar('outcome'), scalar('target'), scalar('comparison', true), scalar('near', true)],
    spills: false,
    implementation: status,
  },
  { name: 'SHARE', summary: 'En dels andel av ett belopp, exakt fördelat.', parameters: [scalar('total'), scalar('part'), range('parts'), scalar('decimals', true)], spills: false, implementation: share },
  { name: 'SHARES', summary: 'Fördelar ett belopp på alla delar (största rest).', parameters: [scalar('total'), range('parts'), scalar('decimals', true)], spills: true, implementation: shares },
  {
    name: 'CONTRIBUTION',
    summary: 'En medlems bidrag enligt 50/25/25.',
    parameters: [scalar('stateAllocation'), scalar('member'), scalar('population', true), range('populations', true), scalar('decimals', true)],
    spills: false,
    implementation: contributionOf,
  },
  { name: 'EQUITYCAP', summary: 'Trappans tak för eget kapital.', parameters: [scalar('allocation'), range('steps', true)], spills: false, implementation: equitycap },
  {
    name: 'DEVIATES',
    summary: 'SANT när en budgetavvikelse ska förklaras.',
    parameters: [scalar('outcome'), scalar('budget'), scalar('share', true), scalar('amount', true)],
    spills: false,
    implementation: deviates,
  },
  { name: 'RATE', summary: 'Sammanvägd andel av flera enheter.', parameters: [range('parts'), range('wholes')], spills: false, implementation: rate },
  { name: 'FYE', summary: 'Helårsekvivalenter av dagar och ersättningsgrad.', parameters: [range('days'), range('degree', true), scalar('daysPerYear', true)], spills: false, implementation: fye },
  { name: 'FYESHARE', summary: 'Helårsekvivalenter som andel av befolkningen.', parameters: [scalar('fye'), scalar('population')], spills: false, implementation: fyeshare },
  { name: 'FYECHANGE', summary: 'Förändring mot föregående period.', parameters: [scalar('previous'), scalar('current'), scalar('mode', true)], spills: false, implementation: fyechange },
  { name: 'IMPORTANCE', summary: 'Betydelseindex: intresse + inflytande.', parameters: ratingParameters, spills: false, implementation: importanceIndex },
  { name: 'QUADRANT', summary: 'Intressentens ruta i dialogmatrisen.', parameters: ratingParameters, spills: false, implementation: quadrantOf },
];
