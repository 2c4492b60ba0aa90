import { defaultRuleSet } from '../domain';
import { budgetSheet } from './budget';
import { budget2021to2023, contributions2018 } from './budget/examples';
import { followUpSheet } from './follow-up';
import { followUpTertial2of2022 } from './follow-up/examples';
import { fyeSheet } from './fye';
import { fullYearEquivalents2022 } from './fye/examples';
import { participantsSheet } from './participants';
import { participantsTertial2of2022 } from './participants/examples';
import { WorkbookPlan } from './plan';
import { rulesSheet } from './rules';
import { socialBudgetSheet } from './social-budget';
import { socialBudgetExample2021, socialBudgetStructure2022 } from './social-budget/examples';
import { socialReportSheet } from './social-report';
import { socialReport2022 } from './social-report/example-2022';
import { stakeholderSheet } from './stakeholders';
import { stakeholderAnalysis2020 } from './stakeholders/examples';

/**
 * The example workbooks, built from the association's own board papers (seeds 001–004); each
 * sheet states its source in a note cell. Every workbook carries its year's rule set, which
 * the other sheets' formulas and checks read (ARCHITECTURE.md).
 */
const rules = (year: number) => rulesSheet.plan(defaultRuleSet(year));

export const EXAMPLE_WORKBOOKS: Readonly<Record<string, () => WorkbookPlan>> = {
  'budget-2021-2023': () => ({ sheets: [budgetSheet.plan(budget2021to2023()), rules(2021)] }),
  'budget-2018': () => ({ sheets: [budgetSheet.plan(contributions2018()), rules(2018)] }),
  'uppfoljning-tertial-2-2022': () => ({ sheets: [followUpSheet.plan(followUpTertial2of2022()), rules(2022)] }),
  'social-budget-2021-2022': () => ({
    sheets: [
      socialBudgetSheet.plan(socialBudgetExample2021(1), 'Social budget 2021'),
      socialBudgetSheet.plan(socialBudgetExample2021(2), 'Social budget 2021 ex 2'),
      socialBudgetSheet.plan(socialBudgetStructure2022(), 'Social budget 2022'),
      rules(2022),
    ],
  }),
  'socialt-bokslut-2022': () => ({ sheets: [socialReportSheet.plan(socialReport2022()), rules(2022)] }),
  'deltagare-2022': () => ({ sheets: [participantsSheet.plan(participantsTertial2of2022()), rules(2022)] }),
  'helarsekvivalenter-2022': () => ({ sheets: [fyeSheet.plan(fullYearEquivalents2022()), rules(2022)] }),
  'intressentanalys-2020': () => ({ sheets: [stakeholderSheet.plan(stakeholderAnalysis2020()), rules(2020)] }),
};
