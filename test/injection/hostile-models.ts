/**
 * Sheet models whose text comes from the user (or a file the add-in read) carrying the OWASP
 * CSV/formula-injection payloads: labels that a careless writer would turn into live formulas.
 * Each example model of the seeds gets them in every free-text field a person fills in.
 */
import { BudgetModel } from '../../src/domain/models/budget';
import { budget2021to2023 } from '../../src/sheets/budget/examples';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up/examples';
import { FollowUpModel } from '../../src/domain/models/follow-up';
import { fullYearEquivalents2022 } from '../../src/sheets/fye/examples';
import { FyeModel } from '../../src/domain/models/fye';
import { participantsTertial2of2022 } from '../../src/sheets/participants/examples';
import { ParticipantsModel } from '../../src/domain/models/participants';
import { SocialBudgetModel } from '../../src/domain/models/social-budget';
import { socialBudgetExample2021 } from '../../src/sheets/social-budget/examples';
import { stakeholderAnalysis2020 } from '../../src/sheets/stakeholders/examples';
import { StakeholderModel } from '../../src/domain/models/stakeholders';

/** OWASP's payloads: "=", "+", "-", "@" first, and "=" behind a tab or a carriage return. */
export const HOSTILE = [
  '=HYPERLINK("http://x","klick")',
  '@SUM(A1)',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '\t=1+1',
  '\r=1+1',
  "=cmd|'/C calc'!A0",
  "'=1+1",
  '=1+1',
] as const;

/** The i-th payload, cycling, with a tail so that labels stay unique where a reader needs that. */
export const hostile = (index: number, tail = ''): string => `${HOSTILE[index % HOSTILE.length]}${tail}`;

export function hostileBudget(): BudgetModel {
  const model = budget2021to2023();
  let next = 0;
  const label = () => hostile(next, ` ${next++}`);
  return {
    ...model,
    association: label(),
    // The reader knows a municipality by "kommun" and the region by "Region" (budget/scan.ts).
    municipalities: model.municipalities.map((municipality, index) => ({ ...municipality, name: `${hostile(index, ` m${index}`)} kommun` })),
    regionName: `${label()} Region`,
    otherIncome: model.otherIncome.map((line) => ({ ...line, label: label() })),
    costSections: model.costSections.map((section) => ({ title: label(), lines: section.lines.map((line) => ({ ...line, label: label() })) })),
    source: label(),
  };
}

export function hostileSocialBudget(): SocialBudgetModel {
  const model = socialBudgetExample2021(1);
  let next = 0;
  const label = () => hostile(next, ` ${next++}`);
  return {
    ...model,
    title: label(),
    platform: label(),
    source: label(),
    areas: model.areas.map((area) => ({
      ...area,
      name: label(),
      goals: area.goals.map((goal) => ({
        ...goal,
        text: label(),
        indicators: goal.indicators.map((indicator) => ({ ...indicator, text: label(), ...(typeof indicator.target === 'string' ? { target: label() } : {}) })),
      })),
    })),
  };
}

export function hostileStakeholders(): StakeholderModel {
  const model = stakeholderAnalysis2020();
  let next = 0;
  const label = () => hostile(next, ` ${next++}`);
  return {
    ...model,
    stakeholders: model.stakeholders.map((stakeholder) => ({ ...stakeholder, name: label(), expectation: label() })),
    source: label(),
    notes: model.notes.map(label),
  };
}

export function hostileFollowUp(): FollowUpModel {
  const model = followUpTertial2of2022();
  let next = 0;
  const label = () => hostile(next, ` ${next++}`);
  const line = (item: FollowUpModel['income'][number]) => ({ ...item, label: label(), explanation: item.explanation === '' ? '' : label() });
  return {
    ...model,
    income: model.income.map(line),
    costSections: model.costSections.map((section) => ({ title: label(), lines: section.lines.map(line) })),
    source: label(),
    notes: model.notes.map(label),
  };
}

export function hostileParticipants(): ParticipantsModel {
  const model = participantsTertial2of2022();
  const platforms = new Map<string, string>();
  const rename = (platform: string): string => {
    if (!platforms.has(platform)) platforms.set(platform, hostile(platforms.size, ` ${platforms.size}`));
    return platforms.get(platform) ?? platform;
  };
  return {
    ...model,
    rows: model.rows.map((row) => ({ ...row, platform: rename(row.platform) })),
    stated: model.stated.map((stated) => ({ ...stated, platform: rename(stated.platform) })),
    source: hostile(7, ' källa'),
    notes: model.notes.map((_note, index) => hostile(index, ` not ${index}`)),
  };
}

export function hostileFye(): FyeModel {
  const model = fullYearEquivalents2022();
  return { ...model, rows: model.rows.map((row, index) => ({ ...row, municipality: hostile(index, ` ${index}`) })) };
}

/**
 * The model as the readers give it back: they read a label as a person means it, without the
 * white space around it (grid.ts readLabel), so "\t=1+1" reads as "=1+1". Everything else is kept.
 */
export function asRead<T>(model: T): T {
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/^\s+/, '');
    if (Array.isArray(value)) return value.map(visit);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visit(inner)]));
    return value;
  };
  return visit(model) as T;
}

/**
 * What each reader gives back for a hostile model: asRead (leading whitespace trimmed); the
 * budget's municipality names come back whole, commas and leading dashes included, since the
 * reader removes only the "<share> % av arb-bef." suffix and a "- " list mark. Text, never a formula.
 */
export function expectedRead(kind: string, model: unknown): unknown {
  return kind === 'budget' ? asRead(model) : asRead(model);
}
