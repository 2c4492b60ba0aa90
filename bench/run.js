'use strict';
/**
 * npm run bench: each FINSAM function against the native formula that computes the same value,
 * on the same 100 000-row ranges in the same engine. See bench/README.md.
 *
 * Env: BENCH_RUNS (timed runs per formula, default 7, at least 5); BENCH_ONLY=RATE (or a comma list)
 * times those functions alone.
 */
const path = require('path');
const { CLOCK, ROWS, SHARES_TOTAL, CASES, makeRows, buildEngine, enterFormula, readSpill } = require('./lib');
const { RESULTS, writeResults } = require('./harness');

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
const TARGET_RATIO = 1.5;
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.toUpperCase().split(',') : undefined;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, places) => Math.round(x * 10 ** places) / 10 ** places;
const sameNumber = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const show = (v) => (v && typeof v === 'object' ? `${v.constructor?.name ?? 'object'}(${v.type ?? ''} ${v.message ?? ''})` : String(v));

/** Same value from both formulas (and from plain JS); throws on a mismatch. */
function verify(c, finsam, native, data) {
  if (!c.spills) {
    const want = c.expected(data);
    if (!sameNumber(finsam, native) || !sameNumber(finsam, want)) {
      throw new Error(`${c.name}: FINSAM ${show(finsam)}, native ${show(native)}, plain JS ${want}`);
    }
    return `${finsam}`;
  }
  // SHARES: largest remainder (FINSAM) sums exactly to the total; per-row ROUND need not.
  const bad = [finsam, native].find((col) => col.length !== ROWS || col.some((v) => typeof v !== 'number'));
  if (bad) throw new Error(`${c.name}: spill is not ${ROWS} numbers (first: ${show(bad.find((v) => typeof v !== 'number'))})`);
  const sum = (col) => col.reduce((s, v) => s + v, 0);
  let differing = 0;
  let maxDiff = 0;
  finsam.forEach((v, i) => {
    const d = Math.abs(v - native[i]);
    if (d > 1e-9) differing++;
    maxDiff = Math.max(maxDiff, d);
  });
  if (sum(finsam) !== SHARES_TOTAL) throw new Error(`${c.name}: FINSAM shares sum to ${sum(finsam)}, not ${SHARES_TOTAL}`);
  if (maxDiff > 1) throw new Error(`${c.name}: a FINSAM share is ${maxDiff} from ROUND's, more than one unit`);
  return `FINSAM sum ${sum(finsam)} (= total), native ROUND sum ${sum(native)}; ${differing} of ${ROWS} rows differ, by at most ${maxDiff} unit`;
}

function measure(book, c) {
  const read = c.spills ? () => readSpill(book) : undefined;
  // Warm-up (JIT, parse cache), and the values compared.
  const finsamWarm = enterFormula(book, c.finsam, read);
  const nativeWarm = enterFormula(book, c.native, read);
  const check = verify(c, finsamWarm.value, nativeWarm.value, book.data);
  const runs = { finsam: [], native: [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate who goes first, so drift and noise hit both.
    const order = i % 2 ? ['native', 'finsam'] : ['finsam', 'native'];
    for (const side of order) {
      const run = enterFormula(book, c[side], () => undefined);
      runs[side].push(run);
    }
  }
  const stat = (side, key) => median(runs[side].map((r) => r[key]));
  const ratio = (key) => round(stat('finsam', key) / stat('native', key), 2);
  return {
    entry: { name: c.name, finsamMs: round(stat('finsam', 'totalMs'), 1), nativeMs: round(stat('native', 'totalMs'), 1), ratio: ratio('totalMs') },
    finsamEvalMs: round(stat('finsam', 'evalMs'), 1),
    nativeEvalMs: round(stat('native', 'evalMs'), 1),
    evalRatio: ratio('evalMs'),
    wallRatio: ratio('wallTotalMs'),
    check,
  };
}

function table(rows) {
  const header = ['function', 'FINSAM ms', 'native ms', 'ratio', 'target', 'eval FINSAM', 'eval native', 'eval ratio', 'wall ratio'];
  const lines = rows.map((r) => [
    r.entry.name,
    r.entry.finsamMs.toFixed(1),
    r.entry.nativeMs.toFixed(1),
    r.entry.ratio.toFixed(2),
    r.entry.ratio <= TARGET_RATIO ? 'ok' : `> ${TARGET_RATIO}`,
    r.finsamEvalMs.toFixed(1),
    r.nativeEvalMs.toFixed(1),
    r.evalRatio.toFixed(2),
    r.wallRatio.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

function main() {
  const started = performance.now();
  const data = makeRows();
  const book = buildEngine(data);
  console.log(`FINSAM vs native formulas, ${ROWS} rows, median of ${RUNS} alternating runs after one warm-up (node ${process.version})`);
  console.log(`workbook built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const rows = [];
  for (const c of CASES.filter((x) => !ONLY || ONLY.includes(x.name))) {
    const row = measure(book, c);
    rows.push(row);
    console.log(`${c.name}: ${row.check}\n  FINSAM ${c.finsam}\n  native ${c.native}`);
  }
  writeResults(rows.map((r) => r.entry));
  console.log(`\nms = ${CLOCK} of setCellContents of the formula into an empty cell, caches cold`);
  console.log(`     (parse + dependency graph + evaluation); results.json holds these.`);
  console.log(`eval = the evaluation part alone (resumeEvaluation after a suspended setCellContents).`);
  console.log(`wall ratio = the same ratio in wall-clock time (noisy when other processes share the CPUs).\n`);
  console.log(table(rows));
  const over = rows.filter((r) => r.entry.ratio > TARGET_RATIO).map((r) => r.entry.name);
  console.log(`\n${over.length ? `over the ${TARGET_RATIO} target: ${over.join(', ')} (profile: node bench/profile.js NAME)` : `all ratios ≤ ${TARGET_RATIO}`}`);
  console.log(`wrote ${path.relative(process.cwd(), RESULTS)}; bench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (error) {
  console.error(`bench failed, results.json not written: ${error.stack ?? error}`);
  process.exit(1);
}
