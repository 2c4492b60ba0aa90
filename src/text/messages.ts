/**
 * Every Swedish text the user sees, as named functions of the details (STYLE.md rule 8).
 * Positions are counted from 1 inside the argument, as FUNCTIONS.md asks.
 */
import { formatSwedishNumber as n, formatSwedishPercent as pct, MAX_AMOUNT } from '../domain/swedish-number';

/** What the user calls each kind of argument, used as "Vikt nr 3". */
export const labels = {
  weight: 'Vikt',
  achieved: 'Uppnådd',
  area: 'Målområde',
  targetArea: 'Målområde med målandel',
  targetShare: 'Målandel',
  tolerance: 'Toleransen',
  outcome: 'Utfallet',
  target: 'Målvärdet',
  comparison: 'Jämförelsen',
  total: 'Beloppet att fördela',
  part: 'Del',
  decimals: 'Antalet decimaler',
  stateAllocation: 'Statens tilldelning',
  member: 'Medlemmen',
  population: 'Befolkning',
  populationOfMember: 'Medlemmens befolkning',
  allocation: 'Tilldelningen',
  stepFrom: 'Trappsteg (från tkr)',
  stepShare: 'Trappsteg (högsta andel)',
  budget: 'Budgeten',
  deviationShare: 'Andelsgränsen',
  deviationAmount: 'Beloppsgränsen',
  positive: 'Antal med positivt resultat',
  finished: 'Antal avslutade',
  days: 'Dagar',
  degree: 'Ersättningsgrad',
  daysPerYear: 'Dagar per år',
  fye: 'Helårsekvivalenter',
  previous: 'Föregående värde',
  current: 'Nuvarande värde',
  mode: 'Läget',
  interest: 'Intresset',
  influence: 'Inflytandet',
  scale: 'Skalan',
  near: 'Nära målet-faktorn',
  targetIndex: 'Målindex',
} as const;

export type Label = (typeof labels)[keyof typeof labels];

/** "Vikt nr 3" for a cell of a range, or just "Toleransen" for a single value. */
export function item(label: Label, position?: number): string {
  return position === undefined ? label : `${label} nr ${position}`;
}

/** The weight rule in words (DOMAIN.md §3), the one phrasing every message uses. */
export const weightScaleRule = (scale: number) => `en vikt ska vara ett heltal 1–${scale}`;

/** "1 cell", "3 celler". */
const cells = (count: number) => (count === 1 ? '1 cell' : `${count} celler`);

function shown(value: unknown): string {
  if (typeof value === 'number') return n(value);
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (typeof value === 'string') return `"${shortened(value)}"`;
  if (value === null || value === undefined) return 'tom';
  return String(value);
}

