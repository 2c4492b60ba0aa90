'use strict';
/**
 * Shared by bench/run.js and bench/profile.js: the 100 000-row workbook, the formula pairs
 * (FINSAM and the native formula that computes the same value) and one timed formula entry.
 * Plain CommonJS on the compiled engine (npm run prepare → dist/node).
 */
const path = require('path');
const { gc, mainThreadMs } = require('./harness');

const { createEngine } = require(path.join(__dirname, '..', 'dist', 'node', 'workbook', 'engine', 'engine.js'));

const ROWS = 100000;
const AREAS = ['Individ', 'Arbete', 'Samverkan', 'Medarbetare', 'Samhälle'];
const AREA = 'Arbete';
const SHARES_TOTAL = 2845000;
const OUTPUT = { row: 0, col: 7 }; // H1: every formula is entered here, into an empty cell.

// The clock: the main thread's CPU time (harness.js); without /proc (not Linux) wall time.
// Both are recorded.
const cpuClock = mainThreadMs;
const CLOCK = cpuClock ? 'main-thread CPU time' : 'wall time';
const now = () => ({ cpu: cpuClock ? cpuClock() : performance.now(), wall: performance.now() });

/** Deterministic data (LCG), so every run and machine times the same workbook. */
function makeRows(rows = ROWS) {
  let seed = 20240601;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const data = [];
  for (let i = 0; i < rows; i++) {
    const whole = 1 + Math.floor(random() * 50);
    data.push([
      1 + Math.floor(random() * 10), // A weight 1–10
      random() < 0.6, // B achieved TRUE/FALSE
      AREAS[Math.floor(random() * AREAS.length)], // C area
      1 + Math.floor(random() * 1000), // D part for SHARES
      Math.floor(random() * (whole + 1)), // E part for RATE, ≤ whole
      whole, // F whole for RATE
    ]);
  }
  return data;
}

/**
 * The engine exactly as createEngine builds it, grown to ROWS rows: HyperFormula's default
 * maxRows (40 000) refuses a 100 000-row sheet, and createEngine takes no config.
 *
 * Each data column also gets an anchor formula, far right, that keeps the column's range
 * vertex alive. Without one, emptying the timed cell removes the range's last dependent, and
 * HyperFormula 3.5 takes seconds per 100 000-row range to tear it down
 * (DependencyGraph.removeVertexAndCleanupDependencies); with it, emptying is cheap. INDEX
 * caches nothing on the range, so the anchors leave no cached SUM or SUMIF behind.
 */
const DATA_COLUMNS = ['A', 'B', 'C', 'D', 'E', 'F'];
const ANCHOR_COL = 25; // Z

function buildEngine(data) {
  const engine = createEngine({ Data: [] });
  if (engine.getConfig().maxRows < data.length) engine.updateConfig({ maxRows: data.length });
  const sheet = engine.getSheetId('Data');
  engine.setSheetContent(sheet, data);
  engine.setCellContents({ sheet, row: 0, col: ANCHOR_COL }, DATA_COLUMNS.map((c) => [`=INDEX(${col(c)},1)`]));
  return { engine, sheet, data };
}

/**
 * Empties every range vertex's cache (HyperFormula caches SUM, SUMIF … per range), so no
 * native formula is handed the answer of its previous run. Untimed. This is what
 * HyperFormula itself does to a range whose cells changed (Evaluator.recomputeVertex calls
 * RangeVertex.clearCache); if those internals are gone, row 1 of each data column is changed
 * and changed back in one batch instead, which is slower (the anchors then read their ranges).
 */
function coldCaches(engine, sheet, data) {
  const ranges = rangeVertices(engine, sheet);
  if (ranges.length > 0 && ranges.every((vertex) => typeof vertex.clearCache === 'function')) {
    ranges.forEach((vertex) => vertex.clearCache());
    return;
  }
  const other = (v) => (typeof v === 'boolean' ? !v : typeof v === 'number' ? v + 1 : `${v}x`);
  engine.batch(() => {
    DATA_COLUMNS.forEach((_, c) => engine.setCellContents({ sheet, row: 0, col: c }, [[other(data[0][c])]]));
    DATA_COLUMNS.forEach((_, c) => engine.setCellContents({ sheet, row: 0, col: c }, [[data[0][c]]]));
  });
}

