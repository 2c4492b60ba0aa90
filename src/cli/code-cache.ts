import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import Module from 'module';
import { dirname, join, sep } from 'path';
import * as vm from 'vm';
import { CachedModule, cacheFileName, CodeCache, decodeCache, EMPTY_CACHE, encodeCache, userCacheDir } from './code-cache-file';

/**
 * A V8 code cache for the CLI's modules (Node 20 has no module.enableCompileCache). Half of
 * `finsam eval '=1+1'` was Node compiling HyperFormula's ~200 modules and searching the disk
 * for each `require`; with the cache a start-up reads one file instead. Every module is still
 * the same source run the same way: V8 compiles it afresh whenever the cached code does not
 * match (a changed file, another Node), so a stale cache costs time, never a wrong answer.
 */
export interface CodeCacheOptions {
  /** Folders whose .js modules go through the cache (the project's dist/node and node_modules). */
  readonly roots: readonly string[];
  /** The cache file, read at start and rewritten at exit when something was compiled anew. */
  readonly file: string;
  /** Resolutions are reused only under the same fingerprint (Node version, installed packages, build). */
  readonly fingerprint: string;
}

interface NodeModule {
  exports: unknown;
  filename: string;
  require(id: string): unknown;
}

/** The parts of Node's CommonJS loader the cache hooks into (stable since Node 0.x, not typed). */
interface Loader {
  _extensions: Record<string, (module: NodeModule, filename: string) => void>;
  _resolveFilename(request: string, parent: NodeModule | undefined, isMain: boolean, options?: unknown): string;
  _cache: Record<string, unknown>;
  wrap(source: string): string;
}

/** Above this the modules not used by this run are dropped when the file is rewritten. */
const MAX_BYTES = 64 * 1024 * 1024;

/** The options for the project at `root`: cache in the user's cache folder, fingerprint from Node and npm's lock. */
export function projectCodeCache(root: string): CodeCacheOptions {
  const packages = join(root, 'node_modules');
  // npm rewrites its lock on every install and tsc every file of dist/node on every build.
  const lock = statSync(join(packages, '.package-lock.json'), { throwIfNoEntry: false });
  const build = statSync(join(root, 'dist', 'node', 'cli', 'main.js'), { throwIfNoEntry: false });
  let roots = [join(root, 'dist'), packages];
  try {
    roots = [...roots, realpathSync(packages)];
  } catch {
    // No node_modules folder: nothing there to cache.
  }
  return { roots, file: join(userCacheDir(), cacheFileName(root)), fingerprint: `${process.version} ${lock?.mtimeMs ?? 0} ${build?.mtimeMs ?? 0}` };
}

/** Hooks the cache into Node's loader for the rest of this process. Never throws: without a cache the CLI runs as before. */
export function installCodeCache(options: CodeCacheOptions): void {
  const loader = Module as unknown as Loader;
  const old = readCache(options.file);
  const oldResolved = old.fingerprint === options.fingerprint ? old.resolved : new Map<string, string>();
  const resolved = new Map<string, string>();
  const compiled = new Map<string, { stamp: string; script: vm.Script }>();
  let changed = false;
  const inRoots = (file: string): boolean => options.roots.some((root) => file.startsWith(root + sep));

  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (request, parent, isMain, resolveOptions) {
    if (isMain || resolveOptions !== undefined || !parent?.filename || !inRoots(parent.filename)) return resolve.call(this, request, parent, isMain, resolveOptions);
    const key = `${dirname(parent.filename)}\0${request}`;
    const known = oldResolved.get(key);
    if (known !== undefined) {
      resolved.set(key, known);
      return known;
    }
    const file = resolve.call(this, request, parent, isMain, resolveOptions);
    // Node's own modules (fs, node:path) resolve to themselves and are cheap.
    if (file.includes(sep)) {
      resolved.set(key, file);
      changed = true;
    }
    return file;
  };

  const loadJs = loader._extensions['.js'];
  loader._extensions['.js'] = function (module, filename) {
    // Node's own handler also looks for package.json "type" in every folder above; our roots are CommonJS.
    if (!inRoots(filename)) return loadJs.call(this, module, filename);
    const stamp = fileStamp(filename);
    const cached = old.modules.get(filename);
    let script: vm.Script;
    try {
      script = new vm.Script(loader.wrap(sourceText(readFileSync(filename))), {
        filename,
        cachedData: cached?.stamp === stamp ? cached.data : undefined,
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
    } catch (thrown) {
      // Not CommonJS after all (an ES module in a "type": "module" package): Node's own handler decides, before anything ran.
      if (thrown instanceof SyntaxError) return loadJs.call(this, module, filename);
      throw thrown;
    }
    if (cached?.stamp !== stamp || script.cachedDataRejected) changed = true;
    compiled.set(filename, { stamp, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, requireFor(module, loader), module, filename, dirname(filename));
  };

  process.once('exit', () => {
    if (!changed) return;
    try {
      // Made after the run, the code includes the functions this run compiled lazily.
      const modules = new Map<string, CachedModule>();
      for (const [file, { stamp, script }] of compiled) modules.set(file, { stamp, data: script.createCachedData() });
      const kept = keptEntries({ ...old, resolved: oldResolved }, modules);
      writeCache(options.file, { fingerprint: options.fingerprint, modules: new Map([...kept.modules, ...modules]), resolved: new Map([...kept.resolved, ...resolved]) });
    } catch {
      // The answer is already out; only the next start-up is slower.
    }
  });
}

/**
 * A file's size and modification time, as Python checks its .pyc files: cheaper than hashing
 * (loading node:crypto alone costs 13 ms), and any rebuild or edit changes the time.
 */
function fileStamp(filename: string): string {
  const { size, mtimeMs } = statSync(filename);
  return `${size}:${mtimeMs}`;
}

/** The source as Node reads it: without a byte order mark, a "#!" line kept as a comment (same line numbers). */
function sourceText(bytes: Buffer): string {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return text.startsWith('#!') ? `//${text}` : text;
}

/** The `require` a module's code sees, as Node makes it. */
function requireFor(module: NodeModule, loader: Loader): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => loader._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => (Module as unknown as { _resolveLookupPaths(r: string, m: NodeModule): string[] | null })._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = loader._extensions as unknown as NodeJS.RequireExtensions;
  require.cache = loader._cache as NodeJS.Dict<NodeJS.Module>;
  return require;
}

/** Entries of modules this run did not load (another command's), unless the file grew too large. */
function keptEntries(old: CodeCache, fresh: ReadonlyMap<string, CachedModule>): Pick<CodeCache, 'modules' | 'resolved'> {
  let bytes = 0;
  for (const { data } of fresh.values()) bytes += data.length;
  const modules = new Map<string, CachedModule>();
  for (const [file, entry] of old.modules) {
    if (fresh.has(file)) continue;
    bytes += entry.data.length;
    if (bytes > MAX_BYTES) return { modules: new Map(), resolved: new Map() };
    modules.set(file, entry);
  }
  return { modules, resolved: old.resolved };
}

function readCache(file: string): CodeCache {
  try {
    return decodeCache(readFileSync(file));
  } catch {
    return EMPTY_CACHE;
  }
}

/** Written beside and renamed into place, so a reader never sees half a file; a folder we cannot write costs only the cache. */
function writeCache(file: string, cache: CodeCache): void {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(partial, encodeCache(cache), { mode: 0o600 });
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}
