import { BudgetModel } from '../../domain/models/budget';

/**
 * Working-age populations that reproduce seed 003's 2022 and 2023 municipal columns
 * (2 353/148/114/85/108/37) with the largest-remainder split: 33 × each amount. The seeds print
 * only rounded label percentages (82,9 % …), which do not reproduce their own amounts, so these
 * figures are illustrative, not SCB's.
 */
const populations = { Umeå: 77649, Vännäs: 4884, Nordmaling: 3762, Vindeln: 2805, Robertsfors: 3564, Bjurholm: 1221 };

/** Budget 2021–2023 as adopted (seed 003 §13), with the 2021 municipal column as stated. */
export function budget2021to2023(): BudgetModel {
  return {
    association: 'Samordningsförbundet Umeåregionen',
    years: [2021, 2022, 2023],
    stateAllocations: [5690, 5690, 5690],
    municipalities: Object.entries(populations).map(([name, population]) => ({ name: `${name} kommun`, populations: [population, population, population] })),
    regionName: 'Region Västerbotten',
    // Seed 003 states 2021 rounded one by one: 2 359 + 146 + 113 + 83 + 106 + 37 = 2 844, not 2 845.
    statedMunicipalContributions: [2359, 146, 113, 83, 106, 37].map((amount) => [amount, null, null]),
    otherIncome: [{ label: 'Anställningsstöd, AF', amounts: [110, 113, 116] }],
    costSections: [
      {
        title: 'Kansli och styrelse',
        lines: [
          { label: 'Arvoden till styrelsen', amounts: [200, 205, 210] },
          { label: 'Arvoden till revisorer', amounts: [50, 55, 60] },
          { label: 'Kanslipersonal', amounts: [1580, 1620, 1660] },
          { label: 'Ekonomihantering', amounts: [370, 375, 380] },
          { label: 'Lokalhyra', amounts: [85, 90, 95] },
          { label: 'Konferens och utbildning', amounts: [55, 55, 55] },
          { label: 'Resor och Logi', amounts: [55, 55, 55] },
          { label: 'Övrigt kontor och adm.', amounts: [125, 140, 155] },
        ],
      },
      {
        title: 'Verksamhetsnära kostnader',
        lines: [
          { label: 'Social redovisning', amounts: [35, 25, 0] },
          { label: 'Hemsidor', amounts: [40, 25, 25] },
          { label: 'Analys', amounts: [150, 50, 50] },
          { label: 'Kompetensutveckling och mötesplatser', amounts: [260, 350, 450] },
        ],
      },
      {
        title: 'Verksamheter',
        lines: [
          { label: 'Vännäs', amounts: [420, 430, 440] },
          { label: 'Nordmaling', amounts: [420, 430, 440] },
          { label: 'Vindeln', amounts: [420, 430, 440] },
          { label: 'Robertsfors', amounts: [420, 430, 440] },
          { label: 'Bjurholm', amounts: [420, 430, 440] },
          { label: 'Ungdomstorget', amounts: [3200, 2800, 2700] },
          { label: 'De sammanhållna insatserna för unga', amounts: [950, 800, 700] },
          { label: 'Vuxentorget', amounts: [2625, 2400, 2300] },
          { label: 'Insats NAFS', amounts: [395, 400, 410] },
          { label: 'Processledare integration', amounts: [310, 0, 0] },
          { label: 'Reserv HFE', amounts: [50, 0, 0] },
        ],
      },
    ],
    openingEquity: 2040,
    source:
      'Budget 2021–2023, Samordningsförbundet Umeåregionen (styrelsens handling, seed 003 §13). Befolkningstalen är uppskattade så att 2022–2023 års kommunandelar återskapas; 2021 års kommunandelar är inskrivna som i handlingen.',
  };
}

/**
 * Budget 2018 (seed 001 §14, the 2018 column of "Budget 2018–2020"): contributions by the
 * labels' shares and the cost sections as their sums. The paper states no equity, so the
 * equity rows are left out.
 */
export function contributions2018(): BudgetModel {
  const shares = { Umeå: 8342, Vännäs: 531, Nordmaling: 415, Vindeln: 308, Robertsfors: 404 };
  return {
    association: 'Samordningsförbundet Umeåregionen',
    years: [2018],
    stateAllocations: [5980],
    municipalities: Object.entries(shares).map(([name, share]) => ({ name: `${name} kommun`, populations: [share] })),
    regionName: 'Västerbottens läns landsting',
    otherIncome: [{ label: 'Anställningsbidrag, AF', amounts: [108] }],
    costSections: [
      {
        title: 'Verksamhetskostnader',
        lines: [
          { label: 'Befintliga verksamheter (beslutade)', amounts: [3165] },
          { label: 'Befintliga verksamheter (ej beslutade)', amounts: [8057] },
          { label: 'Nya verksamheter (ej beslutade)', amounts: [300] },
        ],
      },
      {
        title: 'Verksamhetsnära kostnader',
        lines: [
          { label: 'Extern utvärdering', amounts: [60] },
          { label: 'Kompetensutv. info-material', amounts: [570] },
        ],
      },
      {
        title: 'Kansli-/administrativa kostnader',
        lines: [
          { label: 'Arvoden till styrelsen', amounts: [190] },
          { label: 'Arvoden till revisorer', amounts: [38] },
          { label: 'Ekonomisk administration', amounts: [180] },
          { label: 'Förbundschef, 1,0 tj inkl. pension', amounts: [807] },
          { label: 'Bitr. förb.-chef, 0,5 tj inkl. pension', amounts: [365] },
          { label: 'Administratör, 0,5 tj inkl. pension', amounts: [176] },
          { label: 'Lokal, dator, telefon, mm för tjm', amounts: [140] },
          { label: 'Fortbildning för tjm', amounts: [100] },
          { label: 'Resor, konferenser', amounts: [100] },
          { label: 'Övrigt adm.', amounts: [75] },
        ],
      },
    ],
    openingEquity: null,
    source:
      'Budget 2018 ur Budget 2018–2020 (styrelsens handling, seed 001 §14). Befolkningen anges som etikettens andel i hundradels procent (83,42 % → 8 342), vilket återskapar 2 494/159/124/92/121.',
  };
}
