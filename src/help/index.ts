/**
 * The help of the 18 FINSAM functions, in FUNCTIONS.md's order: the one source of their JSDoc
 * (Excel's function dialog), their help pages, catalog summaries and README table (types.ts).
 */
import { ACHIEVED } from './functions/achieved';
import { AREASHARE } from './functions/areashare';
import { CONTRIBUTION } from './functions/contribution';
import { DEVIATES } from './functions/deviates';
import { EQUITYCAP } from './functions/equitycap';
import { FYE } from './functions/fye';
import { FYECHANGE } from './functions/fyechange';
import { FYESHARE } from './functions/fyeshare';
import { IMPACTINDEX } from './functions/impactindex';
import { IMPACTVALUE } from './functions/impactvalue';
import { IMPORTANCE } from './functions/importance';
import { QUADRANT } from './functions/quadrant';
import { RATE } from './functions/rate';
import { SHARE } from './functions/share';
import { SHARES } from './functions/shares';
import { STATUS } from './functions/status';
import { WEIGHTCHECK } from './functions/weightcheck';
import { WEIGHTSOK } from './functions/weightsok';
import { FunctionHelp } from './types';

export * from './types';
export { HELP_WORKBOOKS } from './workbooks';

export const FUNCTION_HELP: readonly FunctionHelp[] = [
  IMPACTINDEX,
  IMPACTVALUE,
  AREASHARE,
  WEIGHTCHECK,
  WEIGHTSOK,
  ACHIEVED,
  STATUS,
  SHARE,
  SHARES,
  CONTRIBUTION,
  EQUITYCAP,
  DEVIATES,
  RATE,
  FYE,
  FYESHARE,
  FYECHANGE,
  IMPORTANCE,
  QUADRANT,
];

export function helpFor(name: string): FunctionHelp | undefined {
  return FUNCTION_HELP.find((help) => help.name === name);
}
