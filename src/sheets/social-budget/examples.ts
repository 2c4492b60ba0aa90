import { socialBudgetExample2021 } from './example-2021';
import { socialBudgetStructure2022 } from './example-2022';
import { SocialBudgetModel } from '../../domain/models/social-budget';

/**
 * The social budget examples of issue 5, each with its source in a note cell: the 2021 example
 * of seed 003 Bilaga 1 (76, and 58 in example 2) and the 2022 structure of Tabell 1.
 */
export { socialBudgetExample2021, socialBudgetStructure2022 };

/** By name, for `finsam build --example <name>`. */
export const SOCIAL_BUDGET_EXAMPLES: Readonly<Record<string, () => SocialBudgetModel>> = {
  'social-budget-2021': () => socialBudgetExample2021(1),
  'social-budget-2021-exempel-2': () => socialBudgetExample2021(2),
  'social-budget-2022': () => socialBudgetStructure2022(),
};
