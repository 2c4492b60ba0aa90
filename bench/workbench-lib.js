'use strict';
/**
 * The measuring half of bench/workbench.js: the clock, medians of timed runs, the results table,
 * and results.json merged by name.
 */

const { RESULTS, gc, mainThreadMs, writeResults } = require('./harness');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS) || 7);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * The clock, as run.js and bench/lib.js read it (harness.js): CPU time of the main JavaScript thread from
 * /proc/self/task/PID/schedstat, so other work on a shared 2-core machine, and V8's helper
 * threads, do not count; without /proc (not Linux) the process's CPU time.
 */
const processMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const cpuMs = mainThreadMs ?? processMs;
const CLOCK = cpuMs === mainThreadMs ? 'main-thread CPU time' : 'process CPU time';

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
