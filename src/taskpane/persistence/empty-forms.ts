import { defaultRuleSet } from '../../domain';
import { socialBudgetLabels } from '../../text/sheet-labels';
import { BudgetDraft, emptyYears } from '../budget/budget-draft';
import { FollowUpDraft, emptyFollowUpDraft } from '../follow-up/follow-up-draft';
import { FyeDraft } from '../fye/fye-draft';
import { ParticipantsDraft } from '../participants/participants-draft';
import { SocialBudgetDraft } from '../social-budget/social-draft';
import { StakeholdersDraft } from '../stakeholders/stakeholders-draft';

/**
 * The forms as a new user meets them (issue 13): empty, with only the rule set's defaults for
 * the year filled in, so no seed example's figures or invented texts reach a real workbook.
 */
export function emptyBudgetDraft(): BudgetDraft {
  return {
    association: '',
    source: '',
    firstYear: '',
    yearCount: 3,
    stateAllocations: emptyYears(),
    members: [],
    regionName: '',
    otherIncome: [],
    sections: [],
    openingEquity: '',
  };
}

export function emptySocialBudgetDraft(year: number): SocialBudgetDraft {
  return {
    sheetName: socialBudgetLabels.sheetName,
    year: '',
    title: '',
    platform: '',
    targetIndex: String(defaultRuleSet(year).targetIndex),
    statedMaximum: '',
    statedImpactValue: '',
    source: '',
    areas: [],
  };
}

export function emptyParticipantsDraft(year: number): ParticipantsDraft {
  const rules = defaultRuleSet(year);
  return {
    year: '',
    period: '',
    rows: [],
    targets: { positive: rules.positiveTarget, work: rules.workTarget, studies: rules.studiesTarget },
    varavBase: rules.varavBase,
    stated: [],
    source: '',
    notes: [],
  };
}

export function emptyFyeDraft(year: number): FyeDraft {
  const rules = defaultRuleSet(year);
  return { period: '', previousYear: '', year: '', goal: rules.fyeGoal, mode: rules.fyeMode, rows: [], source: '', notes: [] };
}

export function emptyStakeholdersDraft(): StakeholdersDraft {
  return { year: '', scale: 5, rows: [], source: '', notes: [] };
}

export function emptyFollowUp(year: number): FollowUpDraft {
  return emptyFollowUpDraft(year);
}
