import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../../text/pane';
import { budgetEdits } from './budget-edits';
import { BudgetFormState } from './useBudgetForm';

/** Eget kapital: the first year's opening equity, and each year's sums as the sheet will show them. */
export function BudgetEquity({ form }: { readonly form: BudgetFormState }) {
  const styles = useFormStyles();
  const { draft, years, problems, edit, summaryLines } = form;
  return (
    <section className={styles.section} aria-labelledby="budget-equity-heading">
      <Subtitle2 as="h3" id="budget-equity-heading">
        {texts.budget.equityHeading}
      </Subtitle2>
      <TextField
        label={texts.budget.openingEquity(years[0])}
        value={draft.openingEquity}
        onChange={(value) => edit(budgetEdits.text('openingEquity', value))}
        problem={problems.openingEquity}
        numeric
      />
      <ul className={styles.plainList} aria-label={texts.budget.summaryLabel}>
        {summaryLines.map((line) => (
          <li key={line}>
            <Caption1>{line}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
