import { ArraySize, FunctionArgumentType, FunctionPlugin, ImplementedFunctions } from 'hyperformula';
import { FUNCTION_CATALOG, FunctionInfo } from '../../functions/catalog';
import { OMITTED, toEngineValue, toExcelRange, toExcelScalar } from './cell-values';

/**
 * The FINSAM functions as a HyperFormula plugin (HyperFormula's custom-function guide): one
 * method per catalog entry, each calling the same wrapper Excel calls. Every parameter is ANY
 * with vectorisation off, so the wrapper, not the engine, decides what a range or blank means.
 */
export const NAMESPACE = 'FINSAM';

const methodName = (info: FunctionInfo) => `finsam${info.name}`;
const sizeMethodName = (info: FunctionInfo) => `finsam${info.name}Size`;

/** The spill size the engine reserves, from the shape of the arguments alone. */
const spillSizes: Record<string, (args: ArraySize[]) => ArraySize> = {
  // One row per target area, six columns (FUNCTIONS.md, WEIGHTCHECK).
  WEIGHTCHECK: (args) => new ArraySize(6, Math.max(1, (args[2]?.width ?? 1) * (args[2]?.height ?? 1))),
  // The shape of the parts (FUNCTIONS.md, SHARES).
  SHARES: (args) => new ArraySize(args[1]?.width ?? 1, args[1]?.height ?? 1),
};

function implementedFunctions(): ImplementedFunctions {
  const table: ImplementedFunctions = {};
  for (const info of FUNCTION_CATALOG) {
    table[`${NAMESPACE}.${info.name}`] = {
      method: methodName(info),
      parameters: info.parameters.map((parameter) =>
        // A skipped optional range (FINSAM.IMPACTINDEX(w;a;;"A")) must reach the wrapper as null,
        // as in Excel, while a reference to an empty cell stays a one-cell range.
        parameter.optional && parameter.shape === 'range'
          ? { argumentType: FunctionArgumentType.ANY, optionalArg: true, defaultValue: OMITTED, emptyAsDefault: true }
          : { argumentType: FunctionArgumentType.ANY, optionalArg: parameter.optional },
      ),
      vectorizationForbidden: true,
      ...(info.spills ? { sizeOfResultArrayMethod: sizeMethodName(info) } : {}),
    };
  }
  return table;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula does not export its AST and state types. */
export class FinsamPlugin extends FunctionPlugin {
  static override implementedFunctions = implementedFunctions();
}

for (const info of FUNCTION_CATALOG) {
  const id = `${NAMESPACE}.${info.name}`;
  const predict = spillSizes[info.name];
  (FinsamPlugin.prototype as any)[methodName(info)] = function (this: any, ast: any, state: any) {
    const size = predict ? predict(ast.args.map((arg: any) => this.arraySizeForAst(arg, state))) : undefined;
    return this.runFunction(ast.args, state, this.metadata(id), (...values: unknown[]) => {
      const args = info.parameters.map((parameter, index) =>
        parameter.shape === 'range' ? toExcelRange(values[index]) : toExcelScalar(values[index], index + 1),
      );
      // A range given where one value belongs is answered here; Excel would lift the range instead.
      const misfit = args.find((arg, index) => info.parameters[index].shape === 'scalar' && isStandInError(arg)) as CustomFunctions.Error | undefined;
      return toEngineValue(misfit ?? info.implementation(...args.map((arg) => arg ?? null)), size);
    });
  };
  if (predict) {
    (FinsamPlugin.prototype as any)[sizeMethodName(info)] = function (this: any, ast: any, state: any) {
      return predict(ast.args.map((arg: any) => this.arraySizeForAst(arg, state)));
    };
  }
}

function isStandInError(value: unknown): value is CustomFunctions.Error {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { code?: unknown }).code === 'string';
}

/** Names as the engine knows them, in every language we register (the FINSAM names never change). */
export function finsamTranslations(languages: readonly string[]): Record<string, Record<string, string>> {
  const names = Object.fromEntries(FUNCTION_CATALOG.map((info) => [`${NAMESPACE}.${info.name}`, `${NAMESPACE}.${info.name}`]));
  return Object.fromEntries(languages.map((language) => [language, names]));
}
