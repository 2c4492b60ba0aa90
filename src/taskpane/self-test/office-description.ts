/** The requirement sets the add-in leans on (ADDIN.md §2), as Självtest reports them. */
const SETS: readonly (readonly [string, string])[] = [
  ['ExcelApi', '1.7'],
  ['ExcelApi', '1.12'],
  ['SharedRuntime', '1.1'],
  ['CustomFunctionsRuntime', '1.3'],
];

/**
 * Where Självtest ran, for the bug report: Excel's host, platform and build, the UI language
 * and which requirement sets it has. Each part that Office cannot answer is left out.
 */
export async function describeOffice(office: typeof Office = Office): Promise<string[]> {
  const lines: string[] = [];
  try {
    const { host, platform, version } = office.context.diagnostics;
    lines.push(`Excel: ${String(host)} ${String(platform)} ${version}`);
  } catch {
    // No diagnostics on this host.
  }
  try {
    const language = office.context.displayLanguage;
    if (language) lines.push(`Språk: ${language}`);
  } catch {
    // No language on this host.
  }
  for (const [set, version] of SETS) {
    try {
      lines.push(`${set} ${version}: ${office.context.requirements.isSetSupported(set, version) ? 'ja' : 'nej'}`);
    } catch {
      lines.push(`${set} ${version}: okänt`);
    }
  }
  return lines;
}
