#!/usr/bin/env node
// `npm run examples`: writes every example workbook of src/sheets/examples.ts to examples/,
// with formulas and the values the engine computed. Run after `npm run prepare`.
'use strict';
const fs = require('fs');
const path = require('path');
const { EXAMPLES } = require('../dist/node/sheets/registry');
const { writePlanToXlsx } = require('../dist/node/workbook/xlsx');

async function main() {
  const folder = path.join(__dirname, '..', 'examples');
  fs.mkdirSync(folder, { recursive: true });
  for (const [name, plan] of Object.entries(EXAMPLES)) {
    const result = await writePlanToXlsx(plan(), path.join(folder, `${name}.xlsx`));
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    console.log(`examples/${name}.xlsx`);
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
