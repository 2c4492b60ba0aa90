/**
 * What the .xlsx adapter answers instead of throwing (STYLE.md, house rule 3): the grids or the
 * bytes, or a typed error whose Swedish message names the file.
 */
export type XlsxErrorKind =
  | 'notFound'
  | 'unreadable'
  | 'notXlsx'
  | 'oldXls'
  | 'encrypted'
  | 'corrupt'
  | 'tooLarge'
  | 'invalidPlan'
  | 'notWritten';

export interface XlsxError {
  readonly kind: XlsxErrorKind;
  readonly message: string;
}

export type XlsxResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: XlsxError };

export function xlsxOk<T>(value: T): XlsxResult<T> {
  return { ok: true, value };
}

export function xlsxFail<T = never>(kind: XlsxErrorKind, message: string): XlsxResult<T> {
  return { ok: false, error: { kind, message } };
}

/** The message of something a library threw, for the "(…)" of a Swedish message. */
export function reasonOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
