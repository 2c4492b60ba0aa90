/** Labels compare as on the sheets: without case, surrounding blanks, dashes and bullets. */
export function sameLabel(a: string, b: string): boolean {
  const clean = (s: string) => s.replace(/^[-–•\s]+/, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
  return clean(a) === clean(b);
}
