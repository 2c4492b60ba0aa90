import { AREA_TARGETS_2022, Comparison } from '../../domain';
import { SocialBudgetArea, SocialBudgetIndicator, SocialBudgetModel } from '../../domain/models/social-budget';

/**
 * The 2022 structure of seed 003, Tabell 1: 5 areas, 21 goals, 70 indicators (3/12, 5/21, 5/13,
 * 5/15, 3/9) weighted 39/24/15/10/12 % as the board did. A total of 100 cannot be reached with
 * whole weights 1–10 (Samordning's 15 indicators need at least 15), so the total is 200:
 * 78/48/30/20/24. A budget before the year: no outcomes yet.
 */
type IndicatorSpec = readonly [text: string, weight: number];
type GoalSpec = readonly [text: string, indicators: readonly IndicatorSpec[]];

/** Seed 003 §7.1–7.3: the strategic, individual and effect goals, with the seed's own indicators. */
function memberBenefit(): SocialBudgetArea {
  const seeded = (code: string, text: string, weight: number, target: number, comparison: Comparison | null = null): SocialBudgetIndicator => ({
    code,
    text,
    target,
    comparison,
    weight,
    outcome: null,
    achieved: null,
  });
  const municipalities = ['Umeå', 'Vännäs', 'Nordmaling', 'Vindeln', 'Robertsfors', 'Bjurholm'];
  return {
    name: 'Samhälls- och medlemsnytta',
    targetShare: 0.4,
    goals: [
      {
        code: '1.1',
        text: 'I Umeåregionen finns hållbara samverkansplattformar i ständig utveckling för att tillgodose människors behov av fördjupat samordnat stöd av arbetslivsinriktad rehabilitering',
        indicators: [
          seeded('1.1.1', 'Impactindex 70 uppnås för förbundet i sin helhet (alla plattformar sammanvägda)', 10, 70),
          invented('1.1.2', 'Genomströmningen i arbetsmarknadstorgen motsvarar planerad volym', 7),
          invented('1.1.3', 'Samtliga plattformar har en aktiv styrgrupp med alla fyra parter', 7),
        ],
      },
      {
        code: '1.2',
        text: 'Deltagarna som avslutats har gått vidare till en för individen positiv lösning',
        indicators: [
          seeded('1.2.1', '80 % av de som avslutats har gått vidare till en för individen positiv lösning', 10, 0.8),
          seeded('1.2.2', '35 % av de som avslutat till en för individen positiv lösning ska ha gått vidare till arbete', 8, 0.35),
          seeded('1.2.3', '25 % av de som avslutat till en för individen positiv lösning ska ha gått vidare till studier', 6, 0.25),
        ],
      },
      {
        code: '1.3',
        text: 'Andelen individer som är beroende av ersättning från det offentliga trygghetssystemet ska minska',
        indicators: municipalities.map((name, index) =>
          seeded(`1.3.${index + 1}`, `Helårsekvivalenter per invånare i arbetsför ålder har minskat med minst 1 % jämfört med föregående år: ${name}`, 5, -0.01, '<='),
        ),
      },
    ],
  };
}

function invented(code: string, text: string, weight: number): SocialBudgetIndicator {
  return { code, text, target: null, comparison: null, weight, outcome: null, achieved: null, invented: true };
}

