import { Button, Subtitle2 } from '@fluentui/react-components';
import { RemoveButton } from '../forms/RemoveButton';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../../text/pane';
import { budgetEdits } from './budget-edits';
import { BudgetLines } from './BudgetLines';
import { BudgetFormState } from './useBudgetForm';

/** Kostnader: sections ("Kansli och styrelse" …) with their lines, all renamable and removable. */
export function BudgetCosts({ form }: { readonly form: BudgetFormState }) {
  const styles = useFormStyles();
  const { draft, years, problems, edit } = form;
  return (
    <section className={styles.section} aria-labelledby="budget-costs-heading">
      <Subtitle2 as="h3" id="budget-costs-heading">
        {texts.budget.costsHeading}
      </Subtitle2>
      {draft.sections.map((section) => (
        <div key={section.id} role="group" aria-label={section.title || texts.fields.unnamed} className={styles.section}>
          <div className={styles.row}>
            <TextField
              className={styles.grow}
              label={texts.budget.sectionTitle}
              value={section.title}
              onChange={(value) => edit(budgetEdits.sectionTitle(section.id, value))}
              problem={problems[`section.${section.id}.title`]}
            />
            <RemoveButton what={texts.budget.section(section.title || texts.fields.unnamed)} onRemove={() => edit(budgetEdits.removeSection(section.id))} />
          </div>
          <BudgetLines
            lines={section.lines}
            years={years}
            kind="line"
            problems={problems}
            onChange={(id, change) => edit(budgetEdits.line(section.id, id, change))}
            onRemove={(id) => edit(budgetEdits.removeLine(section.id, id))}
          />
          <div className={styles.actions}>
            <Button size="small" onClick={() => edit(budgetEdits.addLine(section.id))}>
              {texts.budget.addLine}
            </Button>
          </div>
        </div>
      ))}
      <div className={styles.actions}>
        <Button size="small" onClick={() => edit(budgetEdits.addSection())}>
          {texts.budget.addSection}
        </Button>
      </div>
    </section>
  );
}
