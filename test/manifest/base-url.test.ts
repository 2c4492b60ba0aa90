/**
 * FINSAM_BASE_URL: one setting moves the manifest's URLs and functions.json's help URLs from the
 * dev server to a real host, and check-build holds the two to one base. The plugin's rewrite is
 * tested here on the committed manifest; `npm run build && npm run check-build` checks the
 * generated files.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { ROOT_DIR } from './checks';

interface BaseUrlModule {
  baseUrl(env: Record<string, string | undefined>, fallback?: string): string;
  devBaseUrl(port?: number): string;
  rebase(text: string, from: string, to: string): string;
}
interface CheckBuildModule {
  checkBase(xml: string, functions: { id: string; helpUrl?: string }[], wanted?: string): { base?: string; problems: string[] };
}
// Plain Node scripts (webpack loads them), so they are required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { baseUrl, devBaseUrl, rebase } = require(join(ROOT_DIR, 'scripts', 'base-url.js')) as BaseUrlModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkBase } = require(join(ROOT_DIR, 'scripts', 'check-build.js')) as CheckBuildModule;

const MANIFEST = readFileSync(join(ROOT_DIR, 'manifest.xml'), 'utf8');
const DEV = 'https://localhost:3000';
const HOST = 'https://finsam.example.se';
const functions = (base: string) => ['SHARE', 'FYE'].map((id) => ({ id, helpUrl: `${base}/help/${id.toLowerCase()}.html` }));

describe('the build\'s base URL', () => {
  test('is the dev server unless FINSAM_BASE_URL says otherwise, without a trailing slash', () => {
    expect(devBaseUrl()).toBe(DEV);
    expect(baseUrl({})).toBe(DEV);
    expect(baseUrl({ FINSAM_BASE_URL: 'https://finsam.example.se/' })).toBe(HOST);
    expect(baseUrl({ FINSAM_BASE_URL: 'https://example.se/finsam' })).toBe('https://example.se/finsam');
  });

  test('must be a plain https address', () => {
    expect(() => baseUrl({ FINSAM_BASE_URL: 'http://finsam.example.se' })).toThrow('must be https');
    expect(() => baseUrl({ FINSAM_BASE_URL: 'finsam.example.se' })).toThrow('is not a URL');
    expect(() => baseUrl({ FINSAM_BASE_URL: 'https://finsam.example.se/?v=1' })).toThrow('no query');
  });

  test('rewrites every manifest URL and leaves no localhost; another port is not a prefix', () => {
    const hosted = rebase(MANIFEST, DEV, HOST);
    expect(hosted).not.toContain('localhost');
    expect(hosted).toContain(`<SourceLocation DefaultValue="${HOST}/taskpane.html"/>`);
    expect(hosted).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${HOST}/functions.json"/>`);
    expect(rebase('https://localhost:30000/x https://localhost:3000/y', DEV, HOST)).toBe(`https://localhost:30000/x ${HOST}/y`);
  });

  test('check-build accepts a manifest and functions.json on one base, dev or hosted', () => {
    expect(checkBase(MANIFEST, functions(DEV))).toEqual({ base: DEV, problems: [] });
    expect(checkBase(rebase(MANIFEST, DEV, HOST), functions(HOST), HOST)).toEqual({ base: HOST, problems: [] });
  });

  test('check-build names each disagreement: a help URL left on localhost, a URL on another host, another base than asked for', () => {
    const hosted = rebase(MANIFEST, DEV, HOST);
    expect(checkBase(hosted, [...functions(HOST), { id: 'RATE', helpUrl: `${DEV}/help/rate.html` }]).problems).toEqual([
      `RATE: helpUrl ${DEV}/help/rate.html is not on ${HOST}/help/ (the manifest's base)`,
      `functions.json is built for ${HOST} but still names localhost`,
    ]);
    const mixed = hosted.replace(`${HOST}/functions.js"`, `${DEV}/functions.js"`);
    expect(checkBase(mixed, functions(HOST)).problems).toEqual([
      `manifest.xml URL ${DEV}/functions.js is not on ${HOST}`,
      `manifest.xml is built for ${HOST} but still names localhost`,
    ]);
    expect(checkBase(MANIFEST, functions(DEV), HOST).problems).toEqual([
      `manifest.xml is built for ${DEV}, not FINSAM_BASE_URL ${HOST}: run npm run build with it`,
    ]);
  });
});
