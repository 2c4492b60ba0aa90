/**
 * How a fake class is held to @types/office-js: it implements `FakeOf<Excel.X, Plain, Fakes>`,
 * so the members it has are the real interface's, spelt and typed as there.
 *
 * - `Plain` members are taken as they are (`Pick`): `name`, `values`, `activate()` …
 * - `Fakes` members keep the real parameters but give a fake instead of the real class, since a
 *   fake Range is not a whole Excel.Range: `{ getRange: FakeRange }` checks that `getRange`
 *   exists on Excel.Worksheet and takes what the real one takes. A key the real interface does
 *   not have becomes `never`, which no member satisfies.
 */
type Returning<F, R> = F extends (...args: infer A) => unknown ? (...args: A) => R : R;

export type FakeOf<T, Plain extends keyof T, Fakes extends object = object> = Pick<T, Plain> & {
  [K in keyof Fakes]: K extends keyof T ? Returning<T[K], Fakes[K]> : never;
};
