import { budget2021to2023 } from '../../sheets/budget/examples';
import { socialBudgetStructure2022 } from '../../sheets/social-budget/examples';
import { BudgetDraft, budgetDraftFrom, emptyYears } from '../budget/budget-draft';
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
import { emptyBudgetDraft, emptyFollowUp, emptyFyeDraft, emptyParticipantsDraft, emptySocialBudgetDraft, emptyStakeholdersDraft } from './empty-forms';
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

/**
 * First open: every form empty but for the rule set's defaults of the year (issue 13). The pane
 * then fills the fresh ones from the workbook's own sheets (usePaneForms); examples are opened
 * on purpose ("Öppna exempel"), never shown as a default.
 */
export function defaultPaneForms(today: Date = new Date()): PaneForms {
  const year = today.getFullYear();
  return {
    tab: 'budget',
    budget: emptyBudgetDraft(),
    socialBudget: emptySocialBudgetDraft(year),
    rules: rulesDraftFor(year),
    stakeholders: emptyStakeholdersDraft(),
    participants: emptyParticipantsDraft(year),
    fullYearEquivalents: emptyFyeDraft(year),
    followUp: emptyFollowUp(year),
  };
}

/** The seed examples as drafts: what the forms showed before issue 13, for tests and demonstrations. */
export function examplePaneForms(): PaneForms {
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

/** The forms that hold drafts: every part of PaneForms but the open tab. */
export type FormKey = Exclude<keyof PaneForms, 'tab'>;

/**
 * The forms as stored, each part used only when it has the right shape; anything missing, old or
 * damaged (not JSON, a wrong type) falls back to its default. Never throws.
 */
export function loadPaneForms(storage: FormStorage): PaneForms {
  return loadPaneFormsState(storage).forms;
}

/** The forms as stored, and which of them started from their (empty) default rather than a stored draft. */
export function loadPaneFormsState(storage: FormStorage): { forms: PaneForms; fresh: ReadonlySet<FormKey> } {
  const stored = readJson(storage);
  const fresh = new Set<FormKey>();
  const pick = <T,>(key: FormKey, value: unknown, guard: Guard<T>, fallback: () => T): T => {
    if (guard(value)) return value;
    fresh.add(key);
    return fallback();
  };
  const defaults = () => defaultPaneForms();
  const fields = isRecord(stored) ? stored : {};
  const forms: PaneForms = {
    tab: isTab(fields.tab) ? fields.tab : 'budget',
    budget: fields.version === FORMS_VERSION ? pick('budget', fields.budget, isBudgetDraft, () => defaults().budget) : withoutSeedSource(pick('budget', fields.budget, isBudgetDraft, () => defaults().budget)),
    socialBudget: pick('socialBudget', fields.socialBudget, isSocialBudgetDraft, () => defaults().socialBudget),
    rules: pick('rules', fields.rules, isRulesDraft, () => defaults().rules),
    stakeholders: pick('stakeholders', fields.stakeholders, isStakeholdersDraft, () => defaults().stakeholders),
    participants: pick('participants', fields.participants, isParticipantsDraft, () => defaults().participants),
    fullYearEquivalents: pick('fullYearEquivalents', fields.fullYearEquivalents, isFyeDraft, () => defaults().fullYearEquivalents),
    followUp: pick('followUp', fields.followUp, isFollowUpDraft, () => defaults().followUp),
  };
  return { forms, fresh };
}

/**
 * A budget draft kept before issue 13 (no version) may still carry the example's source ("… seed 003 §13").
 * Its figures may be the user's own work and stay (never lose work); the example's source goes,
 * so a sheet built from it says where its figures came from: the pane.
 */
function withoutSeedSource(draft: BudgetDraft): BudgetDraft {
  if (!/\bseed\b/i.test(draft.source)) return draft;
  // The 2021 paper's stated contributions (2 359, 146 …) belong to 2021 only.
  const members = draft.firstYear.trim() === '2021' ? draft.members : draft.members.map((member) => ({ ...member, statedContributions: emptyYears() }));
  return { ...draft, source: '', members };
}

/** Forms kept since issue 13 say so; older ones may hold the seed example the pane used to start from. */
const FORMS_VERSION = 2;

/** Whether the forms were kept; a full or blocked storage is not an error the user must see now. */
export function savePaneForms(storage: FormStorage, forms: PaneForms): boolean {
  try {
    storage.write(JSON.stringify({ ...forms, version: FORMS_VERSION }));
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
