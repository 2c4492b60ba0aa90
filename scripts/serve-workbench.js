#!/usr/bin/env node
// Serves the built workbench (dist/workbench, from `npm run build:workbench`) on localhost, for
// `npm start`. A plain static server: loopback only, GET and HEAD, nothing outside the folder,
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

/** The file a request path names inside root, or undefined for anything outside it. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

function respond(response, status, headers, body) {
  response.writeHead(status, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

function handler(root) {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(response, 405, { Allow: 'GET, HEAD', 'Content-Type': TYPES['.txt'] }, 'Method not allowed\n');
    }
    const file = fileFor(root, request.url || '/');
    if (!file) return respond(response, 404, { 'Content-Type': TYPES['.txt'] }, 'Not found\n');
    fs.readFile(file, (error, body) => {
      if (error) return respond(response, 404, { 'Content-Type': TYPES['.txt'] }, 'Not found\n');
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      respond(response, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Length': body.length }, request.method === 'HEAD' ? undefined : body);
    });
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
  const server = http.createServer(handler(absoluteRoot));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
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

module.exports = { serveWorkbench, fileFor, CONTENT_SECURITY_POLICY };

if (require.main === module) main();
