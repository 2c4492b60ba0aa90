import { AREA_TARGETS_2022, Comparison, isAchieved } from '../../domain';
import { SocialBudgetArea, SocialBudgetGoal, SocialBudgetIndicator, SocialBudgetModel } from '../../domain/models/social-budget';

/**
 * The fictitious 2021 example of seed 003, Bilaga 1 ("Fingerade exempel"): maximum 176, achieved
 * 134 → Impactindex 76 (example 1); in example 2 Samhälls- och medlemsnytta loses 1.2.1, 1.3.1,
 * 1.3.2 and the full-year equivalents of two municipalities (1.4) → 58. The seed gives only
 * these totals and codes, so the indicators are built to reproduce them: the weights sum to
 * 176, the achieved ones to 134, and example 2 drops 10 + 10 + 8 + 2 + 2 = 32 → 102/176 = 57,95.
 */
type Variant = 1 | 2;

const typed = (code: string, text: string, weight: number, achieved: boolean): SocialBudgetIndicator => ({
  code,
  text,
  target: null,
  comparison: null,
  weight,
  outcome: null,
  achieved,
  invented: true,
});

function measured(code: string, text: string, weight: number, target: number, outcome: number, comparison: Comparison | null = null, invented = true): SocialBudgetIndicator {
  const achieved = isAchieved(outcome, target, comparison ?? '>=');
  return { code, text, target, comparison, weight, outcome, achieved, ...(invented ? { invented } : {}) };
}

const goal = (code: string, text: string, indicators: SocialBudgetIndicator[]): SocialBudgetGoal => ({ code, text, indicators });
const share = (name: string) => AREA_TARGETS_2022.find((target) => target.area === name)?.share;
const area = (name: string, goals: SocialBudgetGoal[]): SocialBudgetArea => ({ name, targetShare: share(name), goals });

const MUNICIPALITIES = ['Umeå', 'Vännäs', 'Nordmaling', 'Vindeln', 'Robertsfors', 'Bjurholm'];
/** Relative change of FYE per working-age population; example 2 misses the goal in Vännäs and Nordmaling. */
const FYE_CHANGES: Record<Variant, number[]> = {
  1: [-0.021, -0.015, -0.034, -0.012, -0.018, -0.026],
  2: [-0.021, 0.004, -0.003, -0.012, -0.018, -0.026],
};

/** Samhälls- och medlemsnytta: 72 of 176; 61 achieved in example 1 ("85 % av målen uppfylldes"). */
function memberBenefit(variant: Variant): SocialBudgetArea {
  const worse = variant === 2;
  return area('Samhälls- och medlemsnytta', [
    // Seed 003 §7.1, the strategic goal.
    goal('1.1', 'I Umeåregionen finns hållbara samverkansplattformar i ständig utveckling för att tillgodose människors behov av fördjupat samordnat stöd av arbetslivsinriktad rehabilitering', [
      typed('1.1.1', 'Samtliga plattformar har en aktiv styrgrupp med alla fyra parter', 8, true),
      typed('1.1.2', 'Plattformarnas arbete beskrivs i en gemensam verksamhetsplan', 6, true),
      measured('1.1.3', '3 goda exempel på samverkan sprids till medlemmarna', 5, 3, 2),
    ]),
    goal('1.2', 'Genomströmning i arbetsmarknadstorgen', [
      measured('1.2.1', 'Minst 60 % av deltagarna har avslutats inom 12 månader (genomströmning)', 10, 0.6, worse ? 0.55 : 0.64),
      measured('1.2.2', 'Väntetiden till första samtal är högst 14 dagar', 7, 14, 11, '<='),
    ]),
    // Seed 003 §7.3, the individual goals (the seed's studies indicator repeats "arbete", a slip).
    goal('1.3', 'Deltagarna som avslutats har gått vidare till en för individen positiv lösning', [
      measured('1.3.1', '80 % av de som avslutats har gått vidare till en för individen positiv lösning', 10, 0.8, worse ? 0.74 : 0.82, null, false),
      measured('1.3.2', '35 % av de som avslutat till en för individen positiv lösning ska ha gått vidare till arbete', 8, 0.35, worse ? 0.31 : 0.38, null, false),
      measured('1.3.3', '25 % av de som avslutat till en för individen positiv lösning ska ha gått vidare till studier', 6, 0.25, 0.21, null, false),
    ]),
    // Seed 003 §7.2 and seed 001: the effect goal, measured per municipality.
    goal(
      '1.4',
      'Andelen individer som är beroende av ersättning från det offentliga trygghetssystemet ska minska',
      MUNICIPALITIES.map((name, index) =>
        measured(`1.4.${index + 1}`, `Helårsekvivalenter per invånare i arbetsför ålder har minskat med minst 1 % jämfört med föregående år: ${name}`, 2, -0.01, FYE_CHANGES[variant][index], '<=', false),
      ),
    ),
  ]);
}

