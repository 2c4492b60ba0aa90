/**
 * The JSDoc of the four function files is Excel's metadata (STYLE.md §1, house rule 4):
 * webpack's CustomFunctionsMetadataPlugin turns it into functions.json. This test runs the same
 * generator and holds its output to FUNCTION_CATALOG, which the embedded engine registers, so
 * Excel and the engine offer the same 18 functions with the same parameters.
 */
import path from 'path';
import { generateCustomFunctionsMetadata, IFunction } from 'custom-functions-metadata';
import { FUNCTION_CATALOG } from '../../src/functions/catalog';

const FUNCTION_FILES = ['social-budget.ts', 'financing.ts', 'participants.ts', 'stakeholders.ts'].map((file) =>
  path.join(__dirname, '..', '..', 'src', 'functions', file),
);

/** The metadata's default dimensionality, which the generator leaves out, is a single value. */
const dimensionalityOf = (item: { dimensionality?: string } | undefined) => item?.dimensionality ?? 'scalar';

describe('the generated custom function metadata matches FUNCTION_CATALOG (FUNCTIONS.md names are permanent)', () => {
  let functions: IFunction[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTION_FILES);
    errors = result.errors;
    functions = result.metadataJson ? (JSON.parse(result.metadataJson) as { functions: IFunction[] }).functions : [];
  }, 60_000);

  test('the generator reports no errors', () => {
    expect(errors).toEqual([]);
  });

  test('exactly 18 functions, with the ids and names of the catalog', () => {
    expect(functions).toHaveLength(18);
    expect(FUNCTION_CATALOG).toHaveLength(18);
    expect(functions.map((f) => f.id).sort()).toEqual(FUNCTION_CATALOG.map((info) => info.name).sort());
    expect(new Set(functions.map((f) => f.id)).size).toBe(18);
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  describe.each(FUNCTION_CATALOG.map((info) => [info.name, info] as const))('%s', (name, info) => {
    const metadata = () => {
      const found = functions.find((f) => f.id === name);
      if (!found) throw new Error(`${name} is missing from the generated metadata`);
      return found;
    };

    test('has a description and a help URL', () => {
      expect(metadata().description?.trim()).toBeTruthy();
      expect(metadata().helpUrl).toMatch(/^https:\/\/\S+$/);
    });

    test('describes every parameter', () => {
      for (const parameter of metadata().parameters) expect({ name: parameter.name, description: parameter.description?.trim() || undefined }).toEqual({ name: parameter.name, description: expect.any(String) });
    });

    test("parameters match the catalog's count, order, names, optional flags and shapes", () => {
      const generated = metadata().parameters.map((p) => ({ name: p.name, optional: p.optional ?? false, dimensionality: dimensionalityOf(p) }));
      const expected = info.parameters.map((p) => ({ name: p.name, optional: p.optional, dimensionality: p.shape === 'range' ? 'matrix' : 'scalar' }));
      expect(generated).toEqual(expected);
    });

    test(info.spills ? 'spills: the result is a matrix' : 'does not spill: the result is a single value', () => {
      expect(dimensionalityOf(metadata().result)).toBe(info.spills ? 'matrix' : 'scalar');
    });
  });
});
