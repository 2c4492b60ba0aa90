import { Body1Strong, Button, Subtitle2 } from '@fluentui/react-components';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { YearAmounts } from '../forms/YearAmounts';
import { texts } from '../../text/pane';
import { budgetEdits } from './budget-edits';
import { BudgetLines } from './BudgetLines';
import { BudgetMembers } from './BudgetMembers';
import { BudgetFormState } from './useBudgetForm';

/** Intäkter: the state's allocation, the members, the region and other income. */
export function BudgetIncome({ form }: { readonly form: BudgetFormState }) {
  const styles = useFormStyles();
  const { draft, years, problems, edit } = form;
  return (
    <section className={styles.section} aria-labelledby="budget-income-heading">
      <Subtitle2 as="h3" id="budget-income-heading">
        {texts.budget.incomeHeading}
      </Subtitle2>
      <div role="group" aria-label={texts.budget.stateGroup} className={styles.section}>
        <Body1Strong as="h4">{texts.budget.stateHeading}</Body1Strong>
        <YearAmounts years={years} values={draft.stateAllocations} problemKey="state" problems={problems} onChange={(y, value) => edit(budgetEdits.state(y, value))} />
      </div>
      <BudgetMembers form={form} />
      <TextField label={texts.budget.regionName} value={draft.regionName} onChange={(value) => edit(budgetEdits.text('regionName', value))} problem={problems.regionName} />
      <fieldset className={styles.section}>
        <legend>
          <Body1Strong as="h4">{texts.budget.otherIncomeHeading}</Body1Strong>
        </legend>
        <BudgetLines
          lines={draft.otherIncome}
          years={years}
          kind="income"
          problems={problems}
          onChange={(id, change) => edit(budgetEdits.income(id, change))}
          onRemove={(id) => edit(budgetEdits.removeIncome(id))}
        />
        <div className={styles.actions}>
          <Button size="small" onClick={() => edit(budgetEdits.addIncome())}>
            {texts.budget.addOtherIncome}
          </Button>
        </div>
      </fieldset>
    </section>
  );
}
