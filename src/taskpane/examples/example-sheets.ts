import { fullYearEquivalents2022, fyeSheet } from '../../sheets/fye';
import { followUpSheet, followUpTertial2of2022 } from '../../sheets/follow-up';
import { participantsSheet, participantsTertial2of2022 } from '../../sheets/participants';
import { SheetPlan } from '../../sheets/plan';
import { stakeholderAnalysis2020, stakeholderSheet } from '../../sheets/stakeholders';

/** The sheets the pane builds from the board papers' examples for now (issue 6: simpler forms later). */
export type ExampleKind = 'followUp' | 'participants' | 'fullYearEquivalents' | 'stakeholders';

export const EXAMPLE_PLANS: Readonly<Record<ExampleKind, () => SheetPlan>> = {
  followUp: () => followUpSheet.plan(followUpTertial2of2022()),
  participants: () => participantsSheet.plan(participantsTertial2of2022()),
  fullYearEquivalents: () => fyeSheet.plan(fullYearEquivalents2022()),
  stakeholders: () => stakeholderSheet.plan(stakeholderAnalysis2020()),
};

export function isExampleKind(tab: string): tab is ExampleKind {
  return Object.prototype.hasOwnProperty.call(EXAMPLE_PLANS, tab);
}
