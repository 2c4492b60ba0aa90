/**
 * The namespace Excel puts before every FINSAM function. It must equal the manifest's
 * Functions.Namespace string; test/manifest.test.ts holds the two together.
 */
export const FUNCTION_NAMESPACE = 'FINSAM';

/** How a user types the function in a cell: `=FINSAM.IMPACTINDEX`. */
export function formulaName(name: string): string {
  return `=${FUNCTION_NAMESPACE}.${name}`;
}
