'use strict';
// What every bench file shares: a forced GC between timed runs, the main thread's CPU clock,
// and bench/results.json merged by name.
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
const vm = require('vm');

const RESULTS = path.join(__dirname, 'results.json');

// A forced GC before each timed run, so one run does not pay for the garbage of the last.
let gc = () => {};
try {
  v8.setFlagsFromString('--expose-gc');
  gc = vm.runInNewContext('gc');
} catch {
  /* no forced GC: timings are noisier, not wrong */
}

/**
 * CPU time of this (the main JavaScript) thread from /proc/self/task/PID/schedstat, in ms with
 * ns resolution, so other work on a shared machine and V8's helper threads do not count; null
 * without /proc (not Linux), where each bench picks its own fallback.
 */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
let mainThreadMs = null;
try {
  const read = () => Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
  if (Number.isFinite(read())) mainThreadMs = read;
} catch {
  mainThreadMs = null;
}

/** bench/results.json merged on name: this run's entries replace theirs, others stay. */
function writeResults(entries) {
  let existing = [];
  try {
    existing = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
    if (!Array.isArray(existing)) existing = [];
  } catch {
    existing = [];
  }
  const fresh = new Map(entries.map((e) => [e.name, e]));
  const merged = existing.map((e) => fresh.get(e.name) ?? e);
  for (const e of entries) if (!existing.some((x) => x.name === e.name)) merged.push(e);
  fs.writeFileSync(RESULTS, `${JSON.stringify(merged, null, 2)}\n`);
}

module.exports = { RESULTS, gc, mainThreadMs, writeResults };
