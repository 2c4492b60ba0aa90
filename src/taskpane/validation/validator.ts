import { Finding, Severity } from '../../sheets/findings';
import { Grid } from '../../sheets/grid';
import { validateWorkbook } from '../../sheets/registry';

/** What the panel runs on the workbook's grids: the registry's checks, or a test's own. */
export type WorkbookValidator = (grids: readonly Grid[]) => Finding[];

/** The one place the pane meets the sheet kinds' checks. */
export const defaultValidator: WorkbookValidator = (grids) => validateWorkbook(grids);

export interface SheetFindings {
  readonly sheet: string;
  readonly findings: readonly Finding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly sheets: readonly SheetFindings[];
  readonly count: number;
}

const ORDER: readonly Severity[] = ['error', 'warning'];

/** Errors first, then warnings; inside each, sheets in the order their first finding came. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return ORDER.map((severity) => {
    const matching = findings.filter((finding) => finding.severity === severity);
    const sheets = [...new Set(matching.map((finding) => finding.where.sheet))];
    return {
      severity,
      count: matching.length,
      sheets: sheets.map((sheet) => ({ sheet, findings: matching.filter((finding) => finding.where.sheet === sheet) })),
    };
  }).filter((group) => group.count > 0);
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
