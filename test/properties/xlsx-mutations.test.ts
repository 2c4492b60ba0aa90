/**
 * Issue 17's fuzz target: the example workbooks' sheet XML mutated (cell types, shared-string
 * indexes, odd numbers, deep or long formulas, truncated tags). Whatever the file, the reader
 * answers (never throws), the checks answer (never throw), and no message shows NaN, Infinity or
 * undefined. Sizes are bounded by construction; jest's timeout catches a hang.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { SHEET_KINDS } from '../../src/sheets/registry';
import { checkGrids } from '../../src/sheets/validate-workbook';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { ensure } from '../support/fuzz';

// A case re-zips and checks a whole workbook (about 0.1 s), so far fewer runs than the function
// properties: 50 in `npm test`, up to 2 000 under `npm run fuzz`.
const RUNS = process.env.FINSAM_FUZZ_RUNS ? Math.min(2000, Math.max(50, Number(process.env.FINSAM_FUZZ_RUNS) / 50)) : 50;
const JAVASCRIPT = /NaN|Infinity|undefined|\[object/;
// A message may quote what a cell holds ("Infinity" typed as text); only its own words count.
const ownWords = (message: string) => message.replace(/"[^"]*"/g, '""');
const EXAMPLES = join(__dirname, '../../examples');

interface Workbook {
  readonly name: string;
  readonly zip: JSZip;
  readonly sheets: readonly { path: string; xml: string }[];
}

const TYPES = ['s', 'n', 'b', 'e', 'd', 'str', 'inlineStr', 'x', ''];
const VALUES = ['', '0x10', '0b11', '1e400', '-1e400', '-0', 'NaN', 'INF', 'Infinity', '1e308', '-1e308', '1e-400', '99999', '-1', '1.5', ' 7 ', 'abc', '#REF!', '4294967296', '1,5', '2'];
const nested = (levels: number) => 'ABS('.repeat(levels) + '1' + ')'.repeat(levels);
const FORMULAS = [nested(10), nested(64), nested(65), nested(300), Array(2500).fill('1').join('+'), 'AND({TRUE;FALSE})', '(((', 'SUM(A1:XFD1)', 'A1/0', '1E400', '"a"&REPT("b",50)'];

type Mutation =
  | { kind: 'type'; at: number; type: string }
  | { kind: 'value'; at: number; value: string }
  | { kind: 'formula'; at: number; formula: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'dropTag'; at: number; tag: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), type: fc.constantFrom(...TYPES) }),
  fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...VALUES), fc.double().map(String), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('formula' as const), at: fc.nat(), formula: fc.constantFrom(...FORMULAS) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dropTag' as const), at: fc.nat(), tag: fc.constantFrom('</c>', '</row>', '</v>', '</f>', '<v>') }),
);

/** The n-th (modulo the count) match of `pattern` replaced by what `replace` gives; the text as it was when none matches. */
function replaceNth(text: string, pattern: RegExp, at: number, replace: (match: string) => string): string {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return text;
  const match = matches[at % matches.length];
  return text.slice(0, match.index) + replace(match[0]) + text.slice((match.index ?? 0) + match[0].length);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function mutate(xml: string, change: Mutation): string {
  switch (change.kind) {
    case 'type':
      return replaceNth(xml, /<c [^>]*?>/g, change.at, (tag) => (/ t="[^"]*"/.test(tag) ? tag.replace(/ t="[^"]*"/, ` t="${change.type}"`) : tag.replace('<c ', `<c t="${change.type}" `)));
    case 'value':
      return replaceNth(xml, /<v>[^<]*<\/v>/g, change.at, () => `<v>${escapeXml(change.value)}</v>`);
    case 'formula':
      return replaceNth(xml, /<f[^>]*>[^<]*<\/f>|<f[^>]*\/>/g, change.at, () => `<f>${escapeXml(change.formula)}</f>`);
    case 'truncate':
      return xml.slice(0, change.at % xml.length);
    case 'dropTag':
      return replaceNth(xml, new RegExp(change.tag.replace('/', '\\/'), 'g'), change.at, () => '');
  }
}

let workbooks: Workbook[] = [];

beforeAll(async () => {
  const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.xlsx'));
  workbooks = await Promise.all(
    files.map(async (name) => {
      const zip = await JSZip.loadAsync(readFileSync(join(EXAMPLES, name)));
      const paths = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/[^/]+\.xml$/.test(path));
      const sheets = await Promise.all(paths.map(async (path) => ({ path, xml: await zip.file(path)!.async('string') })));
      return { name, zip, sheets };
    }),
  );
});

async function mutatedBytes(workbook: Workbook, sheetAt: number, changes: readonly Mutation[]): Promise<Uint8Array> {
  const sheet = workbook.sheets[sheetAt % workbook.sheets.length];
  const xml = changes.reduce(mutate, sheet.xml);
  const zip = await JSZip.loadAsync(await workbook.zip.generateAsync({ type: 'uint8array' }));
  zip.file(sheet.path, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

test('a mutated example workbook: the reader and the checks answer, and no message shows a JavaScript value', async () => {
  expect(workbooks.length).toBeGreaterThan(3);
  await fc.assert(
    fc.asyncProperty(fc.nat(), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (workbookAt, sheetAt, changes) => {
      const workbook = workbooks[workbookAt % workbooks.length];
      const bytes = await mutatedBytes(workbook, sheetAt, changes);
      const read = await readXlsxGrids(bytes, { name: workbook.name });
      if (!read.ok) {
        ensure(!JAVASCRIPT.test(ownWords(read.error.message)), 'reader message shows a JavaScript value', read.error.message);
        return;
      }
      const findings = checkGrids(read.value, { kinds: SHEET_KINDS, year: 2022 });
      for (const finding of findings) ensure(!JAVASCRIPT.test(ownWords(finding.message)), 'finding shows a JavaScript value', finding, changes);
    }),
    { numRuns: RUNS },
  );
}, 60_000 + RUNS * 500);
