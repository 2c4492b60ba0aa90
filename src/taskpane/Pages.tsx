import { useCallback } from 'react';
import { FUNCTION_CATALOG } from '../functions/catalog';
import { WorkbookPort } from '../workbook/port';
import { SelfTestProbe } from '../workbook/self-test-probe';
import { BudgetForm } from './budget/BudgetForm';
import { FollowUpForm } from './follow-up/FollowUpForm';
import { FunctionList } from './FunctionList';
import { FyeForm } from './fye/FyeForm';
import { TabId } from './navigation/tabs';
import { ParticipantsForm } from './participants/ParticipantsForm';
import { PaneForms } from './persistence/pane-forms';
import { FormEdit, PaneFormsState } from './persistence/usePaneForms';
import { RulesForm } from './rules/RulesForm';
import { SelfTestPanel } from './self-test/SelfTestPanel';
import { SocialBudgetForm } from './social-budget/SocialBudgetForm';
import { SharePanel } from './share/SharePanel';
import { StakeholdersForm } from './stakeholders/StakeholdersForm';
import { Validation } from './validation/useValidation';
import { ValidationPanel } from './validation/ValidationPanel';

export interface PageProps {
  readonly tab: TabId;
  readonly port?: WorkbookPort;
  readonly state: PaneFormsState;
  readonly validation: Validation;
  readonly onBuilt: () => void;
  readonly selfTest?: SelfTestProbe;
}

/** The open tab's page. Forms keep their drafts in the pane's state, so switching tabs loses nothing. */
export function Page({ tab, port, state, validation, onBuilt, selfTest }: PageProps) {
  const { forms, update } = state;
  // Stable editors, so the forms' memoised rows skip re-rendering while another row is typed in.
  const editBudget = useCallback((edit: FormEdit<PaneForms['budget']>) => update('budget', edit), [update]);
  const editSocialBudget = useCallback((edit: FormEdit<PaneForms['socialBudget']>) => update('socialBudget', edit), [update]);
  const editRules = useCallback((edit: FormEdit<PaneForms['rules']>) => update('rules', edit), [update]);
  const editParticipants = useCallback((edit: FormEdit<PaneForms['participants']>) => update('participants', edit), [update]);
  const editFollowUp = useCallback((edit: FormEdit<PaneForms['followUp']>) => update('followUp', edit), [update]);
  const editFye = useCallback((edit: FormEdit<PaneForms['fullYearEquivalents']>) => update('fullYearEquivalents', edit), [update]);
  const editStakeholders = useCallback((edit: FormEdit<PaneForms['stakeholders']>) => update('stakeholders', edit), [update]);
  switch (tab) {
    case 'budget':
      return <BudgetForm draft={forms.budget} onDraftChange={editBudget} port={port} onBuilt={onBuilt} />;
    case 'socialBudget':
      return <SocialBudgetForm draft={forms.socialBudget} onDraftChange={editSocialBudget} port={port} onBuilt={onBuilt} />;
    case 'validation':
      return (
        <>
          <ValidationPanel validation={validation} />
          <SharePanel port={port} includeBackups={validation.includeBackups} />
        </>
      );
    case 'functions':
      return (
        <>
          <FunctionList functions={FUNCTION_CATALOG} />
          <SelfTestPanel probe={selfTest} />
        </>
      );
    case 'participants':
      return <ParticipantsForm draft={forms.participants} onDraftChange={editParticipants} port={port} onBuilt={onBuilt} />;
    case 'followUp':
      return <FollowUpForm draft={forms.followUp} onDraftChange={editFollowUp} port={port} onBuilt={onBuilt} />;
    case 'fullYearEquivalents':
      return <FyeForm draft={forms.fullYearEquivalents} onDraftChange={editFye} port={port} onBuilt={onBuilt} />;
    case 'stakeholders':
      return <StakeholdersForm draft={forms.stakeholders} onDraftChange={editStakeholders} port={port} onBuilt={onBuilt} />;
    case 'rules':
      return <RulesForm draft={forms.rules} onDraftChange={editRules} port={port} onBuilt={onBuilt} />;
    default:
      return null;
  }
}
