/** The Swedish findings of the sheet checks and the workbook reader (STYLE.md rule 8). */
import { formatSwedishNumber as n, formatSwedishPercent as pct } from '../domain/swedish-number';
import { weightScaleRule } from './errors';
import { bounded, shortened, shown } from './message-parts';

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
