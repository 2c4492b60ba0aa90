'use strict';
/**
 * The measuring half of bench/workbench.js: the clock, medians of timed runs, the results table,
 * and results.json merged by name.
 */
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
const vm = require('vm');

const RESULTS = path.join(__dirname, 'results.json');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS) || 7);

// A forced GC before each timed run, so one run does not pay for the garbage of the last (as run.js).
let gc = () => {};
try {
  v8.setFlagsFromString('--expose-gc');
  gc = vm.runInNewContext('gc');
} catch {
  /* no forced GC: timings are noisier, not wrong */
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * The clock, as run.js and bench/lib.js read it: CPU time of the main JavaScript thread from
 * /proc/self/task/PID/schedstat, so other work on a shared 2-core machine, and V8's helper
 * threads, do not count; without /proc (not Linux) the process's CPU time.
 */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const threadMs = () => Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
const processMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const cpuMs = fs.existsSync(SCHEDSTAT) && Number.isFinite(threadMs()) ? threadMs : processMs;
const CLOCK = cpuMs === threadMs ? 'main-thread CPU time' : 'process CPU time';

/**
 * Median CPU time of `run` over RUNS runs, after one warm-up run (JIT, first-use caches), with the
 * median wall time beside it. `prepare` runs before each timed run, untimed, followed by a GC.
 */
function timed(run, prepare = () => undefined) {
  run(prepare());
  const cpu = [];
  const wall = [];
  for (let i = 0; i < RUNS; i++) {
    const input = prepare();
    gc();
    const startedWall = performance.now();
    const started = cpuMs();
    run(input);
    cpu.push(cpuMs() - started);
    wall.push(performance.now() - startedWall);
  }
  return { ms: median(cpu), wallMs: median(wall) };
}

/** An entry for results.json from a timing and its target in ms (undefined: reported only). */
function timing(name, { ms, wallMs }, targetMs) {
  const target = targetMs === undefined ? 'report' : `< ${targetMs} ms`;
  return { name, ms: round(ms), wallMs: round(wallMs), target, met: targetMs === undefined || ms < targetMs };
}


/** bench/results.json merged on name: this run's entries replace theirs, others stay as they are. */
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

function shown(e) {
  if (e.ms === null) return '—';
  if (e.ms === undefined) return `${e.value} ${e.unit}`;
  return e.wallMs === undefined ? `${e.ms} ms` : `${e.ms} ms (wall ${e.wallMs})`;
}

function table(entries) {
  const rows = entries.map((e) => [e.name, shown(e), e.target, e.met ? 'ok' : 'MISSED']);
  const header = ['figure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}


module.exports = { RUNS, CLOCK, RESULTS, median, round, timed, timing, writeResults, table };
