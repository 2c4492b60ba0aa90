/**
 * A hand-made SIE 4 file for 2022 on seed 004's lines (src/sheets/follow-up/examples.ts):
 * per account its vouchers, each against the bank 1930. Amounts in kronor as SIE writes them
 * (income credited, negative). Jan–Aug sums are the hand sums in EXPECTED_T2 (tkr); the later
 * vouchers must stay out of T2.
 */
type Voucher = readonly [date: string, kronor: number];
export const ACCOUNTS: readonly (readonly [account: string, name: string, vouchers: readonly Voucher[]])[] = [
  ['3010', 'Försäkringskassan', [['20220215', -1896667], ['20220715', -1896666], ['20221015', -1896667]]],
  ['3011', 'Umeå kommun', [['20220215', -784334], ['20220715', -784333], ['20221015', -784333]]],
  ['3012', 'Vännäs kommun', [['20220215', -49334], ['20220715', -49333], ['20221015', -49333]]],
  ['3013', 'Nordmalings kommun', [['20220215', -38000], ['20220715', -38000], ['20221015', -38000]]],
  ['3014', 'Vindelns kommun', [['20220215', -28334], ['20220715', -28333], ['20221015', -28333]]],
  ['3015', 'Robertsfors kommun', [['20220215', -36000], ['20220715', -36000], ['20221015', -36000]]],
  ['3016', 'Bjurholms kommun', [['20220215', -12334], ['20220715', -12333], ['20221015', -12333]]],
  ['3020', 'Region Västerbotten', [['20220215', -948334], ['20220715', -948333], ['20221015', -948333]]],
  ['3985', 'Anställningsstöd, AF', [['20220430', -40000], ['20220831', -40000], ['20221231', -40000]]],
  ['7240', 'Arvoden till styrelsen', [['20220331', 60000], ['20220630', 60500], ['20220930', 40000]]],
  ['6420', 'Arvoden till revisorer', [['20221215', 55000]]],
  ['7010', 'Kanslipersonal', [['20220425', 539600], ['20220825', 539600], ['20220925', 135000]]],
  ['6550', 'Ekonomihantering', [['20220430', 131000], ['20220831', 131000], ['20220930', 33000]]],
  ['5010', 'Lokalhyra', [['20220101', 30000], ['20220501', 30000], ['20220901', 7500]]],
  ['7610', 'Konferens och utbildning', [['20220510', 12400], ['20221110', 5000]]],
  ['5800', 'Resor och logi', [['20220322', 4900], ['20220614', 4900], ['20221004', 3000]]],
  ['6990', 'Övrigt kontor och adm.', [['20220228', 45150], ['20220731', 50000], ['20221130', 11000]]],
  ['6560', 'Social redovisning', [['20220620', 4000]]],
  ['6540', 'Hemsidor', [['20220120', 7500], ['20220720', 7500]]],
  ['6552', 'Analys', [['20220415', 15500], ['20220815', 15500]]],
  ['4030', 'Kompetensutveckling och mötesplatser', [['20220405', 75000], ['20220830', 75000]]],
  ['4010', 'Vännäs', [['20220331', 143334], ['20220731', 143333]]],
  ['4011', 'Nordmaling', [['20220331', 140000], ['20220731', 140000]]],
  ['4012', 'Vindeln', [['20220331', 145000], ['20220731', 145000]]],
  ['4013', 'Robertsfors', [['20220331', 143334], ['20220731', 143333]]],
  ['4014', 'Bjurholm', [['20220331', 135000], ['20220731', 135000]]],
  ['4020', 'Ungdomstorget', [['20220331', 900000], ['20220731', 750000], ['20220930', 200000]]],
  ['4021', 'De sammanhållna insatserna för unga', [['20220331', 266667], ['20220731', 266666]]],
  ['4022', 'Vuxentorget', [['20220331', 710000], ['20220731', 710000], ['20220930', 180000]]],
  ['4023', 'Insats NAFS', [['20220331', 133334], ['20220731', 133333]]],
  ['4040', 'Insats för kortutbildade', [['20220825', 60000], ['20221025', 30000]]],
  ['4041', 'Insats medicinska underlag', []],
];

