import { Comparison, normalizeName } from '../../domain';
import { Grid, readAmount } from '../grid';
import { textOf } from '../grid-search';
import { CellContent } from '../plan';
import { ReadResult } from '../sheet-kind';
import { SocialBudgetArea, SocialBudgetIndicator } from '../../domain/models/social-budget';
import { socialReportLabels as labels } from '../../text/social-report-labels';
import { CountedOutcome, SocialReportModel, ReportStatedFigures, WHOLE } from '../../domain/models/social-report';
import { scanReport } from './scan';

const COMPARISONS: readonly string[] = ['>=', '>', '<=', '<', '='];

/**
 * The model back from a report sheet: indicators grouped into areas and goals in sheet order,
 * the counts and the published text, and the stated figures of the area block. Nothing is
 * recomputed here; the checks (validate.ts) compare.
 */
export function readSocialReport(grid: Grid): ReadResult<SocialReportModel> {
  const scan = scanReport(grid);
  if (!scan) return { ok: false, findings: [] };
  const areas = new Map<string, { name: string; goals: Map<string, { code: string; text: string; indicators: SocialBudgetIndicator[] }> }>();
  const counts: Record<string, CountedOutcome> = {};
  for (const { cells } of scan.indicators) {
    const area = textOf(cells[labels.area] ?? null);
    const weight = readAmount(cells[labels.weight] ?? null);
    if (area === '' || weight === undefined) continue;
    const key = normalizeName(area);
    if (!areas.has(key)) areas.set(key, { name: area, goals: new Map() });
    const goals = areas.get(key)?.goals as Map<string, { code: string; text: string; indicators: SocialBudgetIndicator[] }>;
    const goalText = textOf(cells[labels.goal] ?? null);
    const [, goalCode = '', rest = goalText] = /^(\d+(?:\.\d+)*)\s+(.*)$/.exec(goalText) ?? [];
    if (!goals.has(goalText)) goals.set(goalText, { code: goalCode, text: rest, indicators: [] });
    const code = textOf(cells[labels.code] ?? null);
    goals.get(goalText)?.indicators.push(indicatorOf(cells, code, weight));
    const counted = countedOf(cells);
    if (counted) counts[code] = counted;
  }
  const stated: Record<string, ReportStatedFigures> = {};
  for (const area of scan.areas) {
    const figures = {
      impactValue: readAmount(area.cells[labels.statedImpactValue] ?? null),
      maximum: readAmount(area.cells[labels.statedMaximum] ?? null),
      index: readAmount(area.cells[labels.statedIndex] ?? null),
    };
    const given = Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== undefined));
    if (Object.keys(given).length > 0) stated[area.whole ? WHOLE : area.name] = given;
  }
  const year = scan.year ?? new Date().getFullYear();
  const model: SocialReportModel = {
    budget: {
      year,
      title: scan.title || labels.title(year),
      areas: [...areas.values()].map((area): SocialBudgetArea => ({ name: area.name, goals: [...area.goals.values()] })),
      targetIndex: scan.targetIndex ?? 70,
      source: '',
    },
    counts,
    stated,
  };
  return { ok: true, model, findings: [] };
}

function indicatorOf(cells: Partial<Record<string, CellContent>>, code: string, weight: number): SocialBudgetIndicator {
  const targetCell = cells[labels.target] ?? null;
  const target = readAmount(targetCell) ?? (textOf(targetCell) || null);
  const comparisonText = textOf(cells[labels.comparison] ?? null);
  const outcomeCell = cells[labels.outcome] ?? null;
  const achieved = cells[labels.achieved];
  return {
    code,
    text: textOf(cells[labels.indicator] ?? null),
    target,
    comparison: COMPARISONS.includes(comparisonText) ? (comparisonText as Comparison) : null,
    weight,
    outcome: readAmount(outcomeCell) ?? (textOf(outcomeCell) || null),
    achieved: typeof achieved === 'boolean' ? achieved : null,
  };
}

function countedOf(cells: Partial<Record<string, CellContent>>): CountedOutcome | undefined {
  const count = readAmount(cells[labels.count] ?? null);
  const base = readAmount(cells[labels.base] ?? null);
  const text = textOf(cells[labels.outcomeText] ?? null);
  if (count === undefined && base === undefined && text === '') return undefined;
  return { ...(count === undefined ? {} : { count }), ...(base === undefined ? {} : { base }), ...(text === '' ? {} : { text }) };
}
