/**
 * One SIE line split into fields: words separated by blanks, "quoted text" with \" and \\
 * escapes, and an object list { … } kept as one field (its text between the braces).
 * Not ok, with the reason, when a quote or a brace is never closed.
 */
export type Fields = { readonly ok: true; readonly fields: string[] } | { readonly ok: false; readonly problem: 'quote' | 'brace' };

export function splitFields(line: string): Fields {
  const fields: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      i += 1;
      continue;
    }
    if (c === 34) {
      const quoted = readQuoted(line, i + 1);
      if (!quoted) return { ok: false, problem: 'quote' };
      fields.push(quoted.text);
      i = quoted.next;
    } else if (c === 123) {
      const end = closingBrace(line, i + 1);
      if (end < 0) return { ok: false, problem: 'brace' };
      fields.push(line.slice(i + 1, end).trim());
      i = end + 1;
    } else {
      let end = i;
      while (end < n && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 9) end += 1;
      fields.push(line.slice(i, end));
      i = end;
    }
  }
  return { ok: true, fields };
}

function readQuoted(line: string, from: number): { text: string; next: number } | undefined {
  let text = '';
  let start = from;
  for (let i = from; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 92 && i + 1 < line.length) {
      text += line.slice(start, i);
      start = i + 1;
      i += 1;
    } else if (c === 34) {
      return { text: text + line.slice(start, i), next: i + 1 };
    }
  }
  return undefined;
}

/** The index of the } that closes an object list, skipping braces inside quoted object names. */
function closingBrace(line: string, from: number): number {
  for (let i = from; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 34) {
      const quoted = readQuoted(line, i + 1);
      if (!quoted) return -1;
      i = quoted.next - 1;
    } else if (c === 125) return i;
  }
  return -1;
}
