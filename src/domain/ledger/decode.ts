// iconv-lite decodes any Uint8Array (its Buffer type is only the declared one).
import { decode } from 'iconv-lite';
import { ledgerMessages as m } from '../../text/ledger-import';
import { LedgerFinding } from './types';

export type Decoded = { readonly ok: true; readonly text: string; readonly encoding: string; readonly findings: LedgerFinding[] } | { readonly ok: false; readonly findings: LedgerFinding[] };

/** #FORMAT values and what they decode with; PC8 (code page 437) is SIE's own and its default. */
const FORMATS: Readonly<Record<string, string>> = {
  PC8: 'cp437',
  'UTF-8': 'utf8',
  UTF8: 'utf8',
  'ISO-8859-1': 'latin1',
  LATIN1: 'latin1',
  'WINDOWS-1252': 'win1252',
  ANSI: 'win1252',
};

/**
 * An SIE file's bytes as text, by what its #FORMAT says (PC8 when absent). Garbage is refused
 * with its line: NUL bytes (not text), invalid UTF-8 under a UTF-8 label, and Latin-1 letters
 * under PC8 (their bytes are box-drawing and Greek signs in code page 437, never in a ledger).
 */
export function decodeSie(bytes: Uint8Array): Decoded {
  const fail = (message: string, line?: number): Decoded => ({ ok: false, findings: [{ severity: 'error', message, line }] });
  if (bytes.length === 0) return fail(m.empty());
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(m.binary(lineOf(bytes, nul)), lineOf(bytes, nul));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const declared = formatOf(body);
  const format = bom ? 'UTF-8' : (declared?.value ?? 'PC8');
  const encoding = FORMATS[format.toUpperCase()];
  if (!encoding) return fail(m.unknownFormat(format, declared?.line ?? 1), declared?.line);
  if (encoding === 'utf8') {
    const text = strictUtf8(body);
    if (text === undefined) {
      const line = lineOf(body, firstInvalidUtf8(body));
      return fail(m.notUtf8(line), line);
    }
    return { ok: true, text, encoding, findings: [] };
  }
  if (encoding === 'cp437') {
    const highest = body.findIndex((byte) => byte >= 0x80);
    if (highest < 0) return { ok: true, text: decode(body as Buffer, 'cp437'), encoding, findings: [] };
    const asUtf8 = strictUtf8(body);
    if (asUtf8 !== undefined) return { ok: true, text: asUtf8, encoding: 'utf8', findings: [{ severity: 'warning', message: m.utf8InsteadOfPc8() }] };
    const foreign = body.findIndex((byte) => byte >= 0xb0);
    if (foreign >= 0) return fail(m.wrongEncoding(lineOf(body, foreign)), lineOf(body, foreign));
  }
  return { ok: true, text: decode(body as Buffer, encoding), encoding, findings: [] };
}

/** The #FORMAT record's value and line, read as ASCII before the encoding is known. */
function formatOf(bytes: Uint8Array): { value: string; line: number } | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 4096)));
  const lines = head.split(/\r?\n/);
  const index = lines.findIndex((line) => /^\s*#FORMAT\b/i.test(line));
  if (index < 0) return undefined;
  const value = lines[index].trim().split(/\s+/)[1] ?? '';
  return { value: value.replace(/^"|"$/g, ''), line: index + 1 };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Where UTF-8 decoding first fails: the shortest prefix that does not decode. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Bisect on "the prefix up to here decodes" (a prefix cut mid-character is tolerated by stream mode).
  const decoder = () => new TextDecoder('utf-8', { fatal: true });
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder().decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}
