#!/usr/bin/env node
// Copies one screenshot of each main view of the workbench from test-artifacts/ (written by
// `npm run test:browser`) to docs/screenshots/, which README.md shows. Run after the browser
// tests when the look has changed on purpose; read the pictures before committing them. Where
// pngquant is installed (Debian: apt-get install pngquant) the copies are palette PNGs, about a
// third of the size; elsewhere they are copied as they are.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const FROM = path.join(ROOT, 'test-artifacts');
const TO = path.join(ROOT, 'docs', 'screenshots');

/** The views README shows, by the name the browser tests give their screenshots. */
const VIEWS = ['workbench-budget', 'workbench-finding', 'workbench-replace-question', 'workbench-dark'];

function main() {
  const missing = VIEWS.filter((view) => !fs.existsSync(path.join(FROM, `${view}.png`)));
  if (missing.length > 0) {
    console.error(`update-screenshots: not in test-artifacts/: ${missing.join(', ')}; run npm run test:browser first`);
    return 1;
  }
  fs.mkdirSync(TO, { recursive: true });
  for (const view of VIEWS) {
    const target = path.join(TO, `${view}.png`);
    const source = path.join(FROM, `${view}.png`);
    const quantized = spawnSync('pngquant', ['--quality=70-90', '--speed=1', '--force', '--output', target, source]);
    if (quantized.error || quantized.status !== 0) fs.copyFileSync(source, target);
    console.log(`${path.relative(ROOT, target)} (${Math.round(fs.statSync(target).size / 1024)} KB)`);
  }
  return 0;
}

process.exitCode = main();
