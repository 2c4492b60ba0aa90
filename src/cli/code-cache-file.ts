import { homedir } from 'os';
import { join } from 'path';

/**
 * The file of the CLI's code cache: V8's compiled code per module, keyed by the module's file
 * name and checked against its size and modification time, and where each `require` resolved to. One file,
 * read with one call, so that a start-up pays for neither compiling nor searching the disk.
 */
export interface CachedModule {
  /** The source file's size and modification time: V8 itself only checks the source's length. */
  readonly stamp: string;
  readonly data: Buffer;
}

export interface CodeCache {
  /** Invalidates `resolved` when Node or the installed packages change. */
  readonly fingerprint: string;
  readonly modules: ReadonlyMap<string, CachedModule>;
  /** "directory of the requiring file \0 request" → the file it resolved to. */
  readonly resolved: ReadonlyMap<string, string>;
}

const MAGIC = 'FSC1';

export const EMPTY_CACHE: CodeCache = { fingerprint: '', modules: new Map(), resolved: new Map() };

interface Header {
  readonly fingerprint: string;
  readonly modules: Record<string, { stamp: string; offset: number; length: number }>;
  readonly resolved: Record<string, string>;
}

export function encodeCache(cache: CodeCache): Buffer {
  const modules: Header['modules'] = {};
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [file, { stamp, data }] of cache.modules) {
    modules[file] = { stamp, offset, length: data.length };
    parts.push(data);
    offset += data.length;
  }
  const header = Buffer.from(JSON.stringify({ fingerprint: cache.fingerprint, modules, resolved: Object.fromEntries(cache.resolved) }));
  const lead = Buffer.alloc(MAGIC.length + 4);
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(header.length, MAGIC.length);
  return Buffer.concat([lead, header, ...parts]);
}

/** The cache in a file's bytes; empty for anything that is not a whole cache file (a torn write, another version). */
export function decodeCache(bytes: Buffer): CodeCache {
  try {
    if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return EMPTY_CACHE;
    const headerEnd = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length);
    const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, headerEnd)) as Header;
    const body = bytes.subarray(headerEnd);
    const modules = new Map<string, CachedModule>();
    for (const [file, { stamp, offset, length }] of Object.entries(header.modules)) {
      if (offset + length > body.length) return EMPTY_CACHE;
      modules.set(file, { stamp, data: body.subarray(offset, offset + length) });
    }
    return { fingerprint: header.fingerprint, modules, resolved: new Map(Object.entries(header.resolved)) };
  } catch {
    return EMPTY_CACHE;
  }
}

/** The user's cache folder as each system names it (XDG on Linux). */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'finsam', 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'finsam');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'finsam');
}

/**
 * One file per Node version and architecture (V8 refuses code compiled by another) and per
 * project folder, so two checkouts do not grow one file that every start-up reads.
 */
export function cacheFileName(root: string): string {
  // FNV-1a: loading node:crypto for a hash would cost more than the cache saves here.
  let hash = 0x811c9dc5;
  for (let i = 0; i < root.length; i += 1) hash = Math.imul(hash ^ root.charCodeAt(i), 0x01000193) >>> 0;
  return `v8-code-${process.version}-${process.arch}-${hash.toString(16).padStart(8, '0')}.bin`;
}
