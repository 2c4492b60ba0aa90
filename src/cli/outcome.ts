import { promises as fs } from 'fs';
import { resolve } from 'path';
import { LedgerFinding, OutcomePeriod, PERIOD_NAMES, readSie } from '../domain/ledger';
import { fillMessages as m } from '../text/ledger-fill';
import { outcomeWorkbook } from '../ledger/outcome-workbook';
import { readXlsxGrids, writePlanToXlsx } from '../workbook/xlsx';
import type { CliIo } from './main';

/**
 * `finsam outcome FILE.se book.xlsx --period T1|T2|år --out new.xlsx [--force]`: the follow-up's
 * outcome per line from the ledger (DOMAIN.md §8). Exit codes: 0 written (warnings allowed),
 * 1 findings that stop the fill (nothing written), 2 a command used wrongly or a file not read.
 */
const USAGE = `Användning: finsam outcome <bokföring.se> <arbetsbok.xlsx> --period T1|T2|år --out <ny.xlsx> [--force]
  T1 = årets fyra första månader, T2 = åtta, år = hela räkenskapsåret (#RAR 0).
  --force ersätter värden som redan står i uppföljningens prognos- eller utfallskolumn.`;

/** An SIE file is text; a year of vouchers is a few tens of megabytes, never hundreds. */
const MAX_SIE_BYTES = 256 * 1024 * 1024;

const PERIODS: Readonly<Record<string, OutcomePeriod>> = { t1: 'T1', t2: 'T2', år: 'år', ar: 'år', helår: 'år' };

export async function runOutcome(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    if (parsed.problem) io.err(parsed.problem);
    io.err(USAGE);
    return 2;
  }
  const { sie, book, out, period, force } = parsed;
  if ([resolve(sie), resolve(book)].includes(resolve(out)) || (await sameFile(out, book)) || (await sameFile(out, sie))) {
    io.err(m.samePath(out));
    return 2;
  }
  const bytes = await readBytes(sie, io);
  if (!bytes) return 2;
  const ledger = readSie(bytes);
  if (!ledger.ok) {
    printFindings(io, sie, ledger.findings);
    return 1;
  }
  const grids = await readXlsxGrids(book);
  if (!grids.ok) {
    io.err(grids.error.message);
    return 2;
  }
  const result = outcomeWorkbook(grids.value, book, ledger.file, period, force);
  printFindings(io, sie, [...ledger.findings, ...result.findings]);
  if (!result.ok) return 1;
  const written = await writePlanToXlsx(result.plan, out);
  if (!written.ok) {
    io.err(written.error.message);
    return 2;
  }
  io.out(m.written(out, result.filled.outcome.outcomes.size, PERIOD_NAMES[period]));
  return 0;
}

type Parsed = { ok: true; sie: string; book: string; out: string; period: OutcomePeriod; force: boolean } | { ok: false; problem?: string };

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  let out: string | undefined;
  let periodText: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--out') out = args[(i += 1)];
    else if (arg === '--period') periodText = args[(i += 1)];
    else if (arg === '--force') force = true;
    else if (arg.startsWith('--')) return { ok: false, problem: `Okänd flagga: ${arg}` };
    else positional.push(arg);
  }
  if (positional.length !== 2 || !out || !periodText) return { ok: false };
  const period = PERIODS[periodText.toLocaleLowerCase('sv-SE')];
  if (!period) return { ok: false, problem: m.badPeriod(periodText) };
  return { ok: true, sie: positional[0], book: positional[1], out, period, force };
}

/** Whether two paths name one existing file (a link or another spelling of the same path). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

async function readBytes(path: string, io: CliIo): Promise<Uint8Array | undefined> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile() || stat.size > MAX_SIE_BYTES) {
      io.err(`${path}: ingen SIE-fil att läsa (${stat.isFile() ? 'större än 256 MB' : 'inte en fil'}).`);
      return undefined;
    }
    return await fs.readFile(path);
  } catch (thrown) {
    io.err(`${path}: filen kunde inte läsas (${(thrown as NodeJS.ErrnoException).code ?? 'okänt fel'}).`);
    return undefined;
  }
}

function printFindings(io: CliIo, file: string, findings: readonly LedgerFinding[]): void {
  for (const finding of findings) {
    const where = finding.line ? `${file}:${finding.line}: ` : '';
    const line = `${finding.severity === 'error' ? 'fel' : 'varning'}: ${where}${finding.message}`;
    if (finding.severity === 'error') io.err(line);
    else io.out(line);
  }
}
