import { Caption1, Field, Select } from '@fluentui/react-components';
import { RemoveButton } from '../forms/RemoveButton';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../texts';
import { AchievedText, ComparisonText, IndicatorDraft } from './social-draft';

export interface IndicatorFieldsProps {
  readonly indicator: IndicatorDraft;
  readonly problems: Readonly<Record<string, string>>;
  readonly weightScale: number;
  readonly onChange: (change: Partial<IndicatorDraft>) => void;
  readonly onRemove: () => void;
}

const COMPARISONS = Object.entries(texts.socialBudget.comparisonOptions) as [ComparisonText, string][];
const ACHIEVED = Object.entries(texts.socialBudget.achievedOptions) as [AchievedText, string][];

/** One indicator: code, text, target and comparison, weight (1–10), outcome and achieved. */
export function IndicatorFields({ indicator, problems, weightScale, onChange, onRemove }: IndicatorFieldsProps) {
  const styles = useFormStyles();
  const key = (field: string) => `indicator.${indicator.id}.${field}`;
  return (
    <div role="group" aria-label={texts.socialBudget.indicator(indicator.code || indicator.text || texts.fields.unnamed)} className={styles.group}>
      <div className={styles.row}>
        <TextField label={texts.socialBudget.code} value={indicator.code} onChange={(code) => onChange({ code })} />
        <TextField label={`${texts.socialBudget.weight} (1–${weightScale})`} value={indicator.weight} onChange={(weight) => onChange({ weight })} problem={problems[key('weight')]} numeric />
        <RemoveButton what={texts.socialBudget.indicator(indicator.code || texts.fields.unnamed)} onRemove={onRemove} />
      </div>
      <TextField label={texts.socialBudget.indicatorText} value={indicator.text} onChange={(text) => onChange({ text })} problem={problems[key('text')]} />
      {indicator.invented && <Caption1 className={styles.note}>{texts.socialBudget.invented}</Caption1>}
      <div className={styles.years}>
        <TextField label={texts.socialBudget.target} value={indicator.target} onChange={(target) => onChange({ target })} />
        <Field label={texts.socialBudget.comparison} size="small">
          <Select value={indicator.comparison} onChange={(_event, data) => onChange({ comparison: data.value as ComparisonText })}>
            <option value="">{texts.socialBudget.comparisonDefault}</option>
            {COMPARISONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <TextField label={texts.socialBudget.outcome} value={indicator.outcome} onChange={(outcome) => onChange({ outcome })} />
        <Field label={texts.socialBudget.achieved} size="small">
          <Select value={indicator.achieved} onChange={(_event, data) => onChange({ achieved: data.value as AchievedText })}>
            {ACHIEVED.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}