/** A cell's text as a message quotes it: at most 60 characters, so a 1 MB cell gives a short message. */
function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export const messages = bounded({
  notANumber: (what: string, value: unknown) =>
    typeof value === 'number'
      ? `${what} är ${shown(value)}, vilket inte är ett giltigt tal här (högst 10^${Math.log10(MAX_AMOUNT)} till beloppet).`
      : `${what} är ${shown(value)}; det ska vara ett tal.`,
  missing: (what: string) => `${what} saknas; fyll i ett värde.`,
  notWhole: (what: string, value: number, min: number, max: number) =>
    `${what} är ${n(value)}; det ska vara ett heltal ${n(min)}–${n(max)}.`,
  weightOutOfScale: (position: number | undefined, value: unknown, scale: number) =>
    `${item(labels.weight, position)} är ${shown(value)}; ${weightScaleRule(scale)}.`,
  weightMissing: (position: number) =>
    `${item(labels.weight, position)} saknas men raden har ett värde i Uppnådd; fyll i vikten eller töm raden.`,
  achievedUnknown: (position: number | undefined, value: unknown) =>
    `${item(labels.achieved, position)} är ${shown(value)}; skriv ja/nej, SANT/FALSKT eller 1/0.`,
  // "Tilldelningen är -1; den får inte vara negativ": a one-word en-noun (definite, -en/-an) takes "den".
  negative: (what: string, value: number) =>
    /^\p{Lu}\p{Ll}+[ea]n$/u.test(what) ? `${what} är ${n(value)}; den får inte vara negativ.` : `${what} är ${n(value)}; det får inte vara negativt.`,
  notPositive: (what: string, value: number) => `${what} är ${n(value)}; det ska vara större än noll.`,
  notAFraction: (what: string, value: number) =>
    `${what} är ${n(value)}; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).`,
  notText: (what: string, value: unknown) => `${what} är ${shown(value)}; det ska vara en text.`,
  unequalSizes: (first: string, firstCount: number, second: string, secondCount: number) =>
    `${first} har ${cells(firstCount)} men ${second} har ${cells(secondCount)}; områdena ska vara lika stora.`,
  notASingleValue: (position: number, rows: number, columns: number) =>
    `Argument nr ${position} är ett område med ${rows} × ${columns} celler; ange ett enda värde.`,
  areaWithoutRows: (area: string) => `Målområdet "${area}" finns inte bland målområdena.`,
  areaRequiresAreas: () => 'Ett målområde är angivet men inget område med målområden; ange båda eller inget.',
  areaNotInTargets: (position: number, area: string) =>
    `${item(labels.area, position)} "${area}" saknar målandel; lägg till det bland målområdena med målandel.`,
  duplicateTargetArea: (position: number, area: string) =>
    `${item(labels.targetArea, position)} "${area}" står två gånger; varje målområde ska ha en målandel.`,
  targetSharesSum: (sum: number, slack: number) =>
    `Målandelarna summerar till ${pct(sum, 3)}; de ska summera till 100 % (1,0), med högst ${n(slack * 100)} procentenheters avvikelse.`,
  noWeights: () => 'Det finns ingen vikt att räkna med (maximalt Impactvärde 0); Impactindex kan inte beräknas.',
  noTargets: () => 'Det finns inga målområden med målandel.',
  comparisonUnknown: (value: unknown) =>
    `${labels.comparison} är ${shown(value)}; använd >=, >, <=, < eller =.`,
  partsSumZero: (what: string) => `Summan av ${what.toLowerCase()} är 0; det går inte att fördela (division med noll).`,
  partNotInParts: (value: number) => `Delen ${n(value)} finns inte bland delarna; den ska vara en av dem.`,
  partAmbiguous: (value: number) =>
    `Delen ${n(value)} finns flera gånger bland delarna och avrundas olika; använd FINSAM.SHARES för hela fördelningen.`,
  memberUnknown: (value: unknown) =>
    `${labels.member} är ${shown(value)}; skriv stat (eller FK, Försäkringskassan), region (eller landsting) eller kommun.`,
  populationNeeded: () => 'En kommuns andel kräver befolkning och befolkningar (arbetsför befolkning per kommun).',
  stepsNotSorted: (position: number) =>
    `${item(labels.stepFrom, position)} är inte större än steget före; trappan ska vara sorterad efter "från".`,
  stepsEmpty: () => 'Trappan har inga steg.',
  stepsShape: (columns: number) =>
    `Trappan har ${columns === 1 ? '1 kolumn' : `${columns} kolumner`}; den ska ha två: tilldelning från (tkr) och högsta andel.`,
  belowFirstStep: (allocation: number, from: number) =>
    `Tilldelningen ${n(allocation)} tkr ligger under trappans första steg (från ${n(from)} tkr).`,
  equityOverCap: (equity: number, cap: number, share: number, allocation: number) =>
    `Eget kapital ${n(equity, 0)} tkr överstiger trappans tak ${n(cap, 0)} tkr (${pct(share, 1)} av ${n(allocation, 0)}) med ${n(equity - cap, 0)} tkr.`,
  partOverWhole: (position: number, part: number, whole: number) =>
    `Rad nr ${position}: ${n(part)} med positivt resultat är fler än ${n(whole)} avslutade.`,
  countMissing: (what: string, position: number) =>
    `${item(what as Label, position)} saknas men raden har ett värde i det andra området; fyll i båda eller töm raden.`,
  noFinished: () => 'Summan av avslutade är 0; andelen kan inte beräknas (division med noll).',
  daysPerYearZero: () => 'Dagar per år är 0; helårsekvivalenter kan inte beräknas (division med noll).',
  populationZero: () => 'Befolkningen är 0; andelen kan inte beräknas (division med noll).',
  previousZero: () => 'Föregående värde är 0; en relativ förändring kan inte beräknas (division med noll). Använd "pp".',
  modeUnknown: (value: unknown) => `${labels.mode} är ${shown(value)}; skriv "relativ" (standard) eller "pp" (procentenheter).`,
  scaleTooSmall: (value: number) => `${labels.scale} är ${n(value)}; den ska vara ett heltal från 2.`,
  statedTotalDiffers: (what: string, stated: number, computed: number, parts: string) =>
    `${what} anges till ${n(stated)} men blir ${n(computed)} (${parts}); skillnad ${n(stated - computed)}.`,
  notFinite: () => 'Resultatet blir för stort eller för litet för Excel (över cirka 1,8 × 10^308); kontrollera indata.',
  impossibleRate: (stated: number, whole: number) =>
    `Andelen ${pct(stated, 1)} av ${n(whole)} går inte att få med hela antal; den ligger troligen på ett medelvärde av andelar.`,
  nearOutOfRange: (value: number) =>
    `${labels.near} är ${n(value)}; den ska vara en andel större än 0 och högst 1 (t.ex. 0,95 för inom 5 % av målvärdet).`,
  targetIndexOutOfRange: (value: number) => `${labels.targetIndex} är ${n(value)}; det ska vara ett tal 0–100.`,
  statedRateDiffers: (where: string | undefined, stated: number, decimals: number, count: number, base: number, rate: number) =>
    `${where ? `${where}: ` : ''}andelen ${pct(stated, decimals)} följer inte av ${n(count)} av ${n(base)}, som ger ${pct(rate, decimals)}; rätta andelen eller antalen.`,
  countOverBase: (where: string | undefined, count: number, base: number) =>
    `${where ? `${where}: ` : ''}antalet ${n(count)} är fler än de ${n(base)} det räknas av; rätta antalen.`,
  countBaseZero: (where: string | undefined, count: number) =>
    `${where ? `${where}: ` : ''}${n(count)} av 0 ger ingen andel (division med noll); rätta antalen.`,
} as const);

/** The social annual report's prose (DOMAIN.md §7), built from figures the caller has checked. */
export const socialReportTexts = {
  /** "Målet för året var Impact Index 70. Utfallet blev 33 av … Impact Index 87 är 17 indexpunkter bättre resultat än budgeterat." */
  areaSentence: (targetIndex: number, impactValue: number, maximum: number, index: number, difference: number, whole: boolean) => {
    const points = Math.abs(difference) === 1 ? 'indexpunkt' : 'indexpunkter';
    const verdict =
      difference === 0
        ? 'samma resultat som budgeterat'
        : `${n(Math.abs(difference))} ${points} ${difference > 0 ? 'bättre' : 'sämre'} resultat än budgeterat`;
    return (
      `Målet för året var Impact Index ${n(targetIndex)}. ` +
      `Utfallet blev ${n(impactValue)} av det maximalt möjliga indexvärdet ${n(maximum)}. ` +
      `Måluppfyllelsen ${whole ? 'för förbundet som helhet' : 'för målområdet'} blev således ${n(index)} %. ` +
      `Impact Index ${n(index)} är ${verdict}.`
    );
  },
} as const;

