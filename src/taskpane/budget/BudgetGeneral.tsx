import { Field, Select } from '@fluentui/react-components';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../texts';
import { YEAR_SLOTS } from './budget-draft';
import { budgetEdits } from './budget-edits';
import { BudgetFormState } from './useBudgetForm';

const COUNTS = Array.from({ length: YEAR_SLOTS }, (_, index) => index + 1);

/** The association, the years and the source note. */
export function BudgetGeneral({ form }: { readonly form: BudgetFormState }) {
  const styles = useFormStyles();
  const { draft, problems, edit } = form;
  return (
    <div className={styles.section}>
      <TextField label={texts.budget.association} value={draft.association} onChange={(value) => edit(budgetEdits.text('association', value))} problem={problems.association} />
      <div className={styles.years}>
        <TextField label={texts.budget.firstYear} value={draft.firstYear} onChange={(value) => edit(budgetEdits.text('firstYear', value))} problem={problems.firstYear} numeric />
        <Field label={texts.budget.yearCount} size="small">
          <Select value={String(draft.yearCount)} onChange={(_event, data) => edit(budgetEdits.yearCount(Number(data.value)))}>
            {COUNTS.map((count) => (
              <option key={count} value={count}>
                {texts.budget.yearCountOption(count)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}
