import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../../text/pane';
import { YEAR_SLOTS } from './budget-draft';
import { budgetEdits } from './budget-edits';
import { BudgetFormState } from './useBudgetForm';

const COUNTS = Array.from({ length: YEAR_SLOTS }, (_, index) => [String(index + 1), texts.budget.yearCountOption(index + 1)] as const);

/** The association, the years and the source note. */
export function BudgetGeneral({ form }: { readonly form: BudgetFormState }) {
  const styles = useFormStyles();
  const { draft, problems, edit } = form;
  return (
    <div className={styles.section}>
      <TextField label={texts.budget.association} value={draft.association} onChange={(value) => edit(budgetEdits.text('association', value))} problem={problems.association} />
      <div className={styles.years}>
        <TextField label={texts.budget.firstYear} value={draft.firstYear} onChange={(value) => edit(budgetEdits.firstYear(value))} problem={problems.firstYear} numeric />
        <SelectField label={texts.budget.yearCount} value={String(draft.yearCount)} options={COUNTS} onChange={(count) => edit(budgetEdits.yearCount(Number(count)))} />
      </div>
    </div>
  );
}