/**
 * The rule set's settings as FINSAM-regler and the rules form show them: a label (the words the
 * reader finds the row by) and an explanation (src/domain/rule-set.ts holds their bounds).
 */
export const settingTexts = {
  year: { label: 'År', explanation: 'Året reglerna gäller.' },
  tolerance: { label: 'Tolerans för viktregeln', explanation: 'Tillåten avvikelse per målområde från målandelen (0,05 = ±5 procentenheter).' },
  weightScale: { label: 'Högsta vikt', explanation: 'Vikterna är heltal från 1 till detta värde.' },
  targetIndex: { label: 'Målindex (Impactindex)', explanation: 'Impactindex som ska nås ("slå sitt index"); 70 betyder att 70 % av målen ska nås.' },
  deviationShare: { label: 'Avvikelse att förklara, andel', explanation: 'En budgetrads avvikelse ska förklaras när den är minst denna andel av budgeten …' },
  deviationAmount: { label: 'Avvikelse att förklara, belopp (tkr)', explanation: '… och samtidigt minst detta belopp.' },
  fyeGoal: {
    label: 'Mål för helårsekvivalenter (förändring)',
    explanation: 'Andelen helårsekvivalenter av arbetsför befolkning ska förändras med högst detta (−1 % = minska med 1 %).',
  },
  fyeMode: { label: 'Förändringen mäts', explanation: '"relativ" (förändring i procent) eller "pp" (procentenheter).' },
  positiveTarget: { label: 'Mål positiv lösning', explanation: 'Andel av de avslutade som ska ha gått vidare till en positiv lösning.' },
  workTarget: { label: 'Mål arbete (varav)', explanation: 'Andel som ska ha gått vidare till arbete.' },
  studiesTarget: { label: 'Mål studier (varav)', explanation: 'Andel som ska ha gått vidare till studier.' },
  varavBase: { label: 'Bas för varav', explanation: '"positiv lösning" (de med positiv lösning) eller "alla avslutade".' },
  nearFactor: {
    label: 'Nära målet',
    explanation:
      'En indikator som inte nått målet är "Nära målet" när utfallet är minst denna andel av målvärdet (0,95: inom 5 % av målet, t.ex. 79 % mot målet 80 %). Bara Uppnått räknas i Impactindex.',
  },
  adminCostShare: {
    label: 'Administrationskostnader, högsta andel',
    explanation: 'Raderna för administration (Administration, Förbundsadministration, Kansli) får vara högst denna andel av Summa kostnader.',
  },
} as const;

/** The words a choice setting is written with on FINSAM-regler. */
export const settingWords = {
  fyeMode: { relative: 'relativ', pp: 'pp' },
  varavBase: { positive: 'positiv lösning', finished: 'alla avslutade' },
} as const;

/**
 * Findings of the sheet checks (`finsam check`, the validation panel), one block per sheet kind.
 * Each takes the numbers it reports; the caller adds the sheet and cell.
 */
