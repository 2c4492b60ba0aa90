'use strict';
/**
 * npm run bench:workbench (also the second half of npm run bench): what the workbench and the task
 * pane cost. Building sheets in the engine (a 3-year budget with a 70-indicator social budget,
 * then 1 000 and 10 000 indicators), validating every example workbook, the gzipped bundles, and
 * the workbench's first render in Chromium. Prints a table; merges its entries into
 * bench/results.json by name, leaving the other entries (run.js's) as they are.
 *
 * Env: BENCH_RUNS (timed runs per figure, default 7), CHROMIUM_PATH (default /usr/bin/chromium).
 * Needs dist/node (npm run prepare), dist/addin (npm run build) and dist/workbench
 * (npm run build:workbench); `npm run bench:workbench` makes all three first.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { CLOCK, RESULTS, RUNS, round, table, timed, timing, writeResults } = require('./workbench-lib');
const { firstRenderFigures } = require('./workbench-render');

const ROOT = path.join(__dirname, '..');
const NODE = path.join(ROOT, 'dist', 'node');

const load = (relative) => require(path.join(NODE, relative));
const { EngineWorkbook } = load('workbook/engine/engine-workbook');
const { createEngine } = load('workbook/engine/engine');
const { engineFromPlan, gridsOf } = load('workbook/engine/plan-to-engine');
const { EXAMPLES, validateWorkbook } = load('sheets/registry');
const { budgetSheet } = load('sheets/budget');
const { budget2021to2023 } = load('sheets/budget/examples');
const { socialBudgetSheet, socialBudgetStructure2022 } = load('sheets/social-budget');
const { rulesSheet } = load('sheets/rules');
const { defaultRuleSet } = load('domain');

/**
 * A social budget with `count` indicators over the five 2022 areas, ten to a goal, weights 1–10:
 * the shape of the board's own, grown.
 */
function socialBudgetOf(count) {
  const base = socialBudgetStructure2022();
  const perArea = Math.ceil(count / base.areas.length);
  let made = 0;
  const areas = base.areas.map((area, a) => {
    const indicators = [];
    for (let i = 0; i < perArea && made < count; i++, made++) {
      const code = `${a + 1}.${Math.floor(i / 10) + 1}.${(i % 10) + 1}`;
      indicators.push({ code, text: `Indikator ${code}`, target: 0.5, comparison: null, weight: 1 + (made % 10), outcome: (made % 3) / 2, achieved: null });
    }
    const goals = [];
    for (let g = 0; g * 10 < indicators.length; g++) {
      goals.push({ code: `${a + 1}.${g + 1}`, text: `Mål ${a + 1}.${g + 1}`, indicators: indicators.slice(g * 10, g * 10 + 10) });
    }
    return { ...area, goals };
  });
  return { ...base, areas, statedMaximum: undefined, statedImpactValue: undefined, source: `Benchmark: ${count} indikatorer` };
}

const rules = () => rulesSheet.plan(defaultRuleSet(2022));
const budget = () => budgetSheet.plan(budget2021to2023());
const social = (count) => () => socialBudgetSheet.plan(count === 70 ? socialBudgetStructure2022() : socialBudgetOf(count));

/** A workbook open in the workbench: its rules sheet is there, as in every example. */
function openWorkbook() {
  const workbook = new EngineWorkbook(createEngine({}));
  workbook.applyPlan(rules(), { existing: 'fail' });
  return workbook;
}

/** Plans the sheets, builds them through the port as the pane does, and reads every value back. */
function buildInto(workbook, makers) {
  for (const make of makers) workbook.applyPlan(make(), { existing: 'fail' });
  return gridsOf(workbook.engine);
}

