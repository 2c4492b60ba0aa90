import { Grid } from '../grid';
import { SheetKindModule } from '../sheet-kind';
import { socialReportLabels as labels } from '../../text/social-report-labels';
import { SocialReportModel } from '../../domain/models/social-report';
import { planSocialReport } from './plan';
import { readSocialReport } from './read';
import { hasReportTable } from './scan';
import { validateSocialReport } from './validate';

/** The social annual report (socialt bokslut, DOMAIN.md §7): statuses, area indexes and their sentences. */
export const socialReportSheet: SheetKindModule<SocialReportModel> = {
  kind: 'socialReport',
  defaultName: labels.sheetName,
  detect: (grid: Grid) => hasReportTable(grid),
  plan: (model, sheetName) => planSocialReport(model, sheetName),
  read: (grid) => readSocialReport(grid),
  validate: (grid, context) => validateSocialReport(grid, context),
};

export { planSocialReport } from './plan';
export { scanReport } from './scan';
export { validateSocialReport } from './validate';
export { socialReport2022 } from './example-2022';
