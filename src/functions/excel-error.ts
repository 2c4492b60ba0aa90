import { DomainError, ErrorKind } from '../domain';

/**
 * Excel errors as values. In Excel the CustomFunctions global supplies the Error class; in the
 * embedded engine, the CLI and tests it does not exist, so a stand-in of the same shape
 * (code + message) takes its place and the engine adapter maps it to the engine's error.
 */
export type ExcelErrorCode = `${CustomFunctions.ErrorCode}`;

class StandInError {
  constructor(
    public code: CustomFunctions.ErrorCode,
    public message?: string,
  ) {}
}

const CODES: Record<ErrorKind, ExcelErrorCode> = {
  value: '#VALUE!',
  divisionByZero: '#DIV/0!',
  notAvailable: '#N/A',
};

export function excelError(code: ExcelErrorCode, message?: string): CustomFunctions.Error {
  const runtime = (globalThis as { CustomFunctions?: { Error?: typeof StandInError } }).CustomFunctions;
  const ErrorClass = runtime?.Error ?? StandInError;
  return new ErrorClass(code as CustomFunctions.ErrorCode, message) as CustomFunctions.Error;
}

export function fromDomainError(error: DomainError): CustomFunctions.Error {
  return excelError(CODES[error.kind], error.message);
}

/** An Excel error value, ours or one that came in through a cell. */
export function isExcelError(value: unknown): value is CustomFunctions.Error {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (value as { code: string }).code.startsWith('#')
  );
}
