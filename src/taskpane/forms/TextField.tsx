import { Field, Input, InputProps, makeStyles, mergeClasses } from '@fluentui/react-components';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Swedish, from the form's check; shown under the field and read with it. */
  readonly problem?: string;
  readonly hint?: string;
  /** Amounts get the numeric keyboard on touch devices; they are still typed as text ("2 845,5"). */
  readonly numeric?: boolean;
  readonly className?: string;
  readonly size?: InputProps['size'];
}

// In a narrow pane fields share a row (one per year): they shrink to their column, never past it.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  element: { minWidth: 0 },
});

/** Every input is a Fluent Field with a visible Swedish label and its validation message (STYLE.md §4). */
export function TextField({ label, value, onChange, problem, hint, numeric, className, size = 'small' }: TextFieldProps) {
  const styles = useStyles();
  return (
    <Field className={mergeClasses(styles.field, className)} label={label} validationMessage={problem} validationState={problem ? 'error' : 'none'} hint={hint} size={size}>
      <Input className={styles.input} input={{ className: styles.element }} value={value} onChange={(_event, data) => onChange(data.value)} inputMode={numeric ? 'decimal' : undefined} />
    </Field>
  );
}
