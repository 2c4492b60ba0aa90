import { Body1Strong, Button, Caption1 } from '@fluentui/react-components';
import { memo } from 'react';
import { sameItems, sameProblems } from '../forms/memo';
import { RemoveButton } from '../forms/RemoveButton';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { YearAmounts } from '../forms/YearAmounts';
import { texts } from '../../text/pane';
import { MemberDraft } from './budget-draft';
import { BudgetEdit, budgetEdits } from './budget-edits';
import { BudgetFormState } from './useBudgetForm';

/** The member municipalities with their working-age population per year, and their shares. */
export function BudgetMembers({ form }: { readonly form: BudgetFormState }) {
  const styles = useFormStyles();
  const { draft, years, problems, edit, shareHints, populationProblems } = form;
  return (
    <fieldset className={styles.section}>
      <legend>
        <Body1Strong as="h4">{texts.budget.membersHeading}</Body1Strong>
      </legend>
      <Caption1 className={styles.note}>{texts.budget.membersIntro}</Caption1>
      <Caption1 className={styles.note}>{texts.budget.statedIntro}</Caption1>
      {draft.members.map((member, m) => (
        <MemberFields key={member.id} member={member} years={years} problems={problems} hints={shareHints[m]} edit={edit} />
      ))}
      {populationProblems.map((problem) => (
        <Caption1 key={problem} className={styles.problem} role="alert">
          {problem}
        </Caption1>
      ))}
      <div className={styles.actions}>
        <Button size="small" onClick={() => edit(budgetEdits.addMember())}>
          {texts.budget.addMember}
        </Button>
      </div>
    </fieldset>
  );
}

interface MemberFieldsProps {
  readonly member: MemberDraft;
  readonly years: readonly number[];
  readonly problems: Readonly<Record<string, string>>;
  /** "Andel 82,7 %" per year. */
  readonly hints: readonly (string | undefined)[];
  readonly edit: (edit: BudgetEdit) => void;
}

function MemberFieldsView({ member, years, problems, hints, edit }: MemberFieldsProps) {
  const styles = useFormStyles();
  return (
    <div role="group" aria-label={member.name || texts.fields.unnamed} className={styles.group}>
      <div className={styles.row}>
        <TextField className={styles.grow} label={texts.budget.memberName} value={member.name} onChange={(value) => edit(budgetEdits.memberName(member.id, value))} problem={problems[`member.${member.id}.name`]} />
        <RemoveButton what={texts.budget.member(member.name || texts.fields.unnamed)} onRemove={() => edit(budgetEdits.removeMember(member.id))} />
      </div>
      <YearAmounts
        years={years}
        values={member.populations}
        problemKey={`member.${member.id}.population`}
        problems={problems}
        onChange={(y, value) => edit(budgetEdits.population(member.id, y, value))}
        label={texts.budget.population}
        hint={(y) => hints[y]}
      />
      <YearAmounts
        years={years}
        values={member.statedContributions}
        problemKey={`member.${member.id}.stated`}
        problems={problems}
        onChange={(y, value) => edit(budgetEdits.stated(member.id, y, value))}
        label={texts.budget.statedContribution}
      />
    </div>
  );
}

/** A member re-renders when its own fields, problems or shares change (see BudgetLines). */
const MemberFields = memo(
  MemberFieldsView,
  (before, after) =>
    before.member === after.member &&
    before.years === after.years &&
    before.edit === after.edit &&
    sameItems(before.hints, after.hints) &&
    sameProblems(before.problems, after.problems, `member.${after.member.id}.`),
);
