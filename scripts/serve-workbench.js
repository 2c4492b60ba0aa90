#!/usr/bin/env node
// Serves the built workbench (dist/workbench, from `npm run build:workbench`) on localhost, for
// `npm start`. A plain static server: loopback only (and only under a loopback Host name, against
// DNS rebinding), GET and HEAD, nothing outside the folder, 400 for a malformed path,
// and a Content-Security-Policy that lets the page load only from this server, so the browser
// itself refuses any request that would leave the machine (issue 7: starts with no network).
//
//   node scripts/serve-workbench.js [--port 3100] [--dir dist/workbench]
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const DEFAULT_PORT = 3100;
const DEFAULT_ROOT = path.join(__dirname, '..', 'dist', 'workbench');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

// Griffel (Fluent UI's CSS-in-JS) inserts style rules at run time, hence 'unsafe-inline' for styles.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The file a request path names inside root; undefined for a path that is malformed (bad
 * percent-encoding, a NUL, a ".." segment, not starting with "/") or lies outside root.
 */
function fileFor(root, urlPath) {
  const pathPart = String(urlPath).split('?')[0];
  if (!pathPart.startsWith('/')) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether the Host header names this server on loopback (with its port, or none): a page on
 * another site whose name resolves to 127.0.0.1 (DNS rebinding) sends its own name and is refused.
 */
function hostAllowed(host, port) {
  if (typeof host !== 'string') return false;
  const match = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!match || !LOOPBACK_NAMES.has(match[1])) return false;
  return match[2] === undefined || Number(match[2]) === port;
}

function respond(response, status, headers, body) {
  response.writeHead(status, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

function handler(root, portOf) {
  const text = { 'Content-Type': TYPES['.txt'] };
  return (request, response) => {
    if (!hostAllowed(request.headers.host, portOf())) {
      return respond(response, request.headers.host ? 421 : 400, text, 'Misdirected request: use http://localhost:PORT/\n');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(response, 405, { Allow: 'GET, HEAD', ...text }, 'Method not allowed\n');
    }
    const file = fileFor(root, request.url || '/');
    if (!file) return respond(response, 400, text, 'Bad request\n');
    const send = (error, body) => {
      if (error) return respond(response, 404, text, 'Not found\n');
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      respond(response, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Length': body.length }, request.method === 'HEAD' ? undefined : body);
    };
    // fs throws synchronously on a path it cannot take at all; one request must never end the server.
    try {
      fs.readFile(file, send);
    } catch {
      respond(response, 400, text, 'Bad request\n');
    }
  };
}

/**
 * Starts the server; resolves with it and its URL once it listens. Port 0 takes a free port (the
 * browser tests and the benchmark do that).
 */
function serveWorkbench({ port = DEFAULT_PORT, root = DEFAULT_ROOT, host = '127.0.0.1' } = {}) {
  const absoluteRoot = path.resolve(root);
  if (!fs.existsSync(path.join(absoluteRoot, 'index.html'))) {
    return Promise.reject(new Error(`${path.relative(process.cwd(), absoluteRoot) || absoluteRoot}/index.html not found; run npm run build:workbench first`));
  }
  let listeningPort = port;
  const server = http.createServer(handler(absoluteRoot, () => listeningPort));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      listeningPort = actual;
      resolve({ server, url: `http://localhost:${actual}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

async function main() {
  const port = Number(option('port', process.env.PORT || DEFAULT_PORT));
  try {
    const { url } = await serveWorkbench({ port, root: option('dir', DEFAULT_ROOT) });
    console.log(`FINSAM workbench: ${url}`);
    console.log('Open it in a browser. Ctrl+C stops the server.');
  } catch (error) {
    const reason = error.code === 'EADDRINUSE' ? `port ${port} is in use; try --port ${port + 1}` : error.message;
    console.error(`serve-workbench: ${reason}`);
    process.exitCode = 1;
  }
}

module.exports = { serveWorkbench, fileFor, hostAllowed, CONTENT_SECURITY_POLICY };

if (require.main === module) main();
