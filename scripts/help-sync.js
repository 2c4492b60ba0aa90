#!/usr/bin/env node
// `npm run help:sync`: writes, from the help source in src/help, the JSDoc block of every
// custom function in src/functions (which webpack turns into functions.json), the summaries in
// src/functions/catalog.ts and the function table in README.md. `--check` writes nothing and
// exits 1 when a file differs (test/help/one-source.test.ts checks the same in jest).
'use strict';

const fs = require('fs');
const path = require('path');
const { loadHelpModule } = require('./load-help');

const ROOT = path.join(__dirname, '..');

function targets() {
  const jsdoc = loadHelpModule('jsdoc');
  const readme = loadHelpModule('readme');
  const functionFiles = jsdoc.FUNCTION_FILES.map((file) => ({
    file: path.join('src', 'functions', file),
    sync: (text) => jsdoc.syncFunctionFile(text).text,
  }));
  return [
    ...functionFiles,
    { file: path.join('src', 'functions', 'catalog.ts'), sync: jsdoc.syncCatalogSummaries },
    { file: 'README.md', sync: readme.syncReadme },
  ];
}

function main(args) {
  const check = args.includes('--check');
  const changed = [];
  for (const { file, sync } of targets()) {
    const full = path.join(ROOT, file);
    const before = fs.readFileSync(full, 'utf8');
    const after = sync(before);
    if (after === before) continue;
    changed.push(file);
    if (!check) fs.writeFileSync(full, after);
  }
  if (check && changed.length > 0) {
    console.error(`help:sync --check: ${changed.join(', ')} differ from src/help; run npm run help:sync`);
    return 1;
  }
  console.log(changed.length === 0 ? 'help:sync: everything already matches src/help' : `help:sync: rewrote ${changed.join(', ')}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
