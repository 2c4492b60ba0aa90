#!/usr/bin/env node
// The CLI is compiled to dist/node by `npm ci` (the "prepare" script).
const path = require('path');
const fs = require('fs');
const dist = path.join(__dirname, '..', 'dist', 'node');
const main = path.join(dist, 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error('finsam: kör "npm ci" (eller "npm run prepare") först; dist/node saknas.');
  process.exit(2);
}
// A formula on an empty sheet is over in a moment: let V8 run more code before it spends time
// optimising it (16 times its default budget; measured 0.88 of eval's start-up CPU time). A long
// computation is still optimised, a few milliseconds later.
if (process.argv[2] === 'eval') require('v8').setFlagsFromString('--interrupt-budget=1048576');
// V8's compiled code for the CLI's modules, kept in the user's cache folder (FINSAM_CODE_CACHE=0 turns it off).
if (process.env.FINSAM_CODE_CACHE !== '0') {
  try {
    const cache = require(path.join(dist, 'cli', 'code-cache.js'));
    cache.installCodeCache(cache.projectCodeCache(path.join(__dirname, '..')));
  } catch {
    // Without the cache the CLI only starts more slowly.
  }
}
const cli = require(main);
// main() runs every command (build and check are asynchronous); run() is eval alone.
const io = { out: (line) => console.log(line), err: (line) => console.error(line) };
Promise.resolve((cli.main ?? cli.run)(process.argv.slice(2), io)).then((code) => {
  process.exitCode = code;
});
