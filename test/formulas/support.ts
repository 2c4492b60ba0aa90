/**
 * What the formula tests share: running a Swedish formula the way a treasurer's `finsam eval
 * --locale sv-SE` does, the workbooks the help's table examples name, and the formulas README
 * shows, read out of README.md itself.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { run } from '../../src/cli/main';
import { defaultRuleSet } from '../../src/domain';
import { HELP_WORKBOOKS } from '../../src/help';
import { formats, PlanCell, WorkbookPlan } from '../../src/sheets/plan';
import { EXAMPLES } from '../../src/sheets/registry';
import { rulesSheet } from '../../src/sheets/rules';
import { socialBudgetSheet } from '../../src/sheets/social-budget';
import { socialBudgetExample2021 } from '../../src/sheets/social-budget/examples';

export type EvalAnswer = { value: unknown } | { error: string; message: string };

/** `finsam eval --json --locale sv-SE '<formula>'`, its one line parsed. */
export function evalSwedish(formula: string): { code: number; answer: EvalAnswer } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(['eval', '--json', '--locale', 'sv-SE', formula], { out: (line) => out.push(line), err: (line) => err.push(line) });
  if (out.length !== 1 || err.length > 0) throw new Error(`finsam eval ${formula}: ${[...out, ...err].join(' | ')}`);
  return { code, answer: JSON.parse(out[0]) as EvalAnswer };
}

/** A table of one's own for FYE: FINSAM builds none with days per person (help/functions/fye.ts). */
function ownBenefitTable(): WorkbookPlan {
  const rows: [string, number, number][] = [
    ['Person 1', 365, 1],
    ['Person 2', 182.5, 1],
    ['Person 3', 365, 0.5],
  ];
  const cells: PlanCell[] = [
    ...['Person', 'Dagar', 'Grad'].map((value, col): PlanCell => ({ row: 0, col, value, style: 'header' })),
    ...rows.flatMap((row, index) => row.map((value, col): PlanCell => ({ row: index + 1, col, value, numberFormat: col === 2 ? formats.percent : undefined }))),
  ];
  return { sheets: [{ name: 'Ersättning', kind: 'fullYearEquivalents', cells, tables: [{ name: 'Ersättning', top: 0, left: 0, columns: ['Person', 'Dagar', 'Grad'], bodyRows: 3 }], names: [], columnWidths: [12, 8, 8], frozenRows: 1 }] };
}

/**
 * Each workbook of HELP_WORKBOOKS as a plan. The social budget is the 2021 example on the sheet
 * name the task pane and `finsam build` use ("Social budget", table Indikatorer); the registry's
 * example names its sheets "Social budget 2021" …, whose tables get the sheet in their name.
 */
export const HELP_WORKBOOK_PLANS: Readonly<Record<string, () => WorkbookPlan>> = {
  'social-budget-2021': () => ({ sheets: [socialBudgetSheet.plan(socialBudgetExample2021(1)), rulesSheet.plan(defaultRuleSet(2021))] }),
  'budget-2018': EXAMPLES['budget-2018'],
  'uppfoljning-tertial-2-2022': EXAMPLES['uppfoljning-tertial-2-2022'],
  'deltagare-2022': EXAMPLES['deltagare-2022'],
  'helarsekvivalenter-2022': EXAMPLES['helarsekvivalenter-2022'],
  'intressentanalys-2020': EXAMPLES['intressentanalys-2020'],
  'egen-tabell-ersattning': ownBenefitTable,
};

export function helpWorkbookKeys(): string[] {
  return Object.keys(HELP_WORKBOOKS);
}

export interface ReadmeExample {
  readonly formula: string;
  readonly result: string;
}

/** Every `=FINSAM…` → `result` pair in README's section "## The functions", as README shows it. */
export function readmeExamples(readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8')): ReadmeExample[] {
  const start = readme.indexOf('\n## The functions');
  const end = readme.indexOf('\n## ', start + 1);
  if (start < 0 || end < 0) throw new Error('README.md has no section "## The functions"');
  const section = readme.slice(start, end);
  return [...section.matchAll(/`(=FINSAM\.[^`]+)`\s*→\s*`([^`]+)`/g)].map((match) => ({ formula: match[1], result: match[2] }));
}

