import { normalizeName } from '../../domain';
import { sameLabel } from '../grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { PlatformSummary, SocialBudgetIndicator, SocialBudgetModel } from '../../domain/models/social-budget';
import { ParsedRow } from './parse';

/** What the reader found, before it is grouped into areas and goals. */
export interface FoundParts {
  readonly year: number;
  readonly title: string;
  readonly platform?: string;
  readonly source: string;
  readonly targetIndex: number;
  readonly statedMaximum?: number;
  readonly statedImpactValue?: number;
  readonly rows: readonly ParsedRow[];
  readonly areaTargets?: readonly { readonly name: string; readonly share?: number }[];
  readonly platforms?: readonly PlatformSummary[];
}

interface AreaDraft {
  name: string;
  targetShare?: number;
  goals: Map<string, { code: string; text: string; indicators: SocialBudgetIndicator[] }>;
}

/**
 * Rows grouped into areas and goals, areas in the order of the area block (the plan writes it
 * in the model's order), then any area only the table names. Names compare as FUNCTIONS.md
 * says: trimmed, case-insensitive.
 */
export function assembleModel(found: FoundParts): SocialBudgetModel {
  const areas = new Map<string, AreaDraft>();
  const areaOf = (name: string) => {
    const key = normalizeName(name);
    if (!areas.has(key)) areas.set(key, { name, goals: new Map() });
    return areas.get(key) as AreaDraft;
  };
  for (const target of found.areaTargets ?? []) {
    const area = areaOf(target.name);
    if (target.share !== undefined) area.targetShare = target.share;
  }
  for (const row of found.rows) {
    if (row.area === '' || row.weight === undefined) continue;
    const goals = areaOf(row.area).goals;
    const key = row.goalCode !== '' ? row.goalCode : `text:${normalizeName(row.goalText)}`;
    if (!goals.has(key)) goals.set(key, { code: row.goalCode, text: row.goalText, indicators: [] });
    goals.get(key)?.indicators.push(indicatorOf(row, row.weight));
  }
  const title = found.title === '' || sameLabel(found.title, labels.title(found.year)) ? undefined : found.title;
  return {
    year: found.year,
    ...(title === undefined ? {} : { title }),
    ...(found.platform === undefined ? {} : { platform: found.platform }),
    areas: [...areas.values()].map((area) => ({
      name: area.name,
      ...(area.targetShare === undefined ? {} : { targetShare: area.targetShare }),
      goals: [...area.goals.values()],
    })),
    ...(found.statedMaximum === undefined ? {} : { statedMaximum: found.statedMaximum }),
    ...(found.statedImpactValue === undefined ? {} : { statedImpactValue: found.statedImpactValue }),
    targetIndex: found.targetIndex,
    ...(found.platforms === undefined ? {} : { platforms: found.platforms }),
    source: found.source,
  };
}

function indicatorOf(row: ParsedRow, weight: number): SocialBudgetIndicator {
  return {
    code: row.code,
    text: row.text,
    target: row.target,
    comparison: row.comparison,
    weight,
    outcome: row.outcome,
    ...(row.counts === undefined ? {} : { count: row.counts.count, base: row.counts.base }),
    achieved: row.achieved,
    ...(row.invented ? { invented: true } : {}),
  };
}
