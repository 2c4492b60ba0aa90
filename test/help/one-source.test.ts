/**
 * One source, not two (issue 8, item 3): the help in src/help is the only place a function's
 * Swedish description is written. These tests fail when the JSDoc of src/functions (Excel's
 * function dialog, via functions.json), catalog.ts's summaries or README's function table
 * differ from it; `npm run help:sync` writes them from the help.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { generateCustomFunctionsMetadata, IFunction } from 'custom-functions-metadata';
import { FUNCTION_CATALOG } from '../../src/functions/catalog';
import { FUNCTION_HELP, helpUrl } from '../../src/help';
import { FUNCTION_FILES, jsDocFor, jsDocProblem, jsDocProblems, syncCatalogSummaries, syncFunctionFile } from '../../src/help/jsdoc';
import { syncReadme } from '../../src/help/readme';

const root = join(__dirname, '..', '..');
const source = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');
const functionFile = (file: string) => join(root, 'src', 'functions', file);
const SYNC = 'run npm run help:sync';

describe('the files written from the help match it', () => {
  test.each(FUNCTION_FILES.map((file) => [file]))(`src/functions/%s: every @customfunction JSDoc block is the help's (${SYNC})`, (file) => {
    const text = source('src', 'functions', file);
    expect(syncFunctionFile(text).text).toBe(text);
  });

  test('each of the 18 functions has exactly one JSDoc block, in one of the function files', () => {
    const names = FUNCTION_FILES.flatMap((file) => syncFunctionFile(source('src', 'functions', file)).names);
    expect([...names].sort()).toEqual(FUNCTION_HELP.map((help) => help.name).sort());
  });

  test(`catalog.ts summaries are the help's (${SYNC})`, () => {
    const text = source('src', 'functions', 'catalog.ts');
    expect(syncCatalogSummaries(text)).toBe(text);
    expect(FUNCTION_CATALOG.map((info) => [info.name, info.summary])).toEqual(FUNCTION_CATALOG.map((info) => [info.name, FUNCTION_HELP.find((h) => h.name === info.name)?.summary]));
  });

  test(`README's function table is the help's (${SYNC})`, () => {
    const text = source('README.md');
    expect(syncReadme(text)).toBe(text);
  });
});

describe('the help describes the functions Excel gets', () => {
  test('the 18 functions of FUNCTION_CATALOG, in its order', () => {
    expect(FUNCTION_HELP.map((help) => help.name)).toEqual(FUNCTION_CATALOG.map((info) => info.name));
  });

  test.each(FUNCTION_CATALOG.map((info) => [info.name, info] as const))('%s: its parameters, in order, with their optional flags', (name, info) => {
    const help = FUNCTION_HELP.find((candidate) => candidate.name === name);
    expect(help?.parameters.map((p) => ({ name: p.name, optional: p.optional }))).toEqual(info.parameters.map((p) => ({ name: p.name, optional: p.optional })));
  });

  test('every JSDoc text can stand in a JSDoc line (no braces, no "@", one line)', () => {
    expect(FUNCTION_HELP.flatMap(jsDocProblems)).toEqual([]);
    expect([jsDocProblem('a {b}'), jsDocProblem('se @x'), jsDocProblem('a\nb'), jsDocProblem('a */')]).toEqual(['har { eller }', 'har @', 'har en radbrytning', 'har */']);
  });

  test('a block is written the way the metadata generator reads it', () => {
    const help = FUNCTION_HELP.find((candidate) => candidate.name === 'IMPORTANCE');
    expect(help && jsDocFor(help)).toBe(
      [
        '/**',
        ' * Betydelseindex: intresse + inflytande.',
        ' * @customfunction IMPORTANCE',
        ' * @helpurl https://localhost:3000/help/importance.html',
        ' * @param interest Intressentens intresse, heltal 1–skalan.',
        ' * @param influence Intressentens inflytande, heltal 1–skalan.',
        ' * @param [scale] Skalans högsta värde, standard 5.',
        ' * @returns Betydelseindex (2–10 på skalan 1–5).',
        ' */',
      ].join('\n'),
    );
  });
});

describe("Excel's metadata (functions.json) carries the help's text", () => {
  let functions: IFunction[] = [];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTION_FILES.map(functionFile));
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: IFunction[] }).functions;
  }, 60_000);

  test.each(FUNCTION_HELP.map((help) => [help.name, help] as const))('%s: description, help URL, parameter descriptions', (name, help) => {
    const metadata = functions.find((f) => f.id === name);
    expect({
      description: metadata?.description,
      helpUrl: metadata?.helpUrl,
      parameters: metadata?.parameters.map((p) => [p.name, p.description]),
    }).toEqual({
      description: help.description,
      helpUrl: helpUrl(name),
      parameters: help.parameters.map((p) => [p.name, p.description]),
    });
  });
});

test('a file whose JSDoc was edited by hand is written back from the help', () => {
  const text = source('src', 'functions', 'stakeholders.ts');
  const edited = text.replace('Betydelseindex: intresse + inflytande.\n * @customfunction', 'Handskriven text.\n * @customfunction');
  expect(edited).not.toBe(text);
  expect(syncFunctionFile(edited).text).toBe(text);
  expect(() => syncFunctionFile('/**\n * X\n * @customfunction NOSUCH\n */')).toThrow(/NOSUCH/);
});
