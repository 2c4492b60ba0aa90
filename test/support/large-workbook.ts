import { handMadeXlsx, MAIN } from './xlsx-fixtures';

/**
 * A large workbook as Excel would write it (shared strings, numbers, formulas with cached
 * values), made directly as XML so the test spends its time reading, not writing. Each row:
 * a number, a unique text, an amount, a share, a formula, and a note on every tenth row.
 */
export async function largeWorkbook(rows: number): Promise<Buffer> {
  const strings: string[] = [];
  const lines: string[] = [];
  for (let row = 1; row <= rows; row += 1) {
    strings.push(`Rad nummer ${row} med lite text`);
    const cells = [
      `<c r="A${row}"><v>${row}</v></c>`,
      `<c r="B${row}" t="s"><v>${strings.length - 1}</v></c>`,
      `<c r="C${row}"><v>${(row * 3.5).toFixed(1)}</v></c>`,
      `<c r="D${row}"><v>${row / 7}</v></c>`,
      `<c r="E${row}"><f>C${row}*2</f><v>${row * 7}</v></c>`,
    ];
    if (row % 10 === 0) {
      strings.push(`anteckning ${row}`);
      cells.push(`<c r="F${row}" t="s"><v>${strings.length - 1}</v></c>`);
    }
    lines.push(`<row r="${row}">${cells.join('')}</row>`);
  }
  const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${lines.join('')}</sheetData></worksheet>`;
  const shared = `<sst xmlns="${MAIN}">${strings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`;
  return handMadeXlsx(sheet, { 'xl/sharedStrings.xml': shared });
}