export const findingMessages = bounded({
  // -- budget --
  budgetNoHeader: () => 'Hittar ingen rubrikrad "Budget" med år (2021, 2022 …) i kolumn A–B; bladet kan inte läsas som en budget.',
  budgetMissingRow: (label: string) => `Hittar ingen rad "${label}"; bladet kan inte läsas som en budget.`,
  budgetNotAnAmount: (label: string, year: number, value: unknown) =>
    `"${label}" ${year} är ${typeof value === 'string' ? `"${value}"` : String(value)}, inte ett belopp i tkr.`,
  budgetNoYears: (heading: string, cell: string) =>
    `Hittar inga år (2021, 2022 …) ovanför "${heading}" i ${cell}; skriv åren överst i beloppskolumnerna så kan bladet läsas som en budget.`,
  budgetYearsExpected: (found: unknown, cell: string) =>
    `I ${cell} står ${typeof found === 'string' ? `"${found}"` : String(found)} där åren (2021, 2022 …) ska stå ovanför beloppen; bladet kan inte läsas som en budget.`,
  budgetYearTwice: (year: number, first: string, second: string) =>
    `Året ${year} står både i ${first} och i ${second}; varje år ska ha en kolumn. Bladet kan inte läsas som en budget.`,
  budgetMissingRowAfter: (label: string, after: string, cell: string) =>
    `Hittar ingen rad "${label}" efter "${after}" i ${cell}; bladet kan inte läsas som en budget.`,
  budgetMemberKindUnclear: (label: string) =>
    `"${label}" står bland intäkterna men namnet säger inte om det är staten, regionen eller en kommun; raden räknas som övrig intäkt, utanför 50/25/25. Är det en medlem: skriv "kommun", "stad" eller "Region" i namnet, eller ta med kommunen i tabellen Arbetsför befolkning.`,
  budgetStateMissing: () => 'Hittar ingen rad för staten (Försäkringskassan) bland intäkterna; fördelningen 50/25/25 kan inte kontrolleras.',
  municipalPartTypedOver: (name: string, year: number, typed: number, share: number) =>
    `${name} ${year} är ${n(typed)} tkr, inskrivet i stället för formeln, men befolkningen ger ${n(share)} tkr (största rest).`,
  municipalPartsDiffer: (year: number, sum: number, half: number, state: number) =>
    `Kommunernas delar ${year} summerar till ${n(sum)} tkr men ska vara ${n(half)} tkr, hälften av statens ${n(state)} tkr (50/25/25).`,
  regionPartDiffers: (year: number, region: number, half: number, state: number) =>
    `Regionens del ${year} är ${n(region)} tkr men ska vara ${n(half)} tkr, hälften av statens ${n(state)} tkr (50/25/25).`,
  budgetTotalDiffers: (label: string, year: number, stated: number, computed: number) =>
    `${label} ${year} är ${n(stated)} tkr men raderna den sammanfattar ger ${n(computed)} tkr; skillnad ${n(stated - computed)} tkr.`,
  openingEquityDiffers: (year: number, opening: number, previousClosing: number) =>
    `Eget kapital vid årets början ${year} är ${n(opening)} tkr men föregående års slut är ${n(previousClosing)} tkr.`,
  equityOverCapInYear: (year: number, finding: string) => `${year}: ${finding}`,
  populationSharesSum: (sum: number) =>
    `Befolkningsandelarna i kommunraderna summerar till ${n(sum, 2)} %; de ska summera till 100 %.`,
  adminCostsOver: (lines: readonly string[], admin: number, costs: number, limit: number, year?: number) =>
    `${lines.map((line) => `"${shortened(line)}"`).join(' och ')}${year === undefined ? '' : ` ${year}`} är ${n(admin)} tkr av kostnaderna ${n(costs)} tkr, ${pct(admin / costs, 1)}; administrationen får vara högst ${pct(limit, 1)} (FINSAM-regler).`,
  // -- social budget --
  socialBudgetNoTable: (missing: string) =>
    `Hittar ingen rubrikrad med ${missing}; bladet kan inte läsas som en social budget.`,
  socialBudgetColumnsMissing: (row: number, found: string, missing: string) =>
    `Tabellen på rad ${row} har ${found} men saknar ${missing}; byt rubrikerna till FINSAM:s ord så kan bladet läsas som en social budget.`,
  indicatorWeightMissing: (code: string, scale: number) =>
    `Indikator ${code} saknar vikt (${weightScaleRule(scale)}); fyll i vikten eller töm raden.`,
  indicatorWeightOffScale: (code: string, value: unknown, scale: number) =>
    `Indikator ${code} har vikten ${shown(value)}; ${weightScaleRule(scale)}.`,
  indicatorAreaMissing: (code: string) => `Indikator ${code} saknar målområde; fyll i vilket målområde den hör till.`,
  indicatorAchievedUnknown: (code: string, value: unknown) =>
    `Uppnådd för indikator ${code} är ${shown(value)}; skriv ja/nej, SANT/FALSKT eller 1/0, eller lämna tomt om utfallet saknas.`,
  indicatorNamed: (code: string) => `Indikator ${code}`,
  indicatorCountsInOutcome: (code: string, shownError: string, count: number, base: number) =>
    `Uppnådd för indikator ${code} visar ${shownError} eftersom Utfall är skrivet som antal; skriv =${count}/${base} i Utfall, eller antalen i kolumnerna Antal och Av, så räknar bladets Impactindex med indikatorn.`,
  indicatorCountUnreadable: (code: string, column: string, value: unknown) =>
    `${column} för indikator ${code} är ${shown(value)}; det ska vara ett heltal 0 eller större (som i "117 av 133": Antal 117, Av 133).`,
  indicatorComparisonUnknown: (code: string, value: unknown) =>
    `Jämförelsen för indikator ${code} är ${shown(value)}; använd >=, >, <=, < eller =.`,
  statedMaximumDiffers: (stated: number, sum: number) =>
    `Angivet maximalt Impactvärde är ${n(stated)} men vikterna summerar till ${n(sum)}; skillnad ${n(stated - sum)}.`,
  statedImpactValueDiffers: (stated: number, computed: number) =>
    `Angivet Impactvärde är ${n(stated)} men de uppnådda indikatorernas vikter summerar till ${n(computed)}; skillnad ${n(stated - computed)}.`,
  summaryOverwritten: (label: string, value: number, computed: number) =>
    `${label} visar ${n(value, 2)} men tabellen ger ${n(computed, 2)}; formeln har troligen skrivits över.`,
  areaShareOutside: (area: string, share: number, target: number, tolerance: number) =>
    `${area} har ${pct(share, 1)} av vikterna; målet är ${pct(target, 1)} ± ${n(tolerance * 100, 1)} procentenheter.`,
  areaWithoutTarget: (area: string) =>
    `Målområdet "${area}" saknar målandel; ange den bland målandelarna på bladet eller på bladet FINSAM-regler.`,
  areaTargetDiffersFromRules: (area: string, share: number, ruleShare: number) =>
    `Målandelen för ${area} är ${pct(share, 1)} här men ${pct(ruleShare, 1)} på bladet FINSAM-regler.`,
  socialBudgetSettingMissing: (label: string, fallback: number) =>
    `"${label}" saknas på bladet; värdet ${n(fallback)} från FINSAM-regler används.`,
  // -- follow-up --
  followUpHeaderMissing: () =>
    'Hittar ingen rubrikrad med "Post", "Budget" och "Prognos" (eller "Utfall"); bladet kan inte läsas som en uppföljning.',
  followUpLabelMissing: (label: string) => `Hittar ingen cell "${label}"; bladet kan inte läsas som en uppföljning.`,
  followUpAmountsWithoutLabel: (row: number) => `Rad ${row} har belopp men ingen post; skriv postens namn eller töm raden.`,
  followUpLineOutsideParts: (label: string) =>
    `Posten "${label}" står före raderna "Intäkter" och "Kostnader"; flytta den under rätt rubrik.`,
  followUpDeviationUnexplained: (label: string, deviation: number, budget: number, share: number, amount: number) =>
    `Avvikelsen för "${label}" är ${n(deviation)} tkr mot budgeten ${n(budget)} tkr och ska förklaras (minst ${pct(share, 1)} av budgeten och minst ${n(amount)} tkr); skriv en förklaring.`,
  followUpOpeningEquityAssumed: (assumed: number, actual: number) =>
    `Budgeten antog eget kapital vid årets början till ${n(assumed)} tkr; årsbokslutet gav ${n(actual)} tkr (${actual > assumed ? '+' : ''}${n(actual - assumed)} tkr). Uppföljningen räknar med ${n(actual)} tkr.`,
  // -- participants --
  participantsHeaderMissing: () =>
    'Hittar ingen rubrikrad med "Plattform", "Kön", "Avslutade", "Positiv lösning", "Varav arbete" och "Varav studier"; bladet kan inte läsas som deltagarstatistik.',
  participantsLabelMissing: (label: string) => `Hittar ingen cell "${label}"; bladet kan inte läsas som deltagarstatistik.`,
  participantsPlatformMissing: (row: number) => `Rad ${row} har antal men ingen plattform; skriv plattformens namn eller töm raden.`,
  participantsCountNotWhole: (what: string, value: number) => `${what} är ${n(value)}; ett antal ska vara ett heltal, 0 eller fler.`,
  participantsGenderUnknown: (value: unknown) => `Kön är ${shown(value)}; skriv Kvinnor eller Män.`,
  participantsVaravBaseUnknown: (value: string) =>
    `Bas för varav är "${value}"; skriv "positiv lösning" (andel av dem med positiv lösning) eller "alla avslutade".`,
  participantsPositiveOverFinished: (row: string, positive: number, finished: number) =>
    `${row}: ${n(positive)} med positiv lösning är fler än ${n(finished)} avslutade.`,
  participantsVaravOverPositive: (row: string, work: number, studies: number, positive: number) =>
    `${row}: ${n(work)} till arbete och ${n(studies)} till studier är tillsammans fler än ${n(positive)} med positiv lösning.`,
  participantsRateImpossible: (platform: string, rate: number, whole: number, nearest: number) =>
    `${platform}: andelen ${pct(rate, 4)} av ${n(whole)} avslutade går inte att få med hela antal; närmast är ${n(nearest)} av ${n(whole)} = ${pct(nearest / whole, 1)}. Andelen bygger troligen på ett medelvärde av andelar; räkna den som summan av antalen.`,
  participantsRateTruncated: (platform: string, rate: number, whole: number, count: number) =>
    `${platform}: andelen ${pct(rate, 4)} av ${n(whole)} avslutade går inte att få med avrundning; ${n(count)} av ${n(whole)} = ${pct(count / whole, 1)} ger ${pct(rate, 4)} bara om andelen har kortats av i stället för avrundats.`,
  // -- full-year equivalents --
  fyeHeaderMissing: () =>
    'Hittar ingen rubrikrad med "Kommun" och "Helårsekvivalenter" för två år (t.ex. "Helårsekvivalenter 2021" och "Helårsekvivalenter 2022"); bladet kan inte läsas som helårsekvivalenter.',
  fyeLabelMissing: (label: string) => `Hittar ingen cell "${label}"; bladet kan inte läsas som helårsekvivalenter.`,
  fyeMunicipalityMissing: (row: number) => `Rad ${row} har tal men ingen kommun; skriv kommunens namn eller töm raden.`,
  fyeShareDiffers: (what: string, municipality: string, shown: number, computed: number) =>
    `${what} för ${municipality} visar ${pct(shown, 3)} men helårsekvivalenterna och befolkningen ger ${pct(computed, 3)}.`,
  fyeMetDiffers: (municipality: string, shown: boolean, change: number, goal: number) =>
    `Mål uppnått för ${municipality} visar ${shown ? 'SANT' : 'FALSKT'}, men förändringen ${pct(change, 2)} ${shown ? 'når inte' : 'når'} målet ${pct(goal, 2)}.`,
  // -- stakeholders --
  stakeholdersHeaderMissing: () =>
    'Hittar ingen rubrikrad med "Intressent", "Intresse" och "Inflytande"; bladet kan inte läsas som en intressentanalys.',
  stakeholdersLabelMissing: (label: string) => `Hittar ingen cell "${label}"; bladet kan inte läsas som en intressentanalys.`,
  stakeholdersNameMissing: (row: number) => `Rad ${row} har skattningar men ingen intressent; skriv intressentens namn eller töm raden.`,
  stakeholdersImportanceDiffers: (name: string, shown: number, interest: number, influence: number) =>
    `Betydelseindex för ${name} visar ${n(shown)} men intresse ${n(interest)} + inflytande ${n(influence)} är ${n(interest + influence)}.`,
  stakeholdersQuadrantDiffers: (name: string, shown: string, computed: string) =>
    `Dialogmatrisen för ${name} visar "${shown}" men intresse och inflytande ger "${computed}".`,
  // -- rules --
  rulesNoTable: () => 'Hittar ingen rubrikrad "Inställning" och "Värde"; bladet kan inte läsas som FINSAM-regler.',
  ruleSettingMissing: (label: string, fallback: string) => `Inställningen "${label}" saknas; standardvärdet ${fallback} används.`,
  ruleTableMissing: (table: string) => `Tabellen "${table}" saknas på bladet FINSAM-regler; standardvärdena används.`,
  ruleVaravBaseUnknown: (value: unknown) => `Bas för varav är ${shown(value)}; skriv "positiv lösning" eller "alla avslutade".`,
  ruleOutOfRange: (label: string, value: number, min: number, max: number) =>
    `${label} är ${n(value)}; värdet ska ligga mellan ${n(min)} och ${n(max)}.`,
  ruleTargetShareMissing: (area: string) => `Målområdet "${area}" saknar målandel; fyll i en andel 0–1 (0,4 för 40 %).`,
  // -- workbook files --
  fileNotFound: (file: string) => `Filen ${file} finns inte; kontrollera namnet och mappen.`,
  fileUnreadable: (file: string, reason: string) => `Filen ${file} går inte att läsa (${reason}).`,
  fileSystemReason: (code: string | undefined) =>
    code === 'EACCES' || code === 'EPERM' ? 'åtkomst nekad' : code === 'EISDIR' ? 'det är en mapp' : code === 'ENOENT' ? 'mappen finns inte' : (fileSystemReasons[code ?? ''] ?? `okänt fel i filsystemet${code ? `, ${code}` : ''}`),
  notXlsx: (file: string) => `${file} är inte en Excel-arbetsbok (.xlsx); spara den från Excel som "Excel-arbetsbok (*.xlsx)".`,
  oldXls: (file: string) =>
    `${file} är en äldre Excel-fil (.xls, Excel 97–2003); öppna den i Excel och spara som "Excel-arbetsbok (*.xlsx)".`,
  encrypted: (file: string) =>
    `${file} är lösenordsskyddad och går inte att läsa; ta bort lösenordet i Excel (Arkiv > Info > Skydda arbetsbok) och spara igen.`,
  corrupt: (file: string) => `${file} är skadad eller ofullständig och går inte att läsa; spara en ny kopia från Excel.`,
  corruptCell: (file: string, cell: string, stored: string, why: string) =>
    `${file} är skadad: cellen ${cell} har värdet "${stored}" som inte går att läsa (${corruptWhy(why)}); öppna filen i Excel, låt Excel reparera den och spara en ny kopia.`,
  fileTooLarge: (file: string, megabytes: number, limit: number) =>
    `${file} är ${n(megabytes, 1)} MB; finsam läser arbetsböcker på högst ${n(limit, 1)} MB.`,
  tooManyCells: (file: string, limit: number) => `${file} har fler än ${n(limit)} ifyllda celler; så stora arbetsböcker läser finsam inte.`,
  fileNotWritten: (file: string, reason: string) => `${file} gick inte att skriva (${reason}); en fil som redan fanns är orörd.`,
  planNotWritten: (reason: string) => `Arbetsboken gick inte att skapa (${reason}). Detta är ett fel i FINSAM, rapportera det gärna.`,
  tableHeaderDiffers: (table: string, cell: string, found: string, column: string) =>
    `Tabellen ${table}: rubriken i ${cell} är "${found}" men kolumnen heter "${column}".`,
  chartInvalid: (sheet: string, chart: string, reason: string) => `Diagrammet "${chart}" på bladet ${sheet} går inte att rita: ${reason}.`,
  tableColumnRepeated: (table: string, column: string) => `Tabellen ${table} har kolumnen "${column}" två gånger; kolumnnamnen ska vara olika.`,
  sheetNotChecked: (sheet: string, reason: string) =>
    `Bladet ${sheet} gick inte att kontrollera (${reason}). Detta är ett fel i FINSAM, rapportera det gärna.`,
  severity: (isError: boolean) => (isError ? 'fel' : 'varning'),
  checkSummary: (file: string, errors: number, warnings: number, sheets: number, recognised: number) =>
    `${file}: ${errors + warnings === 0 ? 'inga fel eller varningar' : [errors ? `${n(errors)} fel` : '', warnings ? `${n(warnings)} ${warnings === 1 ? 'varning' : 'varningar'}` : ''].filter(Boolean).join(' och ')}; ${n(sheets)} blad, varav ${n(recognised)} FINSAM-blad.`,
  recalculatedSheet: (sheet: string, cells: number) =>
    `${sheet}: sparad utan tillägget: värdena är omräknade (${n(cells)} ${cells === 1 ? 'cell' : 'celler'})`,
  tooDeepForEngine: (cell: string, operators: number, kept: boolean) =>
    `${cell}: formeln har ${n(operators)} operatorer och parenteser i följd, fler än den inbyggda motorn klarar (Excel klarar den), och räknades inte om; ${kept ? 'värdet som sparades i filen används' : 'cellen visar #ERROR! tills filen räknas om i Excel'}.`,
  notRecalculated: (file: string, reason: string) =>
    `${file} gick inte att räkna om (${reason}); kontrollen bygger på de värden som sparades i filen.`,
  exampleUnknown: (name: string, known: readonly string[]) =>
    `Exemplet "${name}" finns inte; ${known.length ? `välj ett av: ${known.join(', ')}` : 'det finns inga exempel ännu'}.`,
  modelNotJson: (file: string, reason: string) => `${file} är inte giltig JSON (${reason}).`,
  modelShape: (file: string, problem: string) =>
    `${file} har inte formatet { "sheets": [{ "kind": "budget", "name": "…", "model": { … } }] }: ${problem}.`,
  kindUnknown: (position: number, kind: string, known: readonly string[]) =>
    `Blad nr ${position}: sorten "${kind}" finns inte; ${known.length ? `välj en av: ${known.join(', ')}` : 'inga bladsorter finns ännu'}.`,
  modelNotPlanned: (position: number, kind: string, reason: string) =>
    `Blad nr ${position} (${kind}): modellen gick inte att göra om till ett blad (${reason}).`,
  workbookWritten: (file: string, sheets: number) => `Skrev ${file} (${n(sheets)} blad).`,
  modelSheetsMissing: () => '"sheets" saknas eller är ingen lista med blad',
  modelSheetField: (position: number, field: string, expected: string) => `blad nr ${position}: "${field}" saknas eller är inte ${expected}`,
} as const);

