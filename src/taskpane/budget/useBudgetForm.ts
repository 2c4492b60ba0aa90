import { useMemo } from 'react';
import { budgetSheet } from '../../sheets/budget';
import { WorkbookPort } from '../../workbook/port';
import { useFormBuild } from '../build/useFormBuild';
import { SheetBuild } from '../build/useSheetBuild';
import { formatSwedishNumber, formatSwedishPercentFixed } from '../../domain';
import { texts } from '../../text/pane';
import { budgetModelOf, budgetProblems, FieldProblems, populationShare } from './budget-check';
import { BudgetDraft, draftYears } from './budget-draft';
import { BudgetEdit } from './budget-edits';
import { budgetSummary, BudgetYearSummary } from './budget-summary';

export interface BudgetFormProps {
  readonly draft: BudgetDraft;
  readonly onDraftChange: (edit: BudgetEdit) => void;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

export interface BudgetFormState {
  readonly draft: BudgetDraft;
  /** The years as labels: the real years, or 1, 2, 3 while the first year is not a year. */
  readonly years: readonly number[];
  readonly problems: FieldProblems;
  /** "2021: Summa intäkter 11 489, Summa kostnader 12 635", then the closing equity per year. */
  readonly summaryLines: readonly string[];
  /** "Andel 2021: 82,7 %" under each member's population, by member and year. */
  readonly shareHints: readonly (readonly (string | undefined)[])[];
  /** "Befolkningen 2022 summerar till 0 …" for each year where it does. */
  readonly populationProblems: readonly string[];
  readonly edit: (edit: BudgetEdit) => void;
  readonly build: SheetBuild;
  readonly onBuild: () => void;
  readonly formRef: React.RefObject<HTMLFormElement>;
}

/** The budget form's state: the draft, its problems as typed, the sums, and the build. */
export function useBudgetForm({ draft, onDraftChange, port, onBuilt }: BudgetFormProps): BudgetFormState {
  const problems = useMemo(() => budgetProblems(draft), [draft]);
  const valid = Object.keys(problems).length === 0;
  const summaryLines = useMemo(() => (valid ? linesOf(budgetSummary(budgetModelOf(draft))) : []), [draft, valid]);
  const { firstYear, yearCount } = draft;
  const years = useMemo(() => {
    const real = draftYears({ firstYear, yearCount });
    return real.length > 0 ? real : Array.from({ length: yearCount }, (_, index) => index + 1);
  }, [firstYear, yearCount]);
  const { build, formRef, onBuild } = useFormBuild(problems, () => budgetSheet.plan(budgetModelOf(draft)), { port, onBuilt });


  const shareHints = useMemo(
    () =>
      draft.members.map((_, m) =>
        years.map((_, y) => {
          const share = populationShare(draft, m, y);
          return share === undefined ? undefined : texts.budget.share(formatSwedishPercentFixed(share, 1));
        }),
      ),
    [draft, years],
  );
  const populationProblems = years.flatMap((_, y) => problems[`populationSum.${y}`] ?? []);

  return { draft, years, problems, summaryLines, shareHints, populationProblems, edit: onDraftChange, build, onBuild, formRef };
}

function linesOf(summary: readonly BudgetYearSummary[] | undefined): string[] {
  return (summary ?? []).flatMap(({ year, income, costs, closingEquity }) => [
    texts.budget.totals(year, formatSwedishNumber(income), formatSwedishNumber(costs)),
    ...(closingEquity === undefined ? [] : [texts.budget.closingEquity(year, formatSwedishNumber(closingEquity))]),
  ]);
}
