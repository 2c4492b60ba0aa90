'use strict';
// bench: reading a year of vouchers from an SIE file (issue 15, DOMAIN.md §8). Generates 50 000
// balanced vouchers of two transactions each (10^5 transactions, code page 437, fixed seed),
// then times bytes → decoded text → records (readSie) and the T2 outcome per line (ledgerOutcome).
// Run: npx tsc -p tsconfig.node.json && node bench/ledger.js   (BENCH_RUNS=7 by default)
const { performance } = require('perf_hooks');
const { encode } = require('iconv-lite');
const { gc, mainThreadMs } = require('./harness');
const { readSie, ledgerOutcome } = require('../dist/node/domain/ledger');

const VOUCHERS = 50000;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS) || 7);
const clock = mainThreadMs ?? (() => performance.now());

/** A deterministic generator (mulberry32), so every run reads the same file. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sieBytes() {
  const next = random(15);
  const accounts = ['3010', '3011', '4010', '4020', '4022', '5010', '6990', '7010'];
  const lines = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#FNAMN "Samordningsförbundet Umeåregionen"', '#RAR 0 20220101 20221231'];
  for (const account of accounts) lines.push(`#KONTO ${account} "Konto ${account} Vännäs"`);
  for (let v = 1; v <= VOUCHERS; v += 1) {
    const account = accounts[Math.floor(next() * accounts.length)];
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const ore = Math.floor(next() * 10000000) * (account[0] === '3' ? -1 : 1);
    const amount = (ore / 100).toFixed(2);
    const back = (-ore / 100).toFixed(2);
    lines.push(`#VER A ${v} 2022${month}${day} "Verifikation ${v} för Umeå"`, '{', `#TRANS ${account} {1 "Umeå"} ${amount}`, `#TRANS 1930 {} ${back}`, '}');
  }
  return new Uint8Array(encode(lines.join('\r\n') + '\r\n', 'cp437'));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main() {
  const bytes = sieBytes();
  const lines = ['3010', '3011', '4010', '4020', '4022', '5010', '6990', '7010'].map((account) => ({ label: `Rad ${account}`, part: account[0] === '3' ? 'income' : 'costs' }));
  const rules = lines.map((line) => {
    const n = Number(line.label.slice(4));
    return { accounts: String(n), from: n, to: n, line: line.label };
  });
  const first = readSie(bytes);
  if (!first.ok || first.file.transactions.length !== 2 * VOUCHERS) throw new Error(`not read: ${JSON.stringify(first.findings.slice(0, 3))}`);
  const readMs = [];
  const sumMs = [];
  for (let run = 0; run < RUNS; run += 1) {
    gc();
    const start = clock();
    const read = readSie(bytes);
    const mid = clock();
    const outcome = ledgerOutcome(read.file, rules, lines, 'T2');
    const end = clock();
    if (!outcome.ok) throw new Error('no outcome');
    readMs.push(mid - start);
    sumMs.push(end - mid);
  }
  const transactions = 2 * VOUCHERS;
  const read = median(readMs);
  const sum = median(sumMs);
  console.log(`SIE: ${transactions} transaktioner, ${(bytes.length / 1e6).toFixed(1)} MB, median av ${RUNS} körningar (${mainThreadMs ? 'huvudtrådens CPU-tid' : 'väggklocka'})`);
  console.log(`  läsa (avkoda + tolka):  ${read.toFixed(0)} ms  = ${Math.round(transactions / (read / 1000)).toLocaleString('sv-SE')} transaktioner/s`);
  console.log(`  utfall T2 per rad:      ${sum.toFixed(0)} ms`);
  console.log(`  totalt:                 ${(read + sum).toFixed(0)} ms  = ${Math.round(transactions / ((read + sum) / 1000)).toLocaleString('sv-SE')} transaktioner/s`);
}

main();
