/**
 * Issue 8, done-when: "the Swedish-syntax examples in README are executed by tests". Each
 * `=FINSAM…` → `result` of README's function section is read from README.md and run as it
 * stands: formulas with values through `finsam eval --locale sv-SE`, formulas on FINSAM's tables
 * through the engine on the example workbook the help names; the result must be what README shows.
 */
import { FUNCTION_HELP } from '../../src/help';
import { matchesShown, parseShown } from '../../src/help/shown';
import { runOnTables } from './on-tables';
import { evalSwedish, readmeExamples } from './support';

const examples = readmeExamples();
const helpExample = (formula: string) => FUNCTION_HELP.flatMap((help) => help.examples).find((example) => example.formula === formula);

test('README shows every function in Swedish syntax and on the generated tables', () => {
  for (const help of FUNCTION_HELP) {
    const own = examples.filter((example) => example.formula.startsWith(`=FINSAM.${help.name}(`));
    expect({ name: help.name, withValues: own.some((e) => !helpExample(e.formula)?.on), onTables: own.some((e) => helpExample(e.formula)?.on) }).toEqual({
      name: help.name,
      withValues: true,
      onTables: true,
    });
  }
  expect(examples.length).toBe(2 * FUNCTION_HELP.length);
});

test('README uses Swedish syntax: ";" between arguments, decimal comma, SANT/FALSKT', () => {
  for (const { formula } of examples) {
    // Quoted text and column names may hold anything; the rest is what the locale decides.
    const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/\[[^\]]*\]/g, '[]');
    expect({ formula, english: /\b(TRUE|FALSE)\b|\d\.\d/.test(bare), comma: bare.replace(/(\d),(\d)/g, '$1$2').includes(',') }).toEqual({ formula, english: false, comma: false });
  }
});

describe.each(examples.map((example) => [example.formula, example] as const))('README: %s', (_formula, { formula, result }) => {
  const on = helpExample(formula)?.on;
  if (on) {
    test(`gives ${result} on the table of ${on.workbook}, as the sheet's own formulas do`, () => {
      const run = runOnTables(formula, on);
      expect({ value: run.value, matches: matchesShown(run.value, parseShown(result)) }).toEqual({ value: run.value, matches: true });
      if (on.sameAs) expect(run.value).toEqual(run.sameAs);
    });
  } else {
    test(`finsam eval --locale sv-SE gives ${result}`, () => {
      const { code, answer } = evalSwedish(formula);
      expect(code).toBe(0);
      const value = 'value' in answer ? answer.value : answer;
      expect({ value, matches: matchesShown(value, parseShown(result)) }).toEqual({ value, matches: true });
    });
  }
});
