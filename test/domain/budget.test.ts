import { BudgetYear, rollForward, yearTotals } from '../../src/domain';

/** Seed 003 §13, budget 2021–2023: [label, 2021, 2022, 2023] in tkr, costs as positive amounts. */
const income: [string, number, number, number][] = [
  ['Försäkringskassan', 5690, 5690, 5690],
  ['Umeå kommun', 2359, 2353, 2353],
  ['Vännäs kommun', 146, 148, 148],
  ['Nordmaling kommun', 113, 114, 114],
  ['Vindeln kommun', 83, 85, 85],
  ['Robertsfors kommun', 106, 108, 108],
  ['Bjurholms kommun', 37, 37, 37],
  ['Region Västerbotten', 2845, 2845, 2845],
  ['Anställningsstöd, AF', 110, 113, 116],
];
const sections: [string, [string, number, number, number][]][] = [
  [
    'Kansli och styrelse',
    [
      ['Arvoden till styrelsen', 200, 205, 210],
      ['Arvoden till revisorer', 50, 55, 60],
      ['Kanslipersonal', 1580, 1620, 1660],
      ['Ekonomihantering', 370, 375, 380],
      ['Lokalhyra', 85, 90, 95],
      ['Konferens och utbildning', 55, 55, 55],
      ['Resor och Logi', 55, 55, 55],
      ['Övrigt kontor och adm.', 125, 140, 155],
    ],
  ],
  [
    'Verksamhetsnära kostnader',
    [
      ['Social redovisning', 35, 25, 0],
      ['Hemsidor', 40, 25, 25],
      ['Analys', 150, 50, 50],
      ['Kompetensutveckling och möteplatser', 260, 350, 450],
    ],
  ],
  [
    'Verksamheter',
    [
      ['Vännäs', 420, 430, 440],
      ['Nordmaling', 420, 430, 440],
      ['Vindeln', 420, 430, 440],
      ['Robertsfors', 420, 430, 440],
      ['Bjurholm', 420, 430, 440],
      ['Ungdomstorget', 3200, 2800, 2700],
      ['De sammanhållna insatserna för unga', 950, 800, 700],
      ['Vuxentorget', 2625, 2400, 2300],
      ['Insats NAFS', 395, 400, 410],
      ['Processledare integration', 310, 0, 0],
      ['Reserv HFE', 50, 0, 0],
    ],
  ],
];

function year(index: 1 | 2 | 3): BudgetYear {
  return {
    year: 2020 + index,
    income: income.map((row) => ({ label: row[0], amount: row[index] })),
    costSections: sections.map(([title, lines]) => ({ title, lines: lines.map((row) => ({ label: row[0], amount: row[index] })) })),
  };
}

describe('budget 2021–2023 (seed 003 §13)', () => {
  test('income, section sums, costs and result reproduce the seed exactly', () => {
    const totals = ([1, 2, 3] as const).map((index) => yearTotals(year(index)));
    expect(totals.map((t) => t.income)).toEqual([11489, 11493, 11496]);
    expect(totals.map((t) => t.sectionSums)).toEqual([
      [2520, 485, 9630],
      [2595, 450, 8550],
      [2670, 525, 8310],
    ]);
    expect(totals.map((t) => t.costs)).toEqual([12635, 11595, 11505]);
    expect(totals.map((t) => t.result)).toEqual([-1146, -102, -9]);
  });

  test('equity rolls forward 2 040 → 894 → 792 → 783 (seed 003; EQUITY.md)', () => {
    const years = rollForward(2040, [
      { year: 2021, result: -1146 },
      { year: 2022, result: -102 },
      { year: 2023, result: -9 },
    ]);
    expect(years.map((y) => [y.opening, y.closing])).toEqual([
      [2040, 894],
      [894, 792],
      [792, 783],
    ]);
  });
});
