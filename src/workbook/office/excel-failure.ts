import { workbookMessages } from '../../text/workbook-messages';

/**
 * Why Excel refused a batch, in Swedish, from the error's code. The codes are Office.js's
 * (docs: testing/application-specific-api-error-handling.md): InvalidOperationInCellEditMode
 * while the user edits a cell, AccessDenied for a protected sheet or workbook or a file opened
 * read-only. Excel's own message is localized but "not intended for end users", so it is only
 * passed through, after the code, for the errors we have no sentence for.
 */
export function failureReason(error: unknown): string {
  const { code, message } = errorParts(error);
  if (code === 'InvalidOperationInCellEditMode') return workbookMessages.editMode();
  if (code === 'AccessDenied') return workbookMessages.accessDenied();
  return workbookMessages.excelError(code, message);
}

function errorParts(error: unknown): { code: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return { code: typeof code === 'string' ? code : 'GeneralException', message: typeof message === 'string' ? message : '' };
  }
  return { code: 'GeneralException', message: String(error) };
}
