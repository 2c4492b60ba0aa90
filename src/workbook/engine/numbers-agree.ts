/**
 * Whether two engines (Excel, the embedded engine, LibreOffice) computed the same number: within
 * 1e-9 of its size (absolute below 1). Excel keeps 15 digits and engines sum in other orders;
 * this compares engines, not a rule of the domain (its slacks are in src/domain/slacks.ts).
 */
export function numbersAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
