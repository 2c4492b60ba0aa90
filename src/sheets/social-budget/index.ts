import { Grid } from '../grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { SheetKindModule } from '../sheet-kind';
import { SocialBudgetModel } from '../../domain/models/social-budget';
import { planSocialBudget } from './plan';
import { readSocialBudget } from './read';
import { hasIndicatorTable } from './scan';
import { indicatorTableUnreadable } from './unreadable';
import { validateSocialBudget } from './validate';

/** The social budget sheet kind (DOMAIN.md §3): indicators, Impactindex and the weight rule. */
export const socialBudgetSheet: SheetKindModule<SocialBudgetModel> = {
  kind: 'socialBudget',
  defaultName: labels.sheetName,
  detect: (grid: Grid) => hasIndicatorTable(grid),
  unreadable: indicatorTableUnreadable,
  plan: (model, sheetName) => planSocialBudget(model, sheetName),
  read: (grid, context) => readSocialBudget(grid, context),
  validate: (grid, context) => validateSocialBudget(grid, context),
};

export { planSocialBudget } from './plan';
export { readSocialBudget } from './read';
export { validateSocialBudget } from './validate';
export { SOCIAL_BUDGET_EXAMPLES, socialBudgetExample2021, socialBudgetStructure2022 } from './examples';
