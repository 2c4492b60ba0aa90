/**
 * The Swedish #VALUE!/#NUM! messages of the custom functions and the domain, as named functions of
 * the details (STYLE.md rule 8). Positions are counted from 1 inside the argument, as FUNCTIONS.md asks.
 */
import { formatSwedishNumber as n, formatSwedishPercent as pct, MAX_AMOUNT } from '../domain/swedish-number';
import { bounded, cells, shown } from './message-parts';

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
