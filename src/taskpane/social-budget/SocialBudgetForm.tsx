import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, MessageBar, MessageBarBody, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import { BuildBar } from '../build/BuildBar';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../../text/pane';
import { AreaFields } from './AreaFields';
import { PasteIndicatorsBox } from './PasteIndicators';
import { socialEdits } from './social-edits';
import { usePasteIndicators } from './usePasteIndicators';
import { SocialBudgetFormProps, useSocialBudgetForm } from './useSocialBudgetForm';

/** The social budget form (seed 003 Bilaga 1): the year's settings, the areas, pasting, building. */
export function SocialBudgetForm(props: SocialBudgetFormProps) {
  const form = useSocialBudgetForm(props);
  const paste = usePasteIndicators(form);
  const styles = useFormStyles();
  const { draft, problems, edit } = form;
  return (
    <form ref={form.formRef} className={styles.form} aria-labelledby="social-budget-heading" noValidate onSubmit={(event) => event.preventDefault()}>
      <Subtitle1 as="h2" id="social-budget-heading">
        {texts.socialBudget.heading}
      </Subtitle1>
      <Body1>{texts.socialBudget.intro}</Body1>
      <TextField label={texts.socialBudget.sheetName} value={draft.sheetName} onChange={(value) => edit(socialEdits.text('sheetName', value))} problem={problems.sheetName} />
      <div className={styles.years}>
        <TextField label={texts.socialBudget.year} value={draft.year} onChange={(value) => edit(socialEdits.text('year', value))} problem={problems.year} numeric />
        <TextField label={texts.socialBudget.targetIndex} value={draft.targetIndex} onChange={(value) => edit(socialEdits.text('targetIndex', value))} problem={problems.targetIndex} numeric />
      </div>
      <TextField label={texts.socialBudget.title} value={draft.title} onChange={(value) => edit(socialEdits.text('title', value))} />
      <TextField label={texts.socialBudget.platform} value={draft.platform} onChange={(value) => edit(socialEdits.text('platform', value))} />
      <section className={styles.section} aria-labelledby="social-areas-heading">
        <Subtitle2 as="h3" id="social-areas-heading">
          {texts.socialBudget.areasHeading}
        </Subtitle2>
        {form.shareWarning && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{form.shareWarning}</MessageBarBody>
          </MessageBar>
        )}
        <Accordion multiple collapsible>
          {draft.areas.map((area) => (
            <AccordionItem key={area.id} value={area.id}>
              <AccordionHeader size="small">{form.areaHeaders[area.id]}</AccordionHeader>
              <AccordionPanel>
                <AreaFields area={area} form={form} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
        <div className={styles.actions}>
          <Button size="small" onClick={() => edit(socialEdits.addArea())}>
            {texts.socialBudget.addArea}
          </Button>
        </div>
      </section>
      <PasteIndicatorsBox paste={paste} />
      <TextField label={texts.socialBudget.statedMaximum} value={draft.statedMaximum} onChange={(value) => edit(socialEdits.text('statedMaximum', value))} problem={problems.statedMaximum} numeric />
      <TextField label={texts.socialBudget.statedImpactValue} value={draft.statedImpactValue} onChange={(value) => edit(socialEdits.text('statedImpactValue', value))} problem={problems.statedImpactValue} numeric />
      <TextField label={texts.socialBudget.source} value={draft.source} onChange={(value) => edit(socialEdits.text('source', value))} />
      <BuildBar build={form.build} onBuild={form.onBuild} />
    </form>
  );
}
