import { SelfTestReport } from './run-self-test';
import { selfTestTexts as t } from '../../text/self-test';

/** The result as plain text for a bug report: version, time, where it ran, then each check. */
export function reportText(report: SelfTestReport, context: { readonly version: string; readonly time: Date }): string {
  const passed = report.checks.filter((item) => item.passed).length;
  const width = Math.max(t.passed.length, t.failed.length);
  const lines = [
    t.report.title,
    t.report.version(context.version),
    t.report.time(context.time.toISOString()),
    t.report.environment,
    ...report.environment.map((line) => `  ${line}`),
    t.report.result(passed, report.checks.length),
    '',
    ...report.checks.flatMap((item) => [`${(item.passed ? t.passed : t.failed).padEnd(width)}  ${item.title}`, `${' '.repeat(width)}  ${item.seen}`]),
  ];
  return `${lines.join('\n')}\n`;
}
