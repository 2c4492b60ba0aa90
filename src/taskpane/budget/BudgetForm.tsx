import { Body1, Subtitle1 } from '@fluentui/react-components';
import { BuildBar } from '../build/BuildBar';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../../text/pane';
import { budgetEdits } from './budget-edits';
import { BudgetCosts } from './BudgetCosts';
import { BudgetEquity } from './BudgetEquity';
import { BudgetGeneral } from './BudgetGeneral';
import { BudgetIncome } from './BudgetIncome';
import { BudgetFormProps, useBudgetForm } from './useBudgetForm';

/** The budget form (seed 003 §13): years, income, costs and equity, then "Bygg bladet". */
export function BudgetForm(props: BudgetFormProps) {
  const form = useBudgetForm(props);
  const styles = useFormStyles();
  return (
    <form ref={form.formRef} className={styles.form} aria-labelledby="budget-heading" noValidate onSubmit={(event) => event.preventDefault()}>
      <Subtitle1 as="h2" id="budget-heading">
        {texts.budget.heading}
      </Subtitle1>
      <Body1>{texts.budget.intro}</Body1>
      <BudgetGeneral form={form} />
      <BudgetIncome form={form} />
      <BudgetCosts form={form} />
      <BudgetEquity form={form} />
      <TextField label={texts.budget.source} value={form.draft.source} onChange={(value) => form.edit(budgetEdits.text('source', value))} />
      <BuildBar build={form.build} onBuild={form.onBuild} />
    </form>
  );
}
