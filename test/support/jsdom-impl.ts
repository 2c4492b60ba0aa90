/**
 * jsdom keeps each DOM object's implementation behind a symbol described "impl". The speed-ups in
 * fast-labels.ts and fast-styles.ts read two of its fields (a node's change counter, a document's
 * selector matcher); when a jsdom version moves them, they find nothing and jsdom runs as it is.
 */

/** The fields of a jsdom implementation object these speed-ups read. */
export interface JsdomImpl {
  _version?: number;
  _nwsapiDontThrow?: { match(selector: string, element: Element): boolean };
}

let implSymbol: symbol | undefined;

export function implOf(node: object): JsdomImpl | undefined {
  implSymbol ??= Object.getOwnPropertySymbols(node).find((candidate) => candidate.description === 'impl');
  return implSymbol ? ((node as Record<symbol, JsdomImpl | undefined>)[implSymbol] ?? undefined) : undefined;
}
