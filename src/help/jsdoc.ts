/**
 * The JSDoc of the custom functions, written from the help source (one source, not two): the
 * block above each `@customfunction NAME` in src/functions/ and the summaries of catalog.ts.
 * `npm run help:sync` applies these to the files; test/help fails while they would change them.
 */
import { FUNCTION_HELP, helpFor } from './index';
import { FunctionHelp, helpUrl } from './types';

/** The function files webpack's metadata plugin reads (webpack.config.js FUNCTION_FILES). */
export const FUNCTION_FILES = ['social-budget.ts', 'financing.ts', 'participants.ts', 'stakeholders.ts'] as const;

/**
 * Why a text cannot stand in a JSDoc line: the metadata generator reads "{…}" as a type and "@" as
 * a tag, "*\/" ends the comment, and a line break would start a new paragraph.
 */
export function jsDocProblem(text: string): string | undefined {
  if (text.trim() === '') return 'är tom';
  if (/[\r\n]/.test(text)) return 'har en radbrytning';
  if (/[{}]/.test(text)) return 'har { eller }';
  if (text.includes('@')) return 'har @';
  if (text.includes('*/')) return 'har */';
  return undefined;
}

/** Every JSDoc text of a function's help that cannot be written, as "IMPACTINDEX weights: har @". */
export function jsDocProblems(help: FunctionHelp): string[] {
  const texts: [string, string][] = [
    ['beskrivning', help.description],
    ...help.parameters.map((parameter): [string, string] => [parameter.name, parameter.description]),
    ['returns', help.returns],
  ];
  return texts.flatMap(([what, text]) => {
    const problem = jsDocProblem(text);
    return problem ? [`${help.name} ${what}: ${problem}`] : [];
  });
}

/** The JSDoc block of a function, without indentation. */
export function jsDocFor(help: FunctionHelp): string {
  const problems = jsDocProblems(help);
  if (problems.length > 0) throw new Error(`JSDoc kan inte skrivas: ${problems.join('; ')}`);
  const lines = [
    help.description,
    `@customfunction ${help.name}`,
    `@helpurl ${helpUrl(help.name)}`,
    ...help.parameters.map((parameter) => `@param ${parameter.optional ? `[${parameter.name}]` : parameter.name} ${parameter.description}`),
    `@returns ${help.returns}`,
  ];
  return ['/**', ...lines.map((line) => ` * ${line}`), ' */'].join('\n');
}

const JSDOC_BLOCK = /\/\*\*(?:(?!\*\/)[\s\S])*\*\//g;
const CUSTOM_FUNCTION = /@customfunction\s+([A-Za-z0-9_.]+)/;

export interface SyncedFile {
  readonly text: string;
  /** The functions whose blocks the file holds, in order. */
  readonly names: readonly string[];
}

/** A function file with each @customfunction block written from the help source. */
export function syncFunctionFile(source: string): SyncedFile {
  const names: string[] = [];
  const text = source.replace(JSDOC_BLOCK, (block) => {
    const name = CUSTOM_FUNCTION.exec(block)?.[1];
    if (name === undefined) return block;
    const help = helpFor(name.toUpperCase());
    if (!help) throw new Error(`Ingen hjälptext för @customfunction ${name} (src/help/index.ts).`);
    names.push(help.name);
    return jsDocFor(help);
  });
  return { text, names };
}

/** catalog.ts with each `name: 'X', summary: '…'` summary taken from the help source. */
export function syncCatalogSummaries(source: string): string {
  let text = source;
  for (const help of FUNCTION_HELP) {
    const entry = new RegExp(`(name: '${help.name}',\\s*summary: )'(?:[^'\\\\]|\\\\.)*'`);
    if (!entry.test(text)) throw new Error(`catalog.ts har ingen post med name: '${help.name}' och summary.`);
    text = text.replace(entry, (_match, start: string) => `${start}'${help.summary.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  }
  return text;
}
