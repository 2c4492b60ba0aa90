import { Field, makeStyles, mergeClasses, Select } from '@fluentui/react-components';

export interface SelectFieldProps<Value extends string> {
  readonly label: string;
  readonly value: Value;
  readonly options: readonly (readonly [value: Value, label: string])[];
  readonly onChange: (value: Value) => void;
  readonly className?: string;
}

// Like TextField: a select shares a row in a narrow pane and shrinks to its column.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
});

/** A Fluent Select in a Field with a visible Swedish label; the options are the caller's words. */
export function SelectField<Value extends string>({ label, value, options, onChange, className }: SelectFieldProps<Value>) {
  const styles = useStyles();
  return (
    <Field className={mergeClasses(styles.field, className)} label={label} size="small">
      <Select className={styles.select} value={value} onChange={(_event, data) => onChange(data.value as Value)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
