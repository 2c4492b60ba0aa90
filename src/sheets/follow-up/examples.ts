import { defaultRuleSet } from '../../domain';
import { FollowUpLine, FollowUpModel, FollowUpSection } from '../../domain/models/follow-up';

const line = (label: string, budget: number, forecast: number, explanation = ''): FollowUpLine => ({ label, budget, forecast, explanation });

/** Seed 003's 2022 contributions; Anställningsstöd 131 (invented) makes the seed 004 total 11 511. */
const INCOME: readonly FollowUpLine[] = [
  line('Försäkringskassan', 5690, 5690),
  line('Umeå kommun', 2353, 2353),
  line('Vännäs kommun', 148, 148),
  line('Nordmalings kommun', 114, 114),
  line('Vindelns kommun', 85, 85),
  line('Robertsfors kommun', 108, 108),
  line('Bjurholms kommun', 37, 37),
  line('Region Västerbotten', 2845, 2845),
  line('Anställningsstöd, AF', 131, 120),
];

/**
 * Seed 003's 2022 cost lines; "Försöksverksamheter" (invented split of 770) brings the budget
 * to seed 004's 12 365. The forecasts follow seed 004's explanations: the trials started late
 * or cost nothing, Ungdoms- och Vuxentorget could not replace staff, and travel, conferences
 * and competence development cost less; +24 on Ekonomihantering makes the result +296.
 */
const COST_SECTIONS: readonly FollowUpSection[] = [
  {
    title: 'Kansli och styrelse',
    lines: [
      line('Arvoden till styrelsen', 205, 205),
      line('Arvoden till revisorer', 55, 55),
      line('Kanslipersonal', 1620, 1620),
      line('Ekonomihantering', 375, 399),
      line('Lokalhyra', 90, 90),
      line('Konferens och utbildning', 55, 30, 'Lägre kostnader för konferenser än budgeterat.'),
      line('Resor och logi', 55, 25, 'Lägre kostnader för resor än budgeterat.'),
      line('Övrigt kontor och adm.', 140, 140),
    ],
  },
  {
    title: 'Verksamhetsnära kostnader',
    lines: [
      line('Social redovisning', 25, 25),
      line('Hemsidor', 25, 25),
      line('Analys', 50, 50),
      line('Kompetensutveckling och mötesplatser', 350, 290, 'Lägre kostnader för kompetensutveckling och mötesplatser än budgeterat.'),
    ],
  },
  {
    title: 'Verksamheter',
    lines: [
      line('Vännäs', 430, 430),
      line('Nordmaling', 430, 430),
      line('Vindeln', 430, 430),
      line('Robertsfors', 430, 430),
      line('Bjurholm', 430, 430),
      line('Ungdomstorget', 2800, 2500),
      line('De sammanhållna insatserna för unga', 800, 800),
      line('Vuxentorget', 2400, 2250, 'Regionen har haft svårt att ersätta medarbetare som slutat under året.'),
      line('Insats NAFS', 400, 400),
    ],
  },
  {
    title: 'Försöksverksamheter',
    lines: [
      line('Insats för kortutbildade', 450, 150, 'Försenad uppstart av insatsen för kortutbildade.'),
      line('Insats medicinska underlag', 320, 0, 'Insatsen medicinska underlag kommer inte att generera kostnader.'),
    ],
  },
];

/**
 * Tertial 2, 2022 (seed 004, "Förhållande till budget"). The report prints no per-line
 * figures, so the lines are invented on seed 003's 2022 layout and tuned to the report's
 * totals: budget costs 12 365 and income 11 511, forecast result +296. The deviations follow
 * the report's explanations; Ungdomstorget's is left unexplained on purpose so the check shows.
 */
export function followUpTertial2of2022(): FollowUpModel {
  const rules = defaultRuleSet(2022);
  return {
    year: 2022,
    period: 'tertial 2',
    basis: 'forecast',
    income: INCOME,
    costSections: COST_SECTIONS,
    stated: { costs: 12365, income: 11511, deficit: 869, result: 296, closingEquity: 2096 },
    equity: { assumedOpening: 1724, actualOpening: 1800, allocation: 11380 },
    equitySteps: rules.equitySteps,
    thresholds: rules.deviation,
    source:
      'Tertialrapport 2 2022, "Förhållande till budget" (Samordningsförbundet Umeåregionen, styrelsen 2022-10-26): kostnader 12 365, intäkter 11 511, "underbalanseras med 869", eget kapital 1 724 antaget och 1 800 enligt bokslut, prognos +296, eget kapital 2 096.',
    notes: [
      'Raderna är påhittade: rapporten anger bara summorna. De följer budgetens uppställning 2022 och ger budgetens summor och prognosens resultat +296 tkr.',
      'Förklaringen för Ungdomstorget är lämnad tom med avsikt, så att kontrollen av oförklarade avvikelser syns.',
      'Trappans steg är FINSAM-reglernas standard; kontrollera mot Nationella rådets aktuella rekommendation.',
    ],
  };
}