/** The other four areas, alike in both examples: 44/26/17/17 of 176 with 32/19/11/11 achieved. */
function otherAreas(): SocialBudgetArea[] {
  return [
    area('Jämlik samverkan', [
      goal('2.1', 'Parterna samverkar på lika villkor', [
        typed('2.1.1', 'Alla fyra parter deltar i samtliga styrgruppsmöten', 8, true),
        measured('2.1.2', '80 % av styrgruppernas ledamöter upplever att samverkan sker på lika villkor', 6, 0.8, 0.83),
      ]),
      goal('2.2', 'Ingen diskriminering i verksamheterna', [
        measured('2.2.1', 'Kvinnors och mäns andel av insatserna skiljer sig högst 5 procentenheter', 7, 0.05, 0.07, '<='),
        typed('2.2.2', 'Samtliga medarbetare har utbildning i likabehandling', 5, true),
      ]),
      goal('2.3', 'Samverkan sker med arbetsgivare och civilsamhälle', [
        measured('2.3.1', 'Minst 20 arbetsgivare medverkar i plattformarnas arbete', 6, 20, 24),
        measured('2.3.2', '3 goda exempel på samverkan med civilsamhället', 5, 3, 1),
      ]),
      goal('2.4', 'Kunskap om samverkan sprids', [measured('2.4.1', 'Förbundet håller minst 4 kunskapsseminarier för medlemmarna', 7, 4, 5)]),
    ]),
    area('Deltagarnyttan', [
      goal('3.1', 'Deltagarna upplever att stödet har gjort nytta', [
        measured('3.1.1', '80 % av deltagarna svarar ja på att stödet har gjort nytta', 8, 0.8, 0.86),
        measured('3.1.2', '80 % av deltagarna upplever att de blivit bemötta med respekt', 4, 0.8, 0.78),
      ]),
      goal('3.2', 'Deltagarna är delaktiga i sin planering', [
        typed('3.2.1', 'Samtliga deltagare har en individuell plan inom 4 veckor', 6, true),
        measured('3.2.2', '70 % av deltagarna har själva formulerat sina mål', 3, 0.7, 0.62),
      ]),
      goal('3.3', 'Deltagarnas hälsa har förbättrats', [measured('3.3.1', '60 % av deltagarna skattar sin hälsa högre vid avslut än vid start', 5, 0.6, 0.66)]),
    ]),
    area('Samordning', [
      goal('4.1', 'Insatserna är samordnade mellan parterna', [
        typed('4.1.1', 'Samtliga deltagare har en gemensam planering med minst två parter', 6, true),
        measured('4.1.2', 'Högst 9,0 sjukdagar per försäkrad i Umeåregionen', 4, 9, 9.6, '<='),
      ]),
      goal('4.2', 'Cheferna leder samverkan tydligt', [
        measured('4.2.1', '75 % av cheferna svarar ja på att ledningen av samverkan fungerar', 5, 0.75, 0.8),
        typed('4.2.2', 'Samordningsteamen har gemensamma rutiner för överlämning', 2, false),
      ]),
    ]),
    area('Medarbetarnöjdhet', [
      goal('5.1', 'Medarbetarna trivs i plattformarna', [
        measured('5.1.1', '80 % av medarbetarna svarar ja på att de trivs på arbetet', 6, 0.8, 0.84),
        measured('5.1.2', 'Sjukfrånvaron bland medarbetarna är högst 4 %', 3, 0.04, 0.052, '<='),
      ]),
      goal('5.2', 'Medarbetarna har goda förutsättningar att samverka', [
        typed('5.2.1', 'Samtliga medarbetare har haft medarbetarsamtal', 5, true),
        measured('5.2.2', '70 % av medarbetarna har deltagit i gemensam kompetensutveckling', 3, 0.7, 0.65),
      ]),
    ]),
  ];
}

const SOURCE: Record<Variant, string> = {
  1:
    'Samordningsförbundet Umeåregionen, verksamhetsplan med budget (underlag 003), Bilaga 1 "Uppföljning av strategiska mål", fingerat exempel 1 för 2021: ' +
    'maximalt Impactvärde 176, utfall 134, Impactindex 76 (mål 70); samma text anger "Impactvärde 172" för full måluppfyllelse. ' +
    'Underlaget visar inte indikatorerna: koderna 1.2.1, 1.3.1, 1.3.2 och 1.4 och målen 1.1, 1.3 och 1.4 är underlagets, ' +
    'vikter och utfall är valda så att summorna blir 176 och 134 (Samhälls- och medlemsnytta 61 av 72, 85 %). Texter märkta Påhittad är våra.',
  2:
    'Samordningsförbundet Umeåregionen, verksamhetsplan med budget (underlag 003), Bilaga 1, fingerat exempel 2 för 2021: som exempel 1, men ' +
    'genomströmningen (1.2.1), positiv lösning (1.3.1), arbete (1.3.2) och helårsekvivalenterna i två kommuner (1.4, här Vännäs och Nordmaling) nås inte; ' +
    'Impactindex faller till 58. Underlaget anger inte vikterna: de valda vikterna 10 + 10 + 8 + 2 + 2 = 32 ger 102 av 176 = 58. Texter märkta Påhittad är våra.',
};

/**
 * @example recalculated, socialBudgetExample2021(1) gives Impactindex 76,136… and (2) gives 57,95…
 */
export function socialBudgetExample2021(variant: Variant = 1): SocialBudgetModel {
  return {
    year: 2021,
    title: `Social budget 2021 – fingerat exempel ${variant} (Bilaga 1)`,
    platform: 'Förbundet i sin helhet',
    areas: [memberBenefit(variant), ...otherAreas()],
    statedMaximum: 172,
    ...(variant === 1 ? { statedImpactValue: 134 } : {}),
    targetIndex: 70,
    source: SOURCE[variant],
  };
}
