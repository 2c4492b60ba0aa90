import { memo } from 'react';
import { sameProblems } from '../forms/memo';
import { RemoveButton } from '../forms/RemoveButton';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { YearAmounts } from '../forms/YearAmounts';
import { texts } from '../../text/pane';
import { LineDraft } from './budget-draft';
import { lineEdits } from './budget-edits';

export interface BudgetLinesProps {
  readonly lines: readonly LineDraft[];
  readonly years: readonly number[];
  /** "income" or "line": the problems' key prefix (budget-check.ts). */
  readonly kind: string;
  readonly problems: Readonly<Record<string, string>>;
  readonly onChange: (id: string, change: (line: LineDraft) => LineDraft) => void;
  readonly onRemove: (id: string) => void;
}

/** Lines with a label and one amount per year (other income, cost lines), each removable. */
export function BudgetLines({ lines, ...rest }: BudgetLinesProps) {
  return (
    <>
      {lines.map((line) => (
        <LineFields key={line.id} line={line} {...rest} />
      ))}
    </>
  );
}

type LineFieldsProps = Omit<BudgetLinesProps, 'lines'> & { readonly line: LineDraft };

function LineFieldsView({ line, years, kind, problems, onChange, onRemove }: LineFieldsProps) {
  const styles = useFormStyles();
  return (
    <div role="group" aria-label={line.label || texts.fields.unnamed} className={styles.group}>
      <div className={styles.row}>
        <TextField
          className={styles.grow}
          label={texts.budget.lineLabel}
          value={line.label}
          onChange={(value) => onChange(line.id, lineEdits.label(value))}
          problem={problems[`${kind}.${line.id}.label`]}
        />
        <RemoveButton what={texts.budget.line(line.label || texts.fields.unnamed)} onRemove={() => onRemove(line.id)} />
      </div>
      <YearAmounts
        years={years}
        values={line.amounts}
        problemKey={`${kind}.${line.id}.amount`}
        problems={problems}
        onChange={(y, value) => onChange(line.id, lineEdits.amount(y, value))}
        label={texts.budget.amount}
      />
    </div>
  );
}

/**
 * One line, re-rendered only when its own text or problems change, not on every keystroke in a
 * form of a few hundred fields. Its callbacks close over the form's edit function and ids only,
 * so a newer copy of them does the same thing.
 */
const LineFields = memo(
  LineFieldsView,
  (before, after) =>
    before.line === after.line && before.years === after.years && before.kind === after.kind && sameProblems(before.problems, after.problems, `${after.kind}.${after.line.id}.`),
);