/** Invented goals and indicators for the four other areas; only their counts and weight sums are the seed's. */
const OTHER_AREAS: readonly (readonly [name: string, goals: readonly GoalSpec[]])[] = [
  ['Jämlik samverkan', [
    ['Parterna samverkar på lika villkor', [['Alla fyra parter deltar i samtliga styrgruppsmöten', 3], ['80 % av styrgruppernas ledamöter upplever att samverkan sker på lika villkor', 3], ['Parterna bidrar med personal enligt överenskommelsen', 2], ['Besluten i styrgrupperna fattas i samförstånd', 2], ['Parterna har en gemensam bild av målgruppen', 2]]],
    ['Ingen diskriminering i verksamheterna', [['Kvinnor och män får insatser i samma omfattning', 3], ['Deltagare med utländsk bakgrund får insatser i samma omfattning som övriga', 2], ['Samtliga medarbetare har utbildning i likabehandling', 2], ['Inga anmälningar om diskriminering har kommit in', 2]]],
    ['Samverkan sker med arbetsgivare', [['Minst 20 arbetsgivare medverkar i plattformarnas arbete', 3], ['Arbetsgivarna upplever att samverkan fungerar väl', 2], ['Minst 10 praktikplatser har förmedlats', 2], ['En arbetsgivarträff genomförs per halvår', 2]]],
    ['Samverkan sker med civilsamhället', [['3 goda exempel på samverkan med civilsamhället', 3], ['Föreningar medverkar i minst två plattformar', 2], ['Civilsamhällets organisationer bjuds in till revisionsseminariet', 2], ['Brukarorganisationer deltar i planeringen', 2]]],
    ['Kunskap om samverkan sprids', [['Förbundet håller minst fyra kunskapsseminarier', 3], ['Medlemmarnas politiker får en årlig redovisning', 2], ['Resultaten publiceras på förbundets webbplats', 2], ['Medarbetare från alla parter deltar i gemensam kompetensutveckling', 2]]],
  ]],
  ['Deltagarnyttan', [
    ['Deltagarna upplever att stödet har gjort nytta', [['80 % av deltagarna svarar ja på att stödet har gjort nytta', 3], ['Deltagarna upplever att de blivit bemötta med respekt', 2], ['Deltagarna rekommenderar insatsen till andra', 2]]],
    ['Deltagarna är delaktiga i sin planering', [['Samtliga deltagare har en individuell plan inom fyra veckor', 3], ['Deltagarna har själva formulerat sina mål', 2], ['Deltagarna har fått information om sina rättigheter', 2]]],
    ['Deltagarnas hälsa och livssituation har förbättrats', [['Deltagarna skattar sin hälsa högre vid avslut än vid start', 3], ['Deltagarnas ekonomiska situation har stabiliserats', 2], ['Deltagarna har ett socialt nätverk vid avslut', 2]]],
    ['Deltagarna kommer närmare arbetsmarknaden', [['Deltagarnas arbetsförmåga har ökat enligt bedömningen vid avslut', 3], ['Deltagarna har genomfört minst en arbetsträning', 2]]],
    ['Deltagarna får stöd utan väntetid', [['Väntetiden till första samtal är högst 14 dagar', 2], ['Ingen deltagare avslutas utan planerad fortsättning', 2]]],
  ]],
  ['Samordning', [
    ['Insatserna är samordnade mellan parterna', [['Deltagarna har en gemensam planering med minst två parter', 2], ['Överlämningar mellan parterna sker utan avbrott', 1], ['Parterna använder en gemensam kartläggning', 1]]],
    ['Cheferna leder samverkan tydligt', [['Cheferna upplever att ledningen av samverkan fungerar', 2], ['Chefsgruppen träffas minst fyra gånger per år', 1], ['Cheferna följer upp plattformarnas mål', 1]]],
    ['Styrgrupperna styr plattformarna', [['Styrgrupperna har fastställt en verksamhetsplan', 2], ['Styrgrupperna följer upp ekonomin varje tertial', 1], ['Styrgrupperna deltar i revisionsseminariet', 1]]],
    ['Samordningsteamen i kommunerna fungerar', [['Samordningsteamen har gemensamma rutiner', 2], ['Samordningsteamen träffas regelbundet', 1], ['Samordningsteamen delar metoder med varandra', 1]]],
    ['Den sociala redovisningen används', [['Social budget och socialt bokslut tas fram i tid', 2], ['Intressenterna deltar i revisionsseminariet', 1], ['Synpunkterna från revisionen beaktas i nästa sociala budget', 1]]],
  ]],
  ['Medarbetarnöjdhet', [
    ['Medarbetarna trivs i plattformarna', [['80 % av medarbetarna svarar ja på att de trivs på arbetet', 3], ['Medarbetarna upplever att arbetsbelastningen är rimlig', 3], ['Sjukfrånvaron bland medarbetarna är låg', 2]]],
    ['Medarbetarna har goda förutsättningar att samverka', [['Samtliga medarbetare har haft medarbetarsamtal', 3], ['Medarbetarna upplever stöd från sin chef', 3], ['Medarbetarna har tillgång till handledning', 2]]],
    ['Medarbetarna utvecklas i sitt arbete', [['Medarbetarna har deltagit i gemensam kompetensutveckling', 3], ['Medarbetarna upplever att deras kunskap tas tillvara', 3], ['Nya medarbetare får en introduktion', 2]]],
  ]],
];

function otherArea([name, goals]: (typeof OTHER_AREAS)[number], areaNumber: number): SocialBudgetArea {
  return {
    name,
    targetShare: AREA_TARGETS_2022.find((target) => target.area === name)?.share,
    goals: goals.map(([text, indicators], g) => ({
      code: `${areaNumber}.${g + 1}`,
      text,
      indicators: indicators.map(([indicatorText, weight], i) => invented(`${areaNumber}.${g + 1}.${i + 1}`, indicatorText, weight)),
    })),
  };
}

const SOURCE =
  'Samordningsförbundet Umeåregionen, verksamhetsplan med budget (underlag 003): Tabell 1 (5 målområden, 21 mål, 70 indikatorer: 3/12, 5/21, 5/13, 5/15, 3/9), ' +
  'målandelarna 40/25/15/10/10 % och styrelsens viktning 2022, 39/24/15/10/12 %. Vikterna är valda så att målområdena får 78/48/30/20/24 av 200. ' +
  'Målen 1.1–1.3 och indikatorerna 1.1.1, 1.2.1–1.2.3 och 1.3.1–1.3.6 följer underlagets avsnitt 7.1–7.3; övriga mål- och indikatortexter är påhittade (kolumnen Påhittad). ' +
  'Budget före året: utfallen är inte ifyllda.';

/** @example recalculated: area shares 39/24/15/10/12 %, FINSAM.WEIGHTSOK TRUE (seed 003, 2022). */
export function socialBudgetStructure2022(): SocialBudgetModel {
  return {
    year: 2022,
    areas: [memberBenefit(), ...OTHER_AREAS.map((area, index) => otherArea(area, index + 2))],
    targetIndex: 70,
    source: SOURCE,
  };
}
