'use strict';
// `node bench/check-large.js` (after `npx tsc -p tsconfig.node.json`): `finsam check` and
// `finsam export` of the generated large workbooks (bench/large-workbooks.js), each against the
// floor any command pays: reading the file (unzip and parse, readXlsxGrids). Every run is its own
// process; the figures are its CPU time (user + system) and peak memory from process.resourceUsage,
// so a loaded machine (wall time three to ten times the CPU time) moves both sides alike.
// BENCH_ONLY=million-rows limits the run to one workbook. Issue 17's bound: a file ≤ 10 MB
// within 30 s and 1 GB on 2 cores.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { WORKBOOKS } = require('./large-workbooks');
const { writeResults } = require('./harness');

const ROOT = path.join(__dirname, '..');
const USAGE = path.join(__dirname, 'report-usage.js');

/** One command in a fresh process: its CPU seconds and peak memory in MB. */
function measured(args) {
  const run = spawnSync(process.execPath, ['--require', USAGE, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = run.stderr.split('\n').find((text) => text.startsWith('USAGE '));
  if (!line || run.status === null || run.status > 1) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-400)}`);
  const usage = JSON.parse(line.slice('USAGE '.length));
  return { cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, mb: usage.maxRSS / 1024 };
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-check-large-'));
  const entries = [];
  try {
    for (const [name, build] of Object.entries(WORKBOOKS)) {
      if (process.env.BENCH_ONLY && process.env.BENCH_ONLY !== name) continue;
      const file = path.join(folder, `${name}.xlsx`);
      const bytes = await build();
      fs.writeFileSync(file, bytes);
      const read = measured([path.join(__dirname, 'read-only.js'), file]);
      const check = measured(['bin/finsam.js', 'check', file]);
      const exported = measured(['bin/finsam.js', 'export', '--force', file, path.join(folder, `${name}-ut.xlsx`)]);
      const entry = {
        name: `check-large ${name}`,
        megabytes: Number((bytes.length / 1e6).toFixed(1)),
        readCpuS: round(read.cpu),
        checkCpuS: round(check.cpu),
        exportCpuS: round(exported.cpu),
        checkRatio: round(check.cpu / read.cpu),
        exportRatio: round(exported.cpu / read.cpu),
        readMb: Math.round(read.mb),
        checkMb: Math.round(check.mb),
        exportMb: Math.round(exported.mb),
      };
      entries.push(entry);
      console.log(
        `${name} (${entry.megabytes} MB): read ${entry.readCpuS} s CPU, ${entry.readMb} MB; ` +
          `check ${entry.checkCpuS} s (${entry.checkRatio}× read), ${entry.checkMb} MB; ` +
          `export ${entry.exportCpuS} s (${entry.exportRatio}× read), ${entry.exportMb} MB`,
      );
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  writeResults(entries);
}

const round = (value) => Number(value.toFixed(2));

main().catch((error) => {
  console.error(`bench failed, results.json not written: ${error.stack ?? error}`);
  process.exitCode = 1;
});
