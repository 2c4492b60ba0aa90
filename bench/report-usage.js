'use strict';
// Preloaded (`node --require bench/report-usage.js …`) by bench/check-large.js: at exit, the
// process's own CPU time and peak memory on stderr, one line, for the bench to read.
process.on('exit', () => {
  process.stderr.write(`USAGE ${JSON.stringify(process.resourceUsage())}\n`);
});
