/**
 * The add-in's version, from package.json through webpack's DefinePlugin. Outside webpack
 * (jest, a plain TypeScript compile) the constant is not defined, so the pane says so instead
 * of failing.
 */
export const ADDIN_VERSION: string =
  typeof __FINSAM_VERSION__ === 'string' ? __FINSAM_VERSION__ : 'okänd';
