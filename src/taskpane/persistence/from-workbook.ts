import { defaultRuleSet } from '../../domain';
import { BudgetModel } from '../../domain/models/budget';
import { FollowUpModel } from '../../domain/models/follow-up';
import { FyeModel } from '../../domain/models/fye';
import { Grid } from '../../sheets/grid';
import { ParticipantsModel } from '../../domain/models/participants';
import { SheetKind } from '../../sheets/plan';
import { SHEET_KINDS } from '../../sheets/registry';
import { SocialBudgetModel } from '../../domain/models/social-budget';
import { StakeholderModel } from '../../domain/models/stakeholders';
import { budgetDraftFrom } from '../budget/budget-draft';
import { followUpDraftFrom } from '../follow-up/follow-up-draft';
import { isBackupSheet } from '../build/backup-sheets';
import { fyeDraftFrom } from '../fye/fye-draft';
import { participantsDraftFrom } from '../participants/participants-draft';
import { socialBudgetDraftFrom } from '../social-budget/social-draft';
import { stakeholdersDraftFrom } from '../stakeholders/stakeholders-draft';
import { FormKey, PaneForms } from './pane-forms';

type FormsFound = Partial<Pick<PaneForms, FormKey>>;

/** How a model read from a sheet becomes the form's draft, for each kind a form edits. */
const DRAFTS: Partial<Record<SheetKind, (model: unknown, grid: Grid) => FormsFound>> = {
  budget: (model) => ({ budget: budgetDraftFrom(model as BudgetModel) }),
  socialBudget: (model, grid) => ({ socialBudget: socialBudgetDraftFrom(model as SocialBudgetModel, grid.sheet) }),
  participants: (model) => ({ participants: participantsDraftFrom(model as ParticipantsModel) }),
  fullYearEquivalents: (model) => ({ fullYearEquivalents: fyeDraftFrom(model as FyeModel) }),
  stakeholders: (model) => ({ stakeholders: stakeholdersDraftFrom(model as StakeholderModel) }),
  followUp: (model) => ({ followUp: followUpDraftFrom(model as FollowUpModel) }),
};

/**
 * The forms the workbook's own sheets give (issue 13: a form starts from the workbook's sheet of
 * its kind, or empty): each sheet read with its kind's reader, the first readable sheet of a kind
 * winning; "(gammal)" backups and sheets that cannot be read give nothing. Never throws.
 */
export function formsFromWorkbook(grids: readonly Grid[]): FormsFound {
  const found: FormsFound = {};
  const context = { rules: defaultRuleSet(new Date().getFullYear()), grids };
  for (const grid of grids) {
    if (isBackupSheet(grid.sheet)) continue;
    try {
      const kind = SHEET_KINDS.find((module) => module.detect(grid));
      const toDraft = kind && DRAFTS[kind.kind];
      if (!kind || !toDraft) continue;
      const read = kind.read(grid, context);
      if (!read.ok) continue;
      for (const [key, draft] of Object.entries(toDraft(read.model, grid))) {
        if (!(key in found)) Object.assign(found, { [key]: draft });
      }
    } catch {
      // A sheet no reader understands leaves its form empty; Kontroll says why.
    }
  }
  return found;
}
