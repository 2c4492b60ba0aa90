'use strict';
/**
 * The workbench's first render, for bench/workbench.js: navigation start to the first frame in
 * which the grid shows "Summa intäkter 11 489", measured by the page's own clock, with a fresh
 * Chromium profile (cold cache) each run and the page served from loopback.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { median, round, RUNS } = require('./workbench-lib');

const ROOT = path.join(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NAME = 'workbench: first render in Chromium (navigation → Summa intäkter 11 489)';
const TARGET_MS = 1500;

async function firstRenderFigures() {
  if (!fs.existsSync(CHROMIUM)) return [{ name: NAME, ms: null, target: `< ${TARGET_MS} ms`, met: false, note: `no Chromium at ${CHROMIUM}` }];
  const { chromium } = require('playwright-core');
  const { serveWorkbench } = require(path.join(ROOT, 'scripts', 'serve-workbench'));
  const server = await serveWorkbench({ port: 0 });
  const times = [];
  try {
    for (let i = 0; i < Math.min(RUNS, 5) + 1; i++) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-bench-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update'],
        viewport: { width: 1400, height: 900 },
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(server.url, { waitUntil: 'commit' });
        const handle = await page.waitForFunction(
          () => {
            const first = [...document.querySelectorAll('td[role="gridcell"][data-col="0"]')].find((td) => td.textContent === 'Summa intäkter');
            return first?.nextElementSibling?.textContent === '11 489' ? performance.now() : false;
          },
          undefined,
          { polling: 'raf', timeout: 30_000 },
        );
        const ms = await handle.jsonValue();
        if (i > 0) times.push(ms); // The first launch warms the disk cache for Chromium itself.
      } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  const ms = median(times);
  return [{ name: NAME, ms: round(ms), target: `< ${TARGET_MS} ms`, met: ms < TARGET_MS }];
}

module.exports = { firstRenderFigures };
