import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runBuild } from '../../src/cli/build';
import { defaultRuleSet } from '../../src/domain';
import { modelValueProblem } from '../../src/cli/model-values';
import { budget2021to2023, contributions2018 } from '../../src/sheets/budget/examples';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up/examples';
import { fullYearEquivalents2022 } from '../../src/sheets/fye/examples';
import { participantsTertial2of2022 } from '../../src/sheets/participants/examples';
import { SOCIAL_BUDGET_EXAMPLES } from '../../src/sheets/social-budget/examples';
import { stakeholderAnalysis2020 } from '../../src/sheets/stakeholders/examples';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { temporaryFolder } from '../support/xlsx-fixtures';

/**
 * model.json as people make it (issue 17, item 11): saved by Notepad with a byte-order mark,
 * or holding values no sheet should be built from (1e308, 1e400, "NaN", null), or sheet names
 * Excel refuses. Each is a Swedish message naming the field or sheet, exit 2, nothing written.
 */
const folder = temporaryFolder();
afterAll(() => folder.remove());
const path = (name: string) => join(folder.path, name);

async function buildModel(name: string, text: string) {
  writeFileSync(path(name), text);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runBuild([path(name), path(`${name}.xlsx`)], { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

const stakeholders = (name = 'Intressenter') => ({ kind: 'stakeholders', name, model: stakeholderAnalysis2020() });

describe('a model.json with a UTF-8 byte-order mark', () => {
  test('is read like one without', async () => {
    const result = await buildModel('bom.json', `\uFEFF${JSON.stringify({ sheets: [stakeholders()] })}`);
    expect(result).toEqual({ code: 0, out: [`Skrev ${path('bom.json.xlsx')} (1 blad).`], err: [] });
    const read = await readXlsxGrids(path('bom.json.xlsx'));
    expect(read.ok && read.value.map((grid) => grid.sheet)).toEqual(['Intressenter']);
  });
});

describe('values no sheet is built from', () => {
  const withFirstInterest = (interest: string) => {
    const json = JSON.stringify({ sheets: [stakeholders()] });
    return json.replace(/"interest":\d+/, `"interest":${interest}`);
  };

  test.each([
    ['1e308', withFirstInterest('1e308'), 'Blad nr 1 (stakeholders): fältet stakeholders[0].interest är ett tal utanför ±10^15; ange ett tal som Excel kan räkna med.'],
    ['1e400 (Infinity to JSON)', withFirstInterest('1e400'), 'Blad nr 1 (stakeholders): fältet stakeholders[0].interest är ett tal utanför ±10^15; ange ett tal som Excel kan räkna med.'],
    ['-1e16', withFirstInterest('-1e16'), 'Blad nr 1 (stakeholders): fältet stakeholders[0].interest är ett tal utanför ±10^15; ange ett tal som Excel kan räkna med.'],
    ['"NaN"', withFirstInterest('"NaN"'), 'Blad nr 1 (stakeholders): fältet stakeholders[0].interest är texten "NaN", som inte är ett tal; skriv ett tal.'],
    ['"-Infinity"', withFirstInterest('"-Infinity"'), 'Blad nr 1 (stakeholders): fältet stakeholders[0].interest är texten "-Infinity", som inte är ett tal; skriv ett tal.'],
    ['null', withFirstInterest('null'), 'Blad nr 1 (stakeholders): fältet stakeholders[0].interest är null; fyll i ett värde (eller ta bort fältet om det får saknas).'],
  ])('%s is refused naming the field, exit 2, nothing written', async (name, text, message) => {
    const file = `värde-${name.replace(/\W/g, '')}.json`;
    const result = await buildModel(file, text);
    expect(result).toEqual({ code: 2, out: [], err: [message] });
    expect(() => readFileSync(path(`${file}.xlsx`))).toThrow();
  });

  test('no message holds NaN or Infinity as a number would print', async () => {
    const result = await buildModel('inf.json', withFirstInterest('1e999'));
    expect(result.err.join('')).not.toMatch(/Infinity|NaN/);
  });

  test("every example model passes (null is allowed where the models use it)", () => {
    const models = [budget2021to2023(), contributions2018(), followUpTertial2of2022(), fullYearEquivalents2022(), participantsTertial2of2022(), stakeholderAnalysis2020(), defaultRuleSet(2021), defaultRuleSet(2024), ...Object.values(SOCIAL_BUDGET_EXAMPLES).map((make) => make())];
    expect(models.map((model) => modelValueProblem(JSON.parse(JSON.stringify(model)), 1, 'x'))).toEqual(models.map(() => undefined));
  });

  test('null in openingEquity is allowed, in a budget line it is not', () => {
    const budget = JSON.parse(JSON.stringify(budget2021to2023()));
    expect(modelValueProblem({ ...budget, openingEquity: null }, 1, 'budget')).toBeUndefined();
    budget.otherIncome[0].amounts[0] = null;
    expect(modelValueProblem(budget, 1, 'budget')).toBe('Blad nr 1 (budget): fältet otherIncome[0].amounts[0] är null; fyll i ett värde (eller ta bort fältet om det får saknas).');
  });

  test('100 000 nested arrays are walked without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}1e308${']'.repeat(100_000)}`);
    expect(modelValueProblem({ notes: deep }, 1, 'x')).toMatch(/^Blad nr 1 \(x\): fältet notes(\[0\]){100000} är ett tal utanför/);
  });
});

describe('sheet names Excel refuses', () => {
  test('a name over 31 characters is a Swedish message before ExcelJS warns in English', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const long = 'Intressentanalys för hela förbundet 2020';
    const result = await buildModel('lång.json', JSON.stringify({ sheets: [stakeholders(long)] }));
    expect(result).toEqual({ code: 2, out: [], err: [`"${long}" kan inte vara namn på ett blad: ett bladnamn har 1–31 tecken, inga av tecknen : \\ / ? * [ ] och börjar eller slutar inte med apostrof.`] });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  test('two sheets "Dup" and "dup" are one name to Excel', async () => {
    const result = await buildModel('dup.json', JSON.stringify({ sheets: [stakeholders('Dup'), stakeholders('dup')] }));
    expect(result).toEqual({ code: 2, out: [], err: ['Bladnamnet "dup" står två gånger (Excel skiljer inte på stora och små bokstäver); ge bladen olika namn.'] });
  });
});
