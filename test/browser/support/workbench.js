'use strict';
/**
 * The browser tests' harness: the built workbench served on a free loopback port, Debian's
 * Chromium driven by playwright-core (never a downloaded browser), every request the page makes
 * recorded, and screenshots written to test-artifacts/. Each test gets a fresh browser profile
 * (a new --user-data-dir), so the pane's forms start from their defaults.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { serveWorkbench } = require('../../../scripts/serve-workbench');

const ROOT = path.join(__dirname, '..', '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Headless, offline-friendly, nothing phoning home (the launch options the issue gives). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
  '--disable-background-networking',
  '--disable-component-update',
];
const VIEWPORT = { width: 1400, height: 900 };

/** The server for one test file; close() when done. */
async function startServer() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  return serveWorkbench({ port: 0, root: path.join(ROOT, 'dist', 'workbench') });
}

/**
 * A fresh browser with one page. `requests` lists every URL the page asked for; `problems` every
 * uncaught error and console error (a Content-Security-Policy refusal shows there too).
 */
async function openBrowser({ colorScheme = 'light' } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    colorScheme,
    acceptDownloads: true,
    locale: 'sv-SE',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, requests, problems, close };
}

/** Every request went to the workbench's own server (or stayed in the page as data: or blob:). */
function assertStayedLocal(requests, baseUrl) {
  const origin = new URL(baseUrl).origin;
  assert.ok(requests.length > 0, 'the page made no request at all');
  const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  assert.deepEqual(outside, [], `requests that left the page's server: ${outside.join(', ')}`);
}

/** A PNG of the page in test-artifacts/, once Fluent's open and close animations have finished. */
async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

module.exports = { ARTIFACTS, ROOT, startServer, openBrowser, assertStayedLocal, screenshot, ...require('./grid') };

/**
 * Runs a scenario in a fresh browser, then checks what every scenario must keep: no request left
 * the page's own server, and no error was thrown or logged.
 */
async function inBrowser(server, options, scenario) {
  const browser = await openBrowser(options);
  try {
    await scenario(browser.page, browser);
    assertStayedLocal(browser.requests, server.url);
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
  }
}

module.exports.inBrowser = inBrowser;
