import { closingBracket } from './literals';

/**
 * The syntax of a structured reference's brackets (Excel's "Using structured references with
 * Excel tables"): which columns and which rows a reference names, before any table is known.
 */
export interface Specifier {
  readonly specials: readonly string[];
  readonly thisRow: boolean;
  /** The first and last column of the reference; absent for all columns. */
  readonly columns?: readonly [string, string];
}

/**
 * The inside of the outer brackets: "", "Vikt", "#Data", "@Utfall", "@[Helårsekvivalenter 2022]",
 * or bracketed items "[#Data],[Vikt]", "[Vikt]:[Utfall]", "@[Vikt]:[Utfall]". Undefined when it
 * is none of these (a union of columns, an unclosed bracket).
 */
export function parseSpecifier(inner: string): Specifier | undefined {
  if (!/^\s*@?\s*\[/.test(inner)) {
    const thisRow = inner.startsWith('@');
    const raw = (thisRow ? inner.slice(1) : inner).trim();
    if (raw.startsWith('#')) return { specials: [raw.toLowerCase()], thisRow };
    const body = unescape(raw);
    return { specials: [], thisRow, columns: body === '' ? undefined : [body, body] };
  }
  const specials: string[] = [];
  const names: string[] = [];
  let thisRow = false;
  let ranged = false;
  let i = 0;
  while (i < inner.length) {
    const char = inner[i];
    if (/[\s,;]/.test(char)) i += 1;
    else if (char === '@') {
      thisRow = true;
      i += 1;
    } else if (char === ':') {
      ranged = true;
      i += 1;
    } else if (char === '[') {
      const end = closingBracket(inner, i);
      if (end <= i) return undefined;
      const item = inner.slice(i + 1, end - 1).trim();
      if (item.startsWith('#')) specials.push(item.toLowerCase());
      else names.push(unescape(item));
      i = end;
    } else return undefined;
  }
  if (names.length > 2 || (names.length === 2) !== ranged) return undefined;
  const columns: [string, string] | undefined = names.length === 0 ? undefined : [names[0], names[names.length - 1]];
  return { specials, thisRow, columns };
}

/** Excel escapes "[", "]", "#" and "'" in column names with a leading "'". */
function unescape(text: string): string {
  return text.replace(/'(.)/g, '$1');
}


