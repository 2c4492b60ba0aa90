import fc from 'fast-check';
import { Grid } from '../../../src/sheets/grid';
import { CellContent } from '../../../src/sheets/plan';

/** Cells and grids a careless paste or a hostile file may hand a reader, for the fuzz tests. */
const WORDS = ['Kod', 'Målområde', 'Mål', 'Vikt', 'Uppnådd', 'Utfall', 'Målvärde', 'Jämförelse', 'Påhittad', 'Målandel', 'Viktsumma', 'Sammanfattning', 'Plattform',
  'Maximalt Impactvärde', 'Impactvärde', 'Impactindex', 'Målindex', 'Angivet maximalt Impactvärde', 'Alla plattformar sammanvägda', 'År', 'Källa', 'Avser',
  'Samordning', ' samordning ', 'ja', 'nej', 'SANT', 'x', 'kanske', '>=', '<', '=>', '7', ' 8 ', '2 845', '85,5 %', '1.2 Mål', '1.2.1', '#VALUE!', '#DIV/0!', '',
  '   ', '=1+1', '__proto__', 'constructor', 'NaN', 'Infinity', '-'];

export const cell: fc.Arbitrary<CellContent> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -20, max: 300 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.4, 0.05, 1e300, -0, 2.5)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constant(null) },
);

export const randomGrid: fc.Arbitrary<Grid> = fc
  .array(fc.array(cell, { maxLength: 22 }), { maxLength: 30 })
  .map((values) => ({ sheet: 'Blad1', values }));

const HEADERS = ['Kod', 'Målområde', 'Mål', 'Indikator', 'Målvärde', 'Jämförelse', 'Vikt', 'Utfall', 'Uppnådd', 'Påhittad', 'Kommentar'];

/** A grid with the indicator table's header (columns shuffled) above random rows, to reach the parsing. */
export const tableGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.shuffledSubarray(HEADERS, { minLength: HEADERS.length }), fc.nat(3), fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 20 }))
  .map(([headers, top, rows]) => ({ sheet: 'Social budget', values: [...Array.from({ length: top }, () => []), headers, ...rows] }));
