#!/usr/bin/env node
// The CLI is compiled to dist/node by `npm ci` (the "prepare" script).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error('finsam: kör "npm ci" (eller "npm run prepare") först; dist/node saknas.');
  process.exit(2);
}
const cli = require(main);
// main() runs every command (build and check are asynchronous); run() is eval alone.
const io = { out: (line) => console.log(line), err: (line) => console.error(line) };
Promise.resolve((cli.main ?? cli.run)(process.argv.slice(2), io)).then((code) => {
  process.exitCode = code;
});
