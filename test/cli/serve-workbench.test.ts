import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { Socket } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

/** The workbench server (issue 17, items 1 and 11): a malformed path is a 400, not a crash; a foreign Host is refused. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveWorkbench, hostAllowed } = require('../../scripts/serve-workbench') as {
  serveWorkbench: (options: { port: number; root: string }) => Promise<{ url: string; close: () => Promise<void> }>;
  hostAllowed: (host: unknown, port: number) => boolean;
};

const root = mkdtempSync(join(tmpdir(), 'finsam-serve-'));
writeFileSync(join(root, 'index.html'), '<p>hej</p>');
let server: { url: string; close: () => Promise<void> };
let port: number;

beforeAll(async () => {
  server = await serveWorkbench({ port: 0, root });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** One raw HTTP/1.1 request to 127.0.0.1 (bytes as given, so NUL and bad escapes reach the server); the status code. */
function request(path: string, host: string | null = `127.0.0.1:${port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let answer = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(path)}`)));
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.connect(port, '127.0.0.1', () => {
      const hostLine = host === null ? '' : `Host: ${host}\r\n`;
      socket.write(Buffer.from(`GET ${path} HTTP/1.1\r\n${hostLine}Connection: close\r\n\r\n`, 'latin1'));
    });
  });
}

describe('workbench server: malformed paths', () => {
  test.each([
    ['%00', '/%00'],
    ['an encoded NUL inside a name', '/index.html%00.js'],
    ['bad percent-encoding', '/%E0%A4%A'],
    ['a lone %', '/%'],
    ['.. as a segment', '/../index.html'],
    ['encoded ..', '/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded slash and ..', '/..%2f..%2fetc%2fpasswd'],
    ['a backslash ..', '/..%5c..%5cindex.html'],
    ['an absolute URL', 'http://evil.example/index.html'],
  ])('%s is a 400, and the server still serves index.html', async (_, path) => {
    expect(await request(path)).toBe(400);
    expect(await request('/')).toBe(200);
  });

  test('a missing file is a 404; the index is a 200', async () => {
    expect(await request('/finns-inte.js')).toBe(404);
    expect(await request('/index.html')).toBe(200);
  });

  test('200 malformed requests in a row leave it serving', async () => {
    for (let i = 0; i < 200; i += 1) await request(i % 2 ? '/%00' : '/%');
    expect(await request('/')).toBe(200);
  });
});

describe('workbench server: the Host header (DNS rebinding)', () => {
  test.each(['localhost', '127.0.0.1', '[::1]', 'LOCALHOST'])('%s with the port is served', async (name) => {
    expect(await request('/', `${name}:${port}`)).toBe(200);
  });

  test.each([
    ['another site resolving to 127.0.0.1', () => `evil.example:${port}`],
    ['localhost on another port', () => `localhost:${port + 1}`],
    ['a name ending in localhost', () => `localhost.evil.example:${port}`],
    ['127.0.0.1 as a prefix', () => `127.0.0.1.evil.example:${port}`],
  ])('%s is a 421', async (_, host) => {
    expect(await request('/', host())).toBe(421);
  });

  test('no Host header is a 400', async () => {
    expect(await request('/', null)).toBe(400);
  });

  test('hostAllowed: the port may be left out, but not be another', () => {
    expect(hostAllowed('localhost', 3100)).toBe(true);
    expect(hostAllowed('localhost:3100', 3100)).toBe(true);
    expect(hostAllowed('localhost:31000', 3100)).toBe(false);
    expect(hostAllowed(undefined, 3100)).toBe(false);
    expect(hostAllowed('[::1]:3100', 3100)).toBe(true);
    expect(hostAllowed('::1', 3100)).toBe(false);
  });
});
