'use strict';
// `node bench/startup.js` (after `npx tsc -p tsconfig.node.json`): how long `finsam eval '=1+1'`
// takes to start, against `node -e 0`, the floor any Node program pays. Each run is its own
// process, the two taking turns (A B A B …) so a drift in the machine's speed hits both; the
// figures are each process's CPU time (user + system, from process.resourceUsage) and its wall
// time, median of BENCH_RUNS (default 15) after one warm-up of each (which also writes the CLI's
// code cache, as the first run after a build or an install does). Issue 12's target: ratio ≤ 3.
const { spawnSync } = require('child_process');
const path = require('path');
const { writeResults } = require('./harness');

const ROOT = path.join(__dirname, '..');
const USAGE = path.join(__dirname, 'report-usage.js');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 15);
const COMMANDS = {
  finsam: [path.join(ROOT, 'bin', 'finsam.js'), 'eval', '=1+1'],
  node: ['-e', '0'],
};

function run(args) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', USAGE, ...args], { cwd: ROOT, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const line = child.stderr.split('\n').find((text) => text.startsWith('USAGE '));
  if (!line || child.status !== 0) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr.slice(-400)}`);
  const usage = JSON.parse(line.slice('USAGE '.length));
  return { cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000, wall };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 100) / 100;

function main() {
  if (run(COMMANDS.finsam).cpu <= 0) throw new Error('no CPU time reported');
  run(COMMANDS.node);
  const times = { finsam: [], node: [] };
  for (let i = 0; i < RUNS; i += 1) {
    for (const name of i % 2 ? ['node', 'finsam'] : ['finsam', 'node']) times[name].push(run(COMMANDS[name]));
  }
  const stat = (name, key) => median(times[name].map((t) => t[key]));
  const entry = {
    name: 'startup finsam eval',
    finsamMs: round(stat('finsam', 'cpu')),
    nativeMs: round(stat('node', 'cpu')),
    ratio: round(stat('finsam', 'cpu') / stat('node', 'cpu')),
    wallRatio: round(stat('finsam', 'wall') / stat('node', 'wall')),
  };
  console.log(`finsam eval '=1+1' against node -e 0, median of ${RUNS} alternating runs (node ${process.version})`);
  console.log(`CPU ms: finsam ${entry.finsamMs}, node ${entry.nativeMs}, ratio ${entry.ratio} (target ≤ 3)`);
  console.log(`wall ms: finsam ${round(stat('finsam', 'wall'))}, node ${round(stat('node', 'wall'))}, ratio ${entry.wallRatio}`);
  writeResults([entry]);
}

main();
