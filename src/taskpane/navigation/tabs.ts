import { texts } from '../../text/pane';

/** The pane's pages, in the order the tabs show them. */
export const TAB_IDS = ['budget', 'socialBudget', 'followUp', 'participants', 'fullYearEquivalents', 'stakeholders', 'rules', 'validation', 'functions'] as const;

export type TabId = (typeof TAB_IDS)[number];

export const TAB_LABELS: Readonly<Record<TabId, string>> = {
  budget: texts.navigation.budget,
  socialBudget: texts.navigation.socialBudget,
  followUp: texts.navigation.followUp,
  participants: texts.navigation.participants,
  fullYearEquivalents: texts.navigation.fullYearEquivalents,
  stakeholders: texts.navigation.stakeholders,
  rules: texts.navigation.rules,
  validation: texts.navigation.validation,
  functions: texts.navigation.functions,
};

export const tabElementId = (tab: TabId) => `finsam-tab-${tab}`;
/** One panel shows the open tab's page; every tab controls it. */
export const PANEL_ELEMENT_ID = 'finsam-panel';
