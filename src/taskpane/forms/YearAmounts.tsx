import { TextField } from './TextField';
import { useFormStyles } from './styles';

export interface YearAmountsProps {
  readonly years: readonly number[];
  readonly values: readonly string[];
  /** Problems are looked up as `${problemKey}.${yearIndex}`. */
  readonly problemKey: string;
  readonly problems: Readonly<Record<string, string>>;
  readonly onChange: (yearIndex: number, value: string) => void;
  readonly label?: (year: number) => string;
  readonly hint?: (yearIndex: number) => string | undefined;
}

/** One field per year, side by side as far as the pane's width allows. */
export function YearAmounts({ years, values, problemKey, problems, onChange, label = String, hint }: YearAmountsProps) {
  const styles = useFormStyles();
  return (
    <div className={styles.years}>
      {years.map((year, y) => (
        <TextField
          key={y}
          label={label(year)}
          value={values[y] ?? ''}
          onChange={(value) => onChange(y, value)}
          problem={problems[`${problemKey}.${y}`]}
          hint={hint?.(y)}
          numeric
        />
      ))}
    </div>
  );
}