/** The file-system codes beside EACCES, EISDIR and ENOENT, as a Swedish reason (findingMessages.fileSystemReason). */
const fileSystemReasons: Readonly<Record<string, string>> = {
  ENOSPC: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EROFS: 'filsystemet är skrivskyddat',
  ENOTDIR: 'en del av sökvägen är ingen mapp',
  ENAMETOOLONG: 'namnet är för långt',
  EEXIST: 'filen finns redan',
  EBUSY: 'filen används av ett annat program',
  ETXTBSY: 'filen används av ett annat program',
  EMFILE: 'för många öppna filer',
  ENFILE: 'för många öppna filer',
  ELOOP: 'för många symboliska länkar i sökvägen',
  EIO: 'läs- eller skrivfel på disken',
  EFBIG: 'filen blir för stor för filsystemet',
  EXDEV: 'filen ligger på en annan disk',
  ENXIO: 'ingen enhet finns bakom namnet',
};

/** What the command line (src/cli) says about its arguments, its output files and `finsam eval`'s limits. */
export const cliMessages = {
  unknownOption: (command: string, option: string) => `Okänd flagga ${option} för finsam ${command}; se finsam ${command} --help.`,
  optionValueMissing: (option: string) => `${option} behöver ett värde.`,
  outputNameMissing: () => 'Namnet på ut-filen saknas (en tom text); ange ett filnamn, t.ex. ut.xlsx.',
  inputNameMissing: () => 'Namnet på filen att läsa saknas (en tom text); ange arbetsboken eller modellen.',
  outputExists: (file: string) => `Filen ${file} finns redan; lägg till --force för att skriva över den, eller välj ett annat namn.`,
  overwriteQuestion: (file: string) => `Filen ${file} finns redan. Skriva över? (j/N) `,
  outputNotAFile: (file: string, what: string) => `${file} är ${what}, ingen vanlig fil; ange ett filnamn för arbetsboken.`,
  directory: 'en mapp',
  device: 'en enhet (som /dev/null)',
  pipe: 'en pipe eller socket',
  formulaTooLong: (length: number, limit: number) =>
    `Formeln har ${n(length)} tecken; Excel tillåter högst ${n(limit)} tecken i en formel. Dela upp den på flera celler.`,
  formulaTooDeep: (depth: number, limit: number) =>
    `Formeln har ${n(depth)} nivåer av parenteser inuti varandra; Excel tillåter högst ${n(limit)}. Dela upp den på flera celler.`,
  formulaUnparsable: (input: string, locale: 'en-US' | 'sv-SE') =>
    locale === 'en-US'
      ? `Formeln går inte att tolka: ${input}. Den läses som i engelsk Excel (komma mellan argument, decimalpunkt, SUM); skriven som i svensk Excel (semikolon, decimalkomma, SUMMA) behöver den --locale sv-SE.`
      : `Formeln går inte att tolka: ${input}. Den läses som i svensk Excel (--locale sv-SE: semikolon mellan argument, decimalkomma, SUMMA); skriven som i engelsk Excel (komma mellan argument) läses den utan --locale.`,
  formulaTooComplex: () => 'Formeln är för djupt nästlad för att räknas ut (fler nivåer än räknemotorn klarar); dela upp den på flera celler.',
  formulaTooManyCells: (range: string, cells: number, limit: number) =>
    `Formeln läser ${n(cells)} celler (med området ${range}); finsam eval räknar på ett tomt blad och läser högst ${n(limit)} celler. Skriv hela kolumner som A:C, hela rader som 1:10, eller ett mindre område.`,
  textTooLong: (limit: number) => `Texten blir för lång; en cell i Excel rymmer högst ${n(limit)} tecken.`,
  modelNumberOutOfRange: (position: number, kind: string, field: string, limit: string) =>
    `Blad nr ${position} (${kind}): fältet ${field} är ett tal utanför ±${limit}; ange ett tal som Excel kan räkna med.`,
  modelNumberAsText: (position: number, kind: string, field: string, text: string) =>
    `Blad nr ${position} (${kind}): fältet ${field} är texten "${text}", som inte är ett tal; skriv ett tal.`,
  modelNullNotAllowed: (position: number, kind: string, field: string) =>
    `Blad nr ${position} (${kind}): fältet ${field} är null; fyll i ett värde (eller ta bort fältet om det får saknas).`,
  sheetNameRepeated: (name: string) => `Bladnamnet "${name}" står två gånger (Excel skiljer inte på stora och små bokstäver); ge bladen olika namn.`,
} as const;

