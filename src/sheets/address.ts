/** A1 addresses from 0-based rows and columns, and back. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const dollar = absolute ? '$' : '';
  return `${dollar}${columnLetters(col)}${dollar}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number, absolute = false): string {
  return `${cellAddress(top, left, absolute)}:${cellAddress(bottom, right, absolute)}`;
}

/** A sheet name as a formula needs it: quoted when it has spaces, dashes or non-ASCII letters. */
export function sheetReference(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!match) return undefined;
  const col = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}
