import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cacheFileName, decodeCache, EMPTY_CACHE, encodeCache, userCacheDir } from '../../src/cli/code-cache-file';

// The loader runs in a child process from dist/node (built by `npx tsc -p tsconfig.node.json`).
const ROOT = join(__dirname, '..', '..');
const LOADER = join(ROOT, 'dist', 'node', 'cli', 'code-cache.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'finsam-code-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `main.js` of the temporary project through the cache and returns what it exports. */
function loadThroughCache(fingerprint = 'f1'): string {
  const options = JSON.stringify({ roots: [join(dir, 'project')], file: join(dir, 'cache.bin'), fingerprint });
  const script = `require(${JSON.stringify(LOADER)}).installCodeCache(${options}); process.stdout.write(String(require(${JSON.stringify(join(dir, 'project', 'main.js'))})))`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

function writeModule(name: string, source: string, mtimeSeconds?: number): void {
  const file = join(dir, 'project', name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, source);
  if (mtimeSeconds !== undefined) utimesSync(file, mtimeSeconds, mtimeSeconds);
}

describe('the code cache file', () => {
  it('reads back what it wrote', () => {
    const data = Buffer.from([1, 2, 3, 250]);
    const cache = { fingerprint: 'v20 1', modules: new Map([['/a.js', { stamp: '12:3', data }], ['/b.js', { stamp: '4:5', data: Buffer.from('xy') }]]), resolved: new Map([['/p\0./a', '/a.js']]) };
    const back = decodeCache(encodeCache(cache));
    expect(back.fingerprint).toBe('v20 1');
    expect([...back.modules.keys()]).toEqual(['/a.js', '/b.js']);
    expect([...back.modules.get('/a.js')!.data]).toEqual([1, 2, 3, 250]);
    expect(back.modules.get('/b.js')!.data.toString()).toBe('xy');
    expect(back.modules.get('/b.js')!.stamp).toBe('4:5');
    expect(back.resolved.get('/p\0./a')).toBe('/a.js');
  });

  it('is empty for bytes that are not a whole cache file', () => {
    const whole = encodeCache({ fingerprint: 'f', modules: new Map([['/a.js', { stamp: 's', data: Buffer.alloc(100, 7) }]]), resolved: new Map() });
    expect(decodeCache(Buffer.from('not a cache'))).toBe(EMPTY_CACHE);
    expect(decodeCache(Buffer.alloc(0))).toBe(EMPTY_CACHE);
    expect(decodeCache(whole.subarray(0, whole.length - 1))).toBe(EMPTY_CACHE);
    expect(decodeCache(whole.subarray(0, 20))).toBe(EMPTY_CACHE);
  });

  it('is one file per project folder and Node version', () => {
    expect(cacheFileName('/home/a/finsam')).toBe(cacheFileName('/home/a/finsam'));
    expect(cacheFileName('/home/a/finsam')).not.toBe(cacheFileName('/home/a/finsam2'));
    expect(cacheFileName('/home/a/finsam')).toMatch(new RegExp(`^v8-code-${process.version.replace(/\./g, '\\.')}-${process.arch}-[0-9a-f]{8}\\.bin$`));
  });

  it('lives in the folder each system keeps for caches', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe(join('/x/cache', 'finsam'));
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(join('C:\\Users\\a\\AppData\\Local', 'finsam', 'Cache'));
    expect(userCacheDir({}, 'darwin')).toMatch(/Library.Caches.finsam$/);
    expect(userCacheDir({}, 'linux')).toMatch(/\.cache.finsam$/);
  });
});

describe('loading modules through the code cache', () => {
  it('gives the same exports from the cache and leaves the file alone when nothing changed', () => {
    writeModule('main.js', "#!/usr/bin/env node\nmodule.exports = 'A' + require('./lib/part') + require('path').sep.length;");
    writeModule('lib/part.js', "\uFEFFmodule.exports = require.resolve('./other').endsWith('other.js') ? 'B' : 'x';");
    writeModule('lib/other.js', 'module.exports = 0;');
    expect(loadThroughCache()).toBe('AB1');
    const written = statSync(join(dir, 'cache.bin')).mtimeMs;
    expect(decodeCache(readFileSync(join(dir, 'cache.bin'))).modules.size).toBe(2);
    expect(loadThroughCache()).toBe('AB1');
    expect(statSync(join(dir, 'cache.bin')).mtimeMs).toBe(written);
  });

  it('compiles a changed module afresh even when its length is the same', () => {
    writeModule('main.js', "module.exports = require('./n');", 1_000_000);
    writeModule('n.js', "module.exports = 'old';", 1_000_000);
    expect(loadThroughCache()).toBe('old');
    writeModule('n.js', "module.exports = 'new';", 1_000_100);
    expect(loadThroughCache()).toBe('new');
  });

  it('resolves anew under a new fingerprint (another install or build)', () => {
    writeModule('main.js', "module.exports = require('./dep');");
    writeModule('dep.js', "module.exports = 'file';");
    expect(loadThroughCache('f1')).toBe('file');
    rmSync(join(dir, 'project', 'dep.js'));
    writeModule('dep/index.js', "module.exports = 'folder';");
    expect(loadThroughCache('f2')).toBe('folder');
  });

  it('runs as before when the cache file is damaged or cannot be written', () => {
    writeModule('main.js', "module.exports = 'ok';");
    writeFileSync(join(dir, 'cache.bin'), 'FSC1\u00ff\u00ff\u00ff\u00ffgarbage');
    expect(loadThroughCache()).toBe('ok');
    rmSync(join(dir, 'cache.bin'));
    mkdirSync(join(dir, 'cache.bin'));
    expect(loadThroughCache()).toBe('ok');
  });

  it('leaves an ES module to Node, which loads it', () => {
    writeModule('package.json', '{ "type": "module" }');
    writeModule('main.js', "export default 'esm';");
    const script = `require(${JSON.stringify(LOADER)}).installCodeCache(${JSON.stringify({ roots: [join(dir, 'project')], file: join(dir, 'cache.bin'), fingerprint: 'f' })}); process.stdout.write(require(${JSON.stringify(join(dir, 'project', 'main.js'))}).default)`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe('esm');
  });
});

describe('finsam with the code cache', () => {
  const run = (env: NodeJS.ProcessEnv): string =>
    execFileSync(process.execPath, [join(ROOT, 'bin', 'finsam.js'), 'eval', '=FINSAM.RATE({1;2},{4;4})'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: dir, ...env } });

  it('answers the same on the first and the cached start, and writes nothing when turned off', () => {
    expect(run({ FINSAM_CODE_CACHE: '0' })).toBe('0,375\n');
    expect(existsSync(join(dir, 'finsam'))).toBe(false);
    expect(run({})).toBe('0,375\n');
    expect(existsSync(join(dir, 'finsam'))).toBe(true);
    expect(run({})).toBe('0,375\n');
  });
});