const col = (letter) => `${letter}1:${letter}${ROWS}`;
const [W, ACH, AR, SP, RP, RW] = ['A', 'B', 'C', 'D', 'E', 'F'].map(col);

/** Plain-JS answers from the raw data, a third opinion on both formulas. */
const expected = {
  IMPACTINDEX: (d) => (100 * d.reduce((s, r) => s + (r[1] ? r[0] : 0), 0)) / d.reduce((s, r) => s + r[0], 0),
  IMPACTVALUE: (d) => d.reduce((s, r) => s + (r[1] ? r[0] : 0), 0),
  AREASHARE: (d) => d.reduce((s, r) => s + (r[2] === AREA ? r[0] : 0), 0) / d.reduce((s, r) => s + r[0], 0),
  SHARES: () => SHARES_TOTAL,
  RATE: (d) => d.reduce((s, r) => s + r[4], 0) / d.reduce((s, r) => s + r[5], 0),
};

const CASES = [
  { name: 'IMPACTINDEX', finsam: `=FINSAM.IMPACTINDEX(${W},${ACH})`, native: `=SUMPRODUCT(${W},--${ACH})/SUM(${W})*100` },
  { name: 'IMPACTVALUE', finsam: `=FINSAM.IMPACTVALUE(${W},${ACH})`, native: `=SUMPRODUCT(${W},--${ACH})` },
  { name: 'AREASHARE', finsam: `=FINSAM.AREASHARE(${W},${AR},"${AREA}")`, native: `=SUMIF(${AR},"${AREA}",${W})/SUM(${W})` },
  {
    name: 'SHARES',
    // Native: one array formula spilling in the shape of the parts, as SHARES does. The other
    // candidate, 100 000 per-row =ROUND(total*D1/SUM($D$1:$D$100000),0) formulas, mostly
    // times parsing and graph building of 100 000 cells, not one function.
    finsam: `=FINSAM.SHARES(${SHARES_TOTAL},${SP},0)`,
    native: `=ROUND(${SHARES_TOTAL}*${SP}/SUM(${SP}),0)`,
    spills: true,
  },
  { name: 'RATE', finsam: `=FINSAM.RATE(${RP},${RW})`, native: `=SUM(${RP})/SUM(${RW})` },
].map((c) => ({ ...c, expected: expected[c.name] }));

/** The sheet's range vertices (HyperFormula internals; empty if they move, as this is only a guard). */
function rangeVertices(engine, sheet) {
  try {
    return [...engine.dependencyGraph.rangeMapping.rangesInSheet(sheet)];
  } catch {
    return [];
  }
}

/**
 * One timed entry of `formula` into the empty output cell, caches cold: parse and dependency
 * graph (setCellContents with evaluation suspended), then evaluation (resumeEvaluation). The
 * total is what a plain setCellContents costs. The cell is emptied again afterwards, untimed.
 */
function enterFormula({ engine, sheet, data }, formula, read = (address) => engine.getCellValue(address)) {
  const address = { sheet, ...OUTPUT };
  const ranges = rangeVertices(engine, sheet).length;
  coldCaches(engine, sheet, data);
  gc();
  engine.suspendEvaluation();
  const t0 = now();
  engine.setCellContents(address, [[formula]]);
  const t1 = now();
  engine.resumeEvaluation();
  const t2 = now();
  const value = read(address);
  engine.setCellContents(address, [[null]]);
  const after = rangeVertices(engine, sheet).length;
  if (after !== ranges) throw new Error(`${formula} left ${after - ranges} range vertices behind`);
  return {
    totalMs: t2.cpu - t0.cpu,
    evalMs: t2.cpu - t1.cpu,
    wallTotalMs: t2.wall - t0.wall,
    wallEvalMs: t2.wall - t1.wall,
    value,
  };
}

/** The spilled column under the output cell, as numbers (or errors). */
function readSpill({ engine, sheet }) {
  const values = engine.getRangeValues({
    start: { sheet, ...OUTPUT },
    end: { sheet, row: OUTPUT.row + ROWS - 1, col: OUTPUT.col },
  });
  return values.map((row) => row[0]);
}

module.exports = { CLOCK, ROWS, AREA, SHARES_TOTAL, CASES, makeRows, buildEngine, enterFormula, readSpill, gc };