function engineFigures() {
  const grids = buildInto(openWorkbook(), [budget, social(70)]);
  const income = grids.find((grid) => grid.sheet === 'Budget').values.find((row) => row[0] === 'Summa intäkter');
  if (String(income.slice(1, 4)) !== '11489,11493,11496') throw new Error(`Summa intäkter is ${income.slice(1, 4)}, not 11489,11493,11496`);
  const small = timed((workbook) => buildInto(workbook, [budget, social(70)]), openWorkbook);
  const fresh = timed(() => buildInto(new EngineWorkbook(createEngine({})), [budget, social(70), rules]));
  const thousand = timed((workbook) => buildInto(workbook, [social(1000)]), openWorkbook);
  const tenThousand = timed((workbook) => buildInto(workbook, [social(10000)]), openWorkbook);
  return [
    timing('engine: 3-year budget + 70-indicator social budget, built into an open workbook', small, 100),
    timing('engine: the same with its rules sheet, in a new engine (engine start included)', fresh),
    timing('engine: social budget, 1 000 indicators', thousand, 1000),
    timing('engine: social budget, 10 000 indicators', tenThousand),
    { name: 'engine: cost per indicator at 1 000', value: round(thousand.ms), unit: 'µs/indicator', target: 'report', met: true },
    { name: 'engine: cost per indicator at 10 000', value: round(tenThousand.ms / 10), unit: 'µs/indicator', target: 'report', met: true },
    { name: 'engine: growth 1 000 → 10 000 indicators', value: round(tenThousand.ms / thousand.ms, 2), unit: '× (10 = linear)', target: 'report', met: true },
  ];
}

function validationFigures() {
  return Object.keys(EXAMPLES).map((name) => {
    const grids = gridsOf(engineFromPlan(EXAMPLES[name]()));
    const findings = validateWorkbook(grids).length;
    return timing(`validate: ${name} (${grids.length} sheets, ${findings} findings)`, timed(() => validateWorkbook(grids)), 100);
  });
}

function gzipKB(file) {
  return fs.readFileSync(file).length === 0 ? 0 : zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

function bundleFigures() {
  const addin = path.join(ROOT, 'dist', 'addin');
  const workbench = path.join(ROOT, 'dist', 'workbench');
  for (const file of [path.join(addin, 'functions.js'), path.join(workbench, 'workbench.js')]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} not found: npm run build && npm run build:workbench`);
  }
  const functions = gzipKB(path.join(addin, 'functions.js'));
  const taskpane = gzipKB(path.join(addin, 'taskpane.js'));
  const page = gzipKB(path.join(workbench, 'workbench.js'));
  const lazy = fs.readdirSync(workbench).filter((file) => file.endsWith('.js') && file !== 'workbench.js');
  const files = lazy.reduce((sum, file) => sum + gzipKB(path.join(workbench, file)), 0);
  return [
    { name: 'bundle: dist/addin/functions.js (gzip)', value: round(functions), unit: 'KB', target: '≤ 30 KB', met: functions <= 30 },
    { name: 'bundle: dist/addin/taskpane.js (gzip)', value: round(taskpane), unit: 'KB', target: '≤ 250 KB', met: taskpane <= 250 },
    { name: 'bundle: dist/workbench/workbench.js (gzip, first load)', value: round(page), unit: 'KB', target: 'report', met: true },
    { name: `bundle: dist/workbench .xlsx chunks (gzip, loaded on open/save, ${lazy.length} files)`, value: round(files), unit: 'KB', target: 'report', met: true },
  ];
}


async function main() {
  const started = performance.now();
  console.log(`FINSAM workbench and task pane: median of ${RUNS} runs after a warm-up (node ${process.version}, ${os.cpus().length} cores)`);
  console.log(`engine and validation ms = ${CLOCK} (wall time beside it); first render = the page's own clock\n`);
  const entries = [...engineFigures(), ...validationFigures(), ...bundleFigures(), ...(await firstRenderFigures())];
  console.log(table(entries));
  writeResults(entries);
  const missed = entries.filter((e) => !e.met).map((e) => e.name);
  console.log(`\n${missed.length ? `missed: ${missed.join('; ')}` : 'every target met'}`);
  console.log(`wrote ${path.relative(process.cwd(), RESULTS)}; bench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(`bench failed, results.json not written: ${error.stack ?? error}`);
  process.exit(1);
});
