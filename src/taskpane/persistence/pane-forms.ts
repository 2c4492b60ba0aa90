import { budget2021to2023 } from '../../sheets/budget/examples';
import { socialBudgetStructure2022 } from '../../sheets/social-budget/examples';
import { BudgetDraft, budgetDraftFrom } from '../budget/budget-draft';
import { isBudgetDraft } from '../budget/budget-guard';
import { TAB_IDS, TabId } from '../navigation/tabs';
import { isRulesDraft, RulesDraft, rulesDraftFor } from '../rules/rules-draft';
import { SocialBudgetDraft, socialBudgetDraftFrom } from '../social-budget/social-draft';
import { isSocialBudgetDraft } from '../social-budget/social-guard';
import { FollowUpDraft, followUpDraftFrom, isFollowUpDraft } from '../follow-up/follow-up-draft';
import { followUpTertial2of2022 } from '../../sheets/follow-up/examples';
import { FyeDraft, fyeDraftFrom, isFyeDraft } from '../fye/fye-draft';
import { fullYearEquivalents2022 } from '../../sheets/fye/examples';
import { isParticipantsDraft, ParticipantsDraft, participantsDraftFrom } from '../participants/participants-draft';
import { participantsTertial2of2022 } from '../../sheets/participants/examples';
import { isStakeholdersDraft, StakeholdersDraft, stakeholdersDraftFrom } from '../stakeholders/stakeholders-draft';
import { stakeholderAnalysis2020 } from '../../sheets/stakeholders/examples';
import { Guard, isOneOf, isRecord } from './guards';
import { FormStorage } from './storage';

/** Everything the pane keeps between openings: each form's draft and the open tab. */
export interface PaneForms {
  readonly tab: TabId;
  readonly budget: BudgetDraft;
  readonly socialBudget: SocialBudgetDraft;
  readonly rules: RulesDraft;
  readonly stakeholders: StakeholdersDraft;
  readonly participants: ParticipantsDraft;
  readonly fullYearEquivalents: FyeDraft;
  readonly followUp: FollowUpDraft;
}

/** First open: the seed examples, so the forms show what a filled-in budget looks like. */
export function defaultPaneForms(): PaneForms {
  return {
    tab: 'budget',
    budget: budgetDraftFrom(budget2021to2023()),
    socialBudget: socialBudgetDraftFrom(socialBudgetStructure2022()),
    rules: rulesDraftFor(2022),
    stakeholders: stakeholdersDraftFrom(stakeholderAnalysis2020()),
    participants: participantsDraftFrom(participantsTertial2of2022()),
    fullYearEquivalents: fyeDraftFrom(fullYearEquivalents2022()),
    followUp: followUpDraftFrom(followUpTertial2of2022()),
  };
}

const isTab = isOneOf<TabId>(TAB_IDS);

/**
 * The forms as stored, each part used only when it has the right shape; anything missing, old or
 * damaged (not JSON, a wrong type) falls back to its default. Never throws.
 */
export function loadPaneForms(storage: FormStorage): PaneForms {
  const stored = readJson(storage);
  const pick = <T,>(value: unknown, guard: Guard<T>, fallback: () => T): T => (guard(value) ? value : fallback());
  const defaults = () => defaultPaneForms();
  const fields = isRecord(stored) ? stored : {};
  return {
    tab: pick(fields.tab, isTab, () => 'budget'),
    budget: pick(fields.budget, isBudgetDraft, () => defaults().budget),
    socialBudget: pick(fields.socialBudget, isSocialBudgetDraft, () => defaults().socialBudget),
    rules: pick(fields.rules, isRulesDraft, () => defaults().rules),
    stakeholders: pick(fields.stakeholders, isStakeholdersDraft, () => defaults().stakeholders),
    participants: pick(fields.participants, isParticipantsDraft, () => defaults().participants),
    fullYearEquivalents: pick(fields.fullYearEquivalents, isFyeDraft, () => defaults().fullYearEquivalents),
    followUp: pick(fields.followUp, isFollowUpDraft, () => defaults().followUp),
  };
}

/** Whether the forms were kept; a full or blocked storage is not an error the user must see now. */
export function savePaneForms(storage: FormStorage, forms: PaneForms): boolean {
  try {
    storage.write(JSON.stringify(forms));
    return true;
  } catch {
    return false;
  }
}

function readJson(storage: FormStorage): unknown {
  try {
    const text = storage.read();
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
