'use strict';
/**
 * Where a FINSAM function's time goes: node bench/profile.js NAME [runs] [side]
 *   NAME  one of the bench cases (IMPACTINDEX, IMPACTVALUE, AREASHARE, SHARES, RATE)
 *   runs  timed entries to sample (default 5)
 *   side  finsam (default) or native
 * Run `npm run prepare` first. Samples the V8 CPU profiler (what node --cpu-prof writes) over
 * the same cold-cache formula entries bench/run.js times, keeps the samples taken inside the
 * formula's entry (setCellContents + resumeEvaluation, not the bench's own setup), and prints
 * the top functions by self time and by inclusive time, with compiled dist/node paths mapped
 * to their src/*.ts files. The raw profile is written for Chrome DevTools (Performance tab).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const inspector = require('inspector');
const { CASES, makeRows, buildEngine, enterFormula } = require('./lib');

const [name = 'RATE', runsArg = '5', side = 'finsam'] = process.argv.slice(2);
const c = CASES.find((x) => x.name === name.toUpperCase());
if (!c || !['finsam', 'native'].includes(side)) {
  console.error(`usage: node bench/profile.js ${CASES.map((x) => x.name).join('|')} [runs] [finsam|native]`);
  process.exit(2);
}
const runs = Math.max(1, Number(runsArg) || 5);
const ROOT = path.join(__dirname, '..');
const SAMPLING_US = 250;

const session = new inspector.Session();
session.connect();
const post = (method, params = {}) =>
  new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));

/** dist/node/functions/participants.js:33 → src/functions/participants.ts (JS line 33). */
function where(frame) {
  const url = frame.url.replace(/^file:\/\//, '');
  if (!url) return '(native)';
  const rel = path.relative(ROOT, url);
  const line = frame.lineNumber + 1;
  const dist = rel.match(/^dist\/node\/(.*)\.js$/);
  if (dist) return `src/${dist[1]}.ts (dist line ${line})`;
  const hf = rel.match(/node_modules\/(hyperformula\/.*)$/);
  return `${hf ? hf[1] : rel}:${line}`;
}

async function main() {
  const book = buildEngine(makeRows());
  enterFormula(book, c[side]); // warm-up, as in the bench
  // Mark the timed window: the profiler's samples carry timestamps, so samples between the
  // marks are the formula entry; the rest (cold caches, GC, emptying the cell) is dropped.
  const windows = [];
  const { engine } = book;
  const original = { set: engine.setCellContents, resume: engine.resumeEvaluation };
  let open = null;
  engine.setCellContents = function (address, content) {
    const entering = Array.isArray(content) && content[0]?.[0] === c[side];
    if (entering) open = process.hrtime.bigint();
    return original.set.call(this, address, content);
  };
  engine.resumeEvaluation = function () {
    const result = original.resume.call(this);
    if (open !== null) windows.push([open, process.hrtime.bigint()]);
    open = null;
    return result;
  };

  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await post('Profiler.start');
  const times = [];
  for (let i = 0; i < runs; i++) times.push(enterFormula(book, c[side], () => undefined).totalMs);
  const { profile } = await post('Profiler.stop');
  Object.assign(engine, { setCellContents: original.set, resumeEvaluation: original.resume });

  const file = path.join(os.tmpdir(), `finsam-${c.name}-${side}-${process.pid}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));

  // Profile timestamps are µs on the same monotonic clock as hrtime (Linux); align on the first.
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const inWindow = (usec) => {
    const ns = BigInt(Math.round(usec * 1000));
    return windows.some(([a, b]) => ns >= a && ns <= b);
  };
  const self = new Map();
  const inclusive = new Map();
  const files = new Map();
  // Each sample stands for one sampling interval of CPU: while the thread waits for a CPU
  // (a busy shared machine) no samples are taken, so counting them, not summing the gaps
  // between them, gives CPU time, as bench/run.js measures.
  const dt = SAMPLING_US / 1000;
  let t = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (!inWindow(t)) return;
    total += dt;
    const leaf = nodes.get(id).callFrame;
    const key = `${leaf.functionName || '(anonymous)'}  ${where(leaf)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const fileKey = where(leaf).replace(/ \(dist line \d+\)|:\d+$/, '');
    files.set(fileKey, (files.get(fileKey) ?? 0) + dt);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = nodes.get(n).callFrame;
      if (!f.url) continue;
      const k = `${f.functionName || '(anonymous)'}  ${where(f)}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });

  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  const med = [...times].sort((a, b) => a - b)[times.length >> 1];
  console.log(`${c.name} ${side}: ${c[side]}`);
  const sum = times.reduce((a, b) => a + b, 0);
  console.log(`${runs} entries, median ${med.toFixed(1)} ms (under the profiler), ${sum.toFixed(0)} ms CPU in all; samples inside them: ${total.toFixed(0)} ms`);
  console.log(`("(garbage collector)" is GC during the entries; V8 gives it no caller, so it counts in self time only.)`);
  console.log(`\ntop self time:\n${top(self, 20)}`);
  console.log(`\nself time by file:\n${top(files, 10)}`);
  const srcOnly = new Map([...inclusive].filter(([k]) => k.includes(' src/')));
  console.log(`\ninclusive time of src functions (self + callees; inlined callees count as self):\n${top(srcOnly, 20)}`);
  const hfOnly = new Map([...inclusive].filter(([k]) => k.includes('hyperformula/') && !/Evaluator|TopSort|Graph\.js:215|Statistics|HyperFormula\.js|Interpreter\.js|FunctionRegistry|runFunction|calculateSingleCell/.test(k)));
  console.log(`\ninclusive time of other hyperformula functions:\n${top(hfOnly, 12)}`);
  console.log(`\nraw profile: ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
