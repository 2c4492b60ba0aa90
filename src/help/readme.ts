/**
 * README's function table, written from the help source by `npm run help:sync` between the
 * markers below: per function its Swedish syntax, what it gives, its first example with values
 * and its first on the generated tables, each with the result. test/formulas runs them all.
 */
import { FUNCTION_HELP } from './index';
import { swedishSyntax } from './page';
import { ExampleHelp, FunctionHelp } from './types';

export const README_START = '<!-- functions:start (npm run help:sync writes this table from src/help; edit the help, not the table) -->';
export const README_END = '<!-- functions:end -->';

function exampleCell(example: ExampleHelp | undefined): string {
  if (!example) return '';
  const place = example.on?.cell ? ` (in ${example.on.sheet}!${example.on.cell})` : '';
  return `\`${example.formula}\` → \`${example.result}\`${place}`;
}

function row(help: FunctionHelp): string {
  const constant = help.examples.find((example) => !example.on);
  const onTable = help.examples.find((example) => example.on);
  const cells = [`\`${swedishSyntax(help)}\``, help.readme, exampleCell(constant), exampleCell(onTable)];
  return `| ${cells.join(' | ')} |`;
}

export function functionTable(): string {
  return [
    '| Function | What it gives | In Swedish Excel | On the tables FINSAM builds |',
    '|---|---|---|---|',
    ...FUNCTION_HELP.map(row),
  ].join('\n');
}

/** README with the text between the markers replaced by the table. */
export function syncReadme(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md saknar markörerna ${README_START} … ${README_END}.`);
  return `${readme.slice(0, start + README_START.length)}\n${functionTable()}\n${readme.slice(end)}`;
}
