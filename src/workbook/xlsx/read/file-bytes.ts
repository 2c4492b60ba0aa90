import { promises as fs } from 'fs';
import { findingMessages } from '../../../text/findings';
import { XlsxResult, xlsxFail, xlsxOk } from '../xlsx-result';

/** Limits that keep a stray or hostile file from taking the machine (issue 5: a 5 MB book in seconds). */
export interface ReadLimits {
  /** Largest file read, in bytes. */
  readonly maxBytes: number;
  /** Most filled cells read, over all sheets. */
  readonly maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 50 * 1024 * 1024, maxCells: 2_000_000 };

const MEGABYTE = 1024 * 1024;

/** The bytes of a file or buffer, or why there are none. */
export async function fileBytes(source: string | Uint8Array, file: string, limits: ReadLimits): Promise<XlsxResult<Uint8Array>> {
  if (typeof source !== 'string') return withinLimit(source.byteLength, file, limits) ?? xlsxOk(source);
  try {
    const stat = await fs.stat(source);
    if (stat.isDirectory()) return xlsxFail('unreadable', findingMessages.fileUnreadable(file, findingMessages.fileSystemReason('EISDIR')));
    return withinLimit(stat.size, file, limits) ?? xlsxOk(await fs.readFile(source));
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return xlsxFail('notFound', findingMessages.fileNotFound(file));
    return xlsxFail('unreadable', findingMessages.fileUnreadable(file, findingMessages.fileSystemReason(code)));
  }
}

function withinLimit(size: number, file: string, limits: ReadLimits): XlsxResult<never> | undefined {
  if (size <= limits.maxBytes) return undefined;
  return xlsxFail('tooLarge', findingMessages.fileTooLarge(file, size / MEGABYTE, limits.maxBytes / MEGABYTE));
}

const ZIP = [0x50, 0x4b];
// The Compound File header: an .xls, or an .xlsx that Excel encrypted with a password (MS-OFFCRYPTO).
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted workbook keeps the real package in this stream; the directory names it in UTF-16LE.
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** What the first bytes say the file is, before anyone unzips it. */
export function sniff(bytes: Uint8Array): 'zip' | 'encrypted' | 'oldXls' | 'other' {
  const startsWith = (magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (startsWith(COMPOUND_FILE)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'oldXls';
  return startsWith(ZIP) ? 'zip' : 'other';
}
