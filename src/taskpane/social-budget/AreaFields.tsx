import { Button, Caption1 } from '@fluentui/react-components';
import { RemoveButton } from '../forms/RemoveButton';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../../text/pane';
import { IndicatorFields } from './IndicatorFields';
import { AreaDraft } from './social-draft';
import { socialEdits } from './social-edits';
import { SocialBudgetFormState } from './useSocialBudgetForm';

export interface AreaFieldsProps {
  readonly area: AreaDraft;
  readonly form: SocialBudgetFormState;
}

/** One area's name and target share, then its goals with their indicators. */
export function AreaFields({ area, form }: AreaFieldsProps) {
  const styles = useFormStyles();
  const { problems, edit, weightScale } = form;
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <TextField className={styles.grow} label={texts.socialBudget.areaName} value={area.name} onChange={(name) => edit(socialEdits.areaName(area.id, name))} problem={problems[`area.${area.id}.name`]} />
        <TextField label={texts.socialBudget.targetShare} value={area.targetShare} onChange={(targetShare) => edit(socialEdits.area(area.id, (old) => ({ ...old, targetShare })))} problem={problems[`area.${area.id}.share`]} numeric />
      </div>
      <Caption1 className={styles.note}>{form.areaSummaries[area.id]}</Caption1>
      {area.goals.map((goal) => (
        <div key={goal.id} role="group" aria-label={texts.socialBudget.goal(goal.code || goal.text || texts.fields.unnamed)} className={styles.section}>
          <div className={styles.row}>
            <TextField label={texts.socialBudget.goalCode} value={goal.code} onChange={(code) => edit(socialEdits.goal(area.id, goal.id, (old) => ({ ...old, code })))} />
            <RemoveButton what={texts.socialBudget.goal(goal.code || texts.fields.unnamed)} onRemove={() => edit(socialEdits.removeGoal(area.id, goal.id))} />
          </div>
          <TextField label={texts.socialBudget.goalText} value={goal.text} onChange={(text) => edit(socialEdits.goal(area.id, goal.id, (old) => ({ ...old, text })))} />
          {goal.indicators.map((indicator) => (
            <IndicatorFields
              key={indicator.id}
              indicator={indicator}
              problems={problems}
              weightScale={weightScale}
              onChange={(change) => edit(socialEdits.indicator(area.id, goal.id, indicator.id, change))}
              onRemove={() => edit(socialEdits.removeIndicator(area.id, goal.id, indicator.id))}
            />
          ))}
          <div className={styles.actions}>
            <Button size="small" onClick={() => edit(socialEdits.addIndicator(area.id, goal.id))}>
              {texts.socialBudget.addIndicator}
            </Button>
          </div>
        </div>
      ))}
      <div className={styles.actions}>
        <Button size="small" onClick={() => edit(socialEdits.addGoal(area.id))}>
          {texts.socialBudget.addGoal}
        </Button>
        <RemoveButton what={texts.socialBudget.area(area.name || texts.fields.unnamed)} onRemove={() => edit(socialEdits.removeArea(area.id))} />
      </div>
    </div>
  );
}
