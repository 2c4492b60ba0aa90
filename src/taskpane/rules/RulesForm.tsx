import { Body1, Button, Subtitle1 } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { rulesSheet } from '../../sheets/rules';
import { WorkbookPort } from '../../workbook/port';
import { BuildBar } from '../build/BuildBar';
import { useFormBuild } from '../build/useFormBuild';
import { parseTypedNumber } from '../forms/numbers';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../../text/pane';
import { RULES_SETTINGS, RulesDraft, rulesDraftFor, RulesField, rulesFieldLabel, rulesFieldText, rulesProblems, ruleSetOf } from './rules-draft';

export interface RulesFormProps {
  readonly draft: RulesDraft;
  readonly onDraftChange: (edit: (draft: RulesDraft) => RulesDraft) => void;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

function useRulesForm({ draft, onDraftChange, port, onBuilt }: RulesFormProps) {
  const problems = useMemo(() => rulesProblems(draft), [draft]);
  const { build, formRef, onBuild } = useFormBuild(problems, () => rulesSheet.plan(ruleSetOf(draft)), { port, onBuilt });
  const set = useCallback((field: RulesField, value: string) => onDraftChange((old) => ({ ...old, [field]: value })), [onDraftChange]);
  const resetToYear = useCallback(() => {
    const year = parseTypedNumber(draft.year);
    if (year !== undefined && Number.isInteger(year)) onDraftChange(() => rulesDraftFor(year));
  }, [draft.year, onDraftChange]);
  return { draft, problems, set, resetToYear, build, onBuild, formRef };
}

/** FINSAM-regler: the year's settings the checks read, defaults from the rule set of the year. */
export function RulesForm(props: RulesFormProps) {
  const form = useRulesForm(props);
  const styles = useFormStyles();
  return (
    <form ref={form.formRef} className={styles.form} aria-labelledby="rules-heading" noValidate onSubmit={(event) => event.preventDefault()}>
      <Subtitle1 as="h2" id="rules-heading">
        {texts.rules.heading}
      </Subtitle1>
      <Body1>{texts.rules.intro}</Body1>
      {RULES_SETTINGS.map((setting) => (
        <TextField
          key={setting.key}
          label={rulesFieldLabel(setting)}
          value={rulesFieldText(form.draft, setting)}
          onChange={(value) => form.set(setting.key, value)}
          problem={form.problems[setting.key]}
          numeric
        />
      ))}
      <div className={styles.actions}>
        <Button size="small" onClick={form.resetToYear}>
          {texts.rules.defaults}
        </Button>
      </div>
      <BuildBar build={form.build} onBuild={form.onBuild} />
    </form>
  );
}