/** What the task pane says when it builds, reads or selects in a workbook (src/workbook/). */
export const workbookMessages = bounded({
  sheetExists: (sheet: string) =>
    `Bladet "${sheet}" finns redan. Välj att behålla det gamla bladet som kopia, eller ge det nya bladet ett annat namn.`,
  sheetNameInvalid: (sheet: string) =>
    `"${sheet}" kan inte vara namn på ett blad: ett bladnamn har 1–31 tecken, inga av tecknen : \\ / ? * [ ] och börjar eller slutar inte med apostrof.`,
  tableTaken: (table: string, sheet: string) =>
    `Tabellnamnet "${table}" används redan på bladet "${sheet}". Byt namn på den tabellen (Tabelldesign > Tabellnamn) och försök igen.`,
  tableNameIsDefined: (table: string) =>
    `Namnet "${table}" är redan ett definierat namn i arbetsboken, så ingen tabell kan heta så. Ta bort namnet (Formler > Namnhanteraren) och försök igen.`,
  workbookProtected: () =>
    'arbetsbokens struktur är skyddad, så inga blad kan läggas till eller byta namn. Ta bort skyddet (Granska > Skydda arbetsbok) och försök igen.',
  accessDenied: () =>
    'arbetsboken eller ett blad är skyddat, eller så är filen öppnad skrivskyddad. Ta bort skyddet (Granska > Ta bort skydd för blad, Skydda arbetsbok) eller öppna filen för redigering och försök igen.',
  editMode: () => 'Excel är i redigeringsläge: en cell redigeras just nu. Tryck Enter eller Esc i cellen och försök igen.',
  excelError: (code: string, detail: string) => `Excel svarade med ett fel (${code}${detail ? `: ${detail}` : ''}).`,
  engineError: (detail: string) => `den inbyggda arbetsboken svarade med ett fel (${detail}).`,
  buildFailed: (sheet: string, reason: string) => `Bladet "${sheet}" skapades inte: ${reason} Arbetsboken är som den var före försöket.`,
  buildFailedNotRestored: (sheet: string, reason: string, leftovers: readonly string[]) =>
    `Bladet "${sheet}" skapades inte: ${reason} Arbetsboken kunde inte återställas helt; kontrollera ${leftovers.join(' och ')}.`,
  leftoverSheet: (sheet: string) => `bladet "${sheet}" (ett halvfärdigt blad som kan tas bort)`,
  renamedSheet: (now: string, before: string) => `bladet "${now}" (hette "${before}")`,
  sheetMissing: (sheet: string) => `Bladet "${sheet}" finns inte i arbetsboken.`,
  cellInvalid: (cell: string) => `"${cell}" är ingen celladress (t.ex. B12).`,
} as const);

