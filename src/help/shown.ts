/**
 * A result as the help and README show it, in Swedish Excel's notation: 61,538… (a number cut
 * short after the digits shown), 159 (exact), SANT/FALSKT, "text" or bare text, and a spilled
 * result as an array constant {2494;159} (";" between rows, "\" between columns). The help pages
 * lay arrays out as tables, and the tests hold every computed result to what is shown.
 */
export type Shown =
  | { readonly kind: 'number'; readonly text: string; readonly value: number; readonly decimals: number; readonly cut: boolean }
  | { readonly kind: 'boolean'; readonly text: string; readonly value: boolean }
  | { readonly kind: 'text'; readonly text: string; readonly value: string }
  | { readonly kind: 'array'; readonly text: string; readonly rows: readonly (readonly Shown[])[] };

const NUMBER = /^[-−]?\d+(?:,(\d+))?(…)?$/;

export function parseShown(text: string): Shown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    const rows = splitOutsideQuotes(trimmed.slice(1, -1), ';').map((row) => splitOutsideQuotes(row, '\\').map(parseScalar));
    return { kind: 'array', text: trimmed, rows };
  }
  return parseScalar(trimmed);
}

function parseScalar(text: string): Shown {
  if (text === 'SANT' || text === 'FALSKT') return { kind: 'boolean', text, value: text === 'SANT' };
  const number = NUMBER.exec(text);
  if (number) {
    const value = Number(text.replace('…', '').replace('−', '-').replace(',', '.'));
    return { kind: 'number', text, value, decimals: number[1]?.length ?? 0, cut: number[2] !== undefined };
  }
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return { kind: 'text', text, value: text.slice(1, -1).replace(/""/g, '"') };
  return { kind: 'text', text, value: text };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** Whether a computed value (a number, boolean, text or spilled rows) is what `shown` shows. */
export function matchesShown(actual: unknown, shown: Shown): boolean {
  switch (shown.kind) {
    case 'array':
      return (
        Array.isArray(actual) &&
        actual.length === shown.rows.length &&
        shown.rows.every((row, r) => Array.isArray(actual[r]) && actual[r].length === row.length && row.every((cell, c) => matchesShown(actual[r][c], cell)))
      );
    case 'number':
      return typeof actual === 'number' && numberMatches(actual, shown.value, shown.decimals, shown.cut);
    default:
      return actual === shown.value;
  }
}

/** Cut short: the digits shown are the value's own, truncated. Else: the value itself. */
function numberMatches(actual: number, value: number, decimals: number, cut: boolean): boolean {
  if (!Number.isFinite(actual)) return false;
  const scale = 10 ** decimals;
  if (cut) return Math.abs(Math.trunc(actual * scale + Math.sign(actual) * 1e-9) / scale - value) < 1e-9 && actual !== value;
  return Math.abs(actual - value) <= 1e-9 * Math.max(1, Math.abs(value));
}
