import { useMemo } from 'react';
import { socialBudgetSheet } from '../../sheets/social-budget';
import { WorkbookPort } from '../../workbook/port';
import { useFormBuild } from '../build/useFormBuild';
import { SheetBuild } from '../build/useSheetBuild';
import { texts } from '../../text/pane';
import { areaWeightSummaries, FieldProblems, shareSumWarning, socialBudgetModelOf, socialBudgetProblems, weightScaleOf } from './social-check';
import { SocialBudgetDraft } from './social-draft';
import { SocialBudgetEdit } from './social-edits';

export interface SocialBudgetFormProps {
  readonly draft: SocialBudgetDraft;
  readonly onDraftChange: (edit: SocialBudgetEdit) => void;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

export interface SocialBudgetFormState {
  readonly draft: SocialBudgetDraft;
  readonly problems: FieldProblems;
  readonly shareWarning?: string;
  /** "Vikter 78 av 200 (39 %)" by area id. */
  readonly areaSummaries: Readonly<Record<string, string>>;
  /** "Samordning – 15 indikatorer, 2 fel": an area's header, so problems in a closed area show. */
  readonly areaHeaders: Readonly<Record<string, string>>;
  readonly weightScale: number;
  readonly edit: (edit: SocialBudgetEdit) => void;
  readonly build: SheetBuild;
  readonly onBuild: () => void;
  readonly formRef: React.RefObject<HTMLFormElement>;
}

/** The social budget form's state: problems as typed, the weight summary per area, the build. */
export function useSocialBudgetForm({ draft, onDraftChange, port, onBuilt }: SocialBudgetFormProps): SocialBudgetFormState {
  const problems = useMemo(() => socialBudgetProblems(draft), [draft]);
  const shareWarning = useMemo(() => shareSumWarning(draft), [draft]);
  const areaSummaries = useMemo(() => areaWeightSummaries(draft), [draft]);
  const areaHeaders = useMemo(() => headersOf(draft, problems), [draft, problems]);
  const { build, formRef, onBuild } = useFormBuild(problems, () => socialBudgetSheet.plan(socialBudgetModelOf(draft), draft.sheetName.trim()), { port, onBuilt });


  return { draft, problems, shareWarning, areaSummaries, areaHeaders, weightScale: weightScaleOf(draft), edit: onDraftChange, build, onBuild, formRef };
}

function headersOf(draft: SocialBudgetDraft, problems: FieldProblems): Record<string, string> {
  const keys = Object.keys(problems);
  return Object.fromEntries(
    draft.areas.map((area) => {
      const ids = [area.id, ...area.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.id))];
      const count = keys.filter((key) => ids.some((id) => key.includes(`.${id}.`))).length;
      const indicators = area.goals.reduce((sum, goal) => sum + goal.indicators.length, 0);
      return [area.id, texts.socialBudget.areaHeader(area.name || texts.fields.unnamed, texts.socialBudget.indicatorCount(indicators), count)];
    }),
  );
}