/** What the native export (finsam export, "Dela med styrelsen") says, and the sheet it adds. */
export const exportMessages = {
  conversionSheet: 'Konverterat',
  conversionColumns: ['Blad', 'Cell', 'Gammal formel', 'Ny formel', 'Anmärkning'],
  valueInstead: 'värde',
  nothingConverted: () => 'Arbetsboken hade inga FINSAM-formler; inget behövde skrivas om.',
  cellNote: (formula: string, reason: string) =>
    `Här stod ${formula}. Den gick inte att skriva om till en formel som fungerar utan FINSAM-tillägget (${reason}), så cellen har värdet som FINSAM räknade fram och räknas inte om.`,
  unparseable: () => 'formeln gick inte att tolka',
  tooDeep: (most: number) => `formeln har fler än ${n(most)} nivåer av parenteser i varandra, mer än Excel tillåter`,
  duplicateSheets: (file: string, first: string, second: string) =>
    `${file} har två blad vars namn bara skiljer sig i stora och små bokstäver: "${first}" och "${second}". Excel tillåter inte det och formler som pekar på bladen blir tvetydiga; byt namn på det ena bladet och exportera igen.`,
  unknownFunction: (name: string) => `FINSAM.${name} är ingen känd FINSAM-funktion`,
  tooManyArguments: (name: string, most: number) => `FINSAM.${name} tar högst ${n(most)} argument`,
  argumentMissing: (name: string, position: number) => `argument nr ${n(position)} till FINSAM.${name} saknas`,
  tooLong: (length: number) => `den inbyggda formeln skulle bli ${n(length)} tecken, mer än Excels gräns på 8 192`,
  spillInside: (name: string) =>
    `${name} ger en hel tabell inuti en annan formel; bara INDEX(tabell;rad;kolumn) och SUMMA(tabell) kring den kan skrivas om`,
  spillShapeUnknown: (name: string) => `FINSAM.${name} fyller ett område vars storlek inte syns i formeln (ange delarna som ett cellområde)`,
  targetsNotRange: () => 'målområdena och målandelarna behöver vara cellområden eller konstanter',
  targetsUnequal: () => 'målområdena och målandelarna har olika många celler',
  partsNotRange: () => 'delarna behöver vara ett cellområde eller en konstant',
  partNotNumber: (part: string) => `delen ${part} är inget tal`,
  populationsMissing: () => 'en kommuns bidrag behöver kommunens befolkning och alla kommuners befolkning',
  memberUnknown: (member: string) => `medlemmen "${member}" är okänd`,
  stepsNotTwoColumns: () => 'trappan behöver vara två kolumner: tilldelning från och högsta andel',
  comparisonUnknown: (comparison: string) => `jämförelsen "${comparison}" är okänd`,
  nearOutOfRange: (near: number) => `nära målet-faktorn ${n(near)} ska vara större än 0 och högst 1`,
  modeUnknown: (mode: string) => `läget "${mode}" är okänt`,
  differs: (native: string, addin: string) => `en inbyggd formel gav ${native} där FINSAM ger ${addin}`,
  sameFile: (file: string) => `Ut-filen ${file} är samma fil som in-filen; välj ett annat namn, så att originalet lämnas orört.`,
  exported: (file: string, formulas: number, values: number, sheet: string) =>
    `Skrev ${file}: ${n(formulas)} ${formulas === 1 ? 'cell' : 'celler'} med inbyggda formler${values ? `, ${n(values)} ${values === 1 ? 'cell' : 'celler'} med värde i stället (se anteckningen i cellen)` : ''}. Bladet "${sheet}" listar allt som ändrades.`,
} as const;