/** Jan–Aug 2022 per line in tkr, summed by hand from ACCOUNTS (income and costs positive, as the model keeps them). */
export const EXPECTED_T2: Readonly<Record<string, number>> = {
  Försäkringskassan: 3793.333,
  'Umeå kommun': 1568.667,
  'Vännäs kommun': 98.667,
  'Nordmalings kommun': 76,
  'Vindelns kommun': 56.667,
  'Robertsfors kommun': 72,
  'Bjurholms kommun': 24.667,
  'Region Västerbotten': 1896.667,
  'Anställningsstöd, AF': 80,
  'Arvoden till styrelsen': 120.5,
  'Arvoden till revisorer': 0,
  Kanslipersonal: 1079.2,
  Ekonomihantering: 262,
  Lokalhyra: 60,
  'Konferens och utbildning': 12.4,
  'Resor och logi': 9.8,
  'Övrigt kontor och adm.': 95.15,
  'Social redovisning': 4,
  Hemsidor: 15,
  Analys: 31,
  'Kompetensutveckling och mötesplatser': 150,
  Vännäs: 286.667,
  Nordmaling: 280,
  Vindeln: 290,
  Robertsfors: 286.667,
  Bjurholm: 270,
  Ungdomstorget: 1650,
  'De sammanhållna insatserna för unga': 533.333,
  Vuxentorget: 1420,
  'Insats NAFS': 266.667,
  'Insats för kortutbildade': 60,
  'Insats medicinska underlag': 0,
};

/** The lines seed 004 explains that pass 10 % and 50 tkr against 8/12 of the budget. */
export const SEED_004_EXPLAINED = ['Kompetensutveckling och mötesplatser', 'Ungdomstorget', 'Vuxentorget', 'Insats för kortutbildade', 'Insats medicinska underlag'];

export interface SieOptions {
  /** #RES per account overridden (kronor), to make the totals disagree. */
  readonly res?: Readonly<Record<string, number>>;
  readonly extraVouchers?: string;
  readonly head?: string;
}

/** The SIE text; #RES 0 is each account's year total unless `res` says otherwise. */
export function sie2022(options: SieOptions = {}): string {
  const lines = [
    '#FLAGGA 0',
    '#FORMAT PC8',
    '#SIETYP 4',
    '#PROGRAM "Handskriven" 1.0',
    '#FNAMN "Samordningsförbundet \\"Umeåregionen\\""',
    '#ORGNR 222000-1800',
    '#ADRESS "Kansliet" "Box 1" "901 84 Umeå" "090-00 00 00"',
    '#KPTYP BAS2014',
    '#RAR 0 20220101 20221231',
    '#RAR -1 20210101 20211231',
    ...(options.head ? [options.head] : []),
    '#KONTO 1930 "Företagskonto"',
    ...ACCOUNTS.map(([account, name]) => `#KONTO ${account} "${name}"`),
    '#IB 0 1930 1800000.00',
  ];
  let number = 1;
  for (const [account, name, vouchers] of ACCOUNTS) {
    for (const [date, kronor] of vouchers) {
      lines.push(`#VER A ${number} ${date} "${name}" ${date}`, '{', `   #TRANS ${account} {1 "Umeå"} ${kronor.toFixed(2)}`, `   #TRANS 1930 {} ${(-kronor).toFixed(2)}`, '}');
      number += 1;
    }
  }
  if (options.extraVouchers) lines.push(options.extraVouchers);
  for (const [account, , vouchers] of ACCOUNTS) {
    const total = options.res?.[account] ?? vouchers.reduce((sum, [, kronor]) => sum + kronor, 0);
    if (vouchers.length > 0 || options.res?.[account] !== undefined) lines.push(`#RES 0 ${account} ${total.toFixed(2)}`);
  }
  return lines.join('\r\n') + '\r\n';
}