/** Why a cell's stored value is refused, by the reader's reason (src/workbook/xlsx/read/read-stop.ts). */
function corruptWhy(why: string): string {
  const words: Record<string, string> = {
    stringIndex: 'texten den pekar på finns inte i filen',
    number: 'det är inte ett tal som Excel skriver',
    tooLarge: 'talet är större än Excel kan lagra',
    boolean: 'ett sanningsvärde ska vara 0 eller 1',
    error: 'det är ingen felkod som Excel känner till',
    date: 'det är inget datum',
    type: 'celltypen finns inte',
  };
  return words[why] ?? why;
}

/** Longer arguments are cut to this many characters: a 1 MB cell text must not make each message 1 MB. */
const LONGEST_ARGUMENT = 1000;

/** A table of messages whose text arguments are cut to LONGEST_ARGUMENT (issue 17, item 6). */
function bounded<T extends object>(table: T): T {
  const cut = (arg: unknown) => (typeof arg === 'string' && arg.length > LONGEST_ARGUMENT ? `${arg.slice(0, LONGEST_ARGUMENT)}…` : arg);
  const wrap = (entry: unknown) => (typeof entry === 'function' ? (...args: unknown[]) => (entry as (...all: unknown[]) => unknown)(...args.map(cut)) : entry);
  return Object.fromEntries(Object.entries(table).map(([key, entry]) => [key, wrap(entry)])) as T;
}
