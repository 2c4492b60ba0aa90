import { promises as fs, Stats } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { cliMessages } from '../text/cli-messages';
import { exportMessages } from '../text/export-messages';
import { findingMessages } from '../text/findings';

/**
 * The file `finsam build` and `finsam export` write: never one of their inputs, an existing file
 * replaced only when asked to (--force, or "j" to the question in a terminal) and with its mode
 * kept, never a directory or a device, and written beside the target and renamed so that a
 * failed or killed run leaves any old file whole.
 */
export interface OutputRequest {
  readonly path: string;
  /** The files the command reads; the output may be none of them. */
  readonly inputs: readonly string[];
  readonly force: boolean;
  /** Asks the user a yes/no question; absent when nobody can answer (no terminal). */
  readonly ask?: (question: string) => Promise<boolean>;
}

/** Where to write and the mode to give the file, or the Swedish reason not to write at all. */
export type OutputTarget = { readonly ok: true; readonly file: string; readonly mode?: number } | { readonly ok: false; readonly message: string };

export async function prepareOutput(request: OutputRequest): Promise<OutputTarget> {
  const { path } = request;
  if (path.trim() === '') return { ok: false, message: cliMessages.outputNameMissing() };
  for (const input of request.inputs) {
    if (await sameFile(input, path)) return { ok: false, message: exportMessages.sameFile(path) };
  }
  let stats: Stats;
  try {
    // stat follows a link: a link to a file writes that file (the link stays), a link to /dev/null is refused.
    stats = await fs.stat(path);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    // A new file, or a link to nothing: the rename puts a file where the name is.
    if (code === 'ENOENT') return { ok: true, file: path };
    return { ok: false, message: findingMessages.fileNotWritten(path, findingMessages.fileSystemReason(code)) };
  }
  const notAFile = stats.isDirectory() ? cliMessages.directory : stats.isFile() ? undefined : stats.isFIFO() || stats.isSocket() ? cliMessages.pipe : cliMessages.device;
  if (notAFile) return { ok: false, message: cliMessages.outputNotAFile(path, notAFile) };
  if (!request.force && !(request.ask && (await request.ask(cliMessages.overwriteQuestion(path))))) {
    return { ok: false, message: cliMessages.outputExists(path) };
  }
  return { ok: true, file: await fs.realpath(path), mode: stats.mode & 0o7777 };
}

/** Writes the bytes; undefined when written, else the Swedish reason (an existing file is then untouched). */
export async function writeOutput(target: { readonly file: string; readonly mode?: number }, shownPath: string, bytes: Uint8Array): Promise<string | undefined> {
  const { file, mode } = target;
  await removeStaleTemporaries(file);
  const temporary = temporaryName(file, process.pid);
  try {
    // "wx": never through a link or over a file someone else put at the temporary name.
    await fs.writeFile(temporary, bytes, { flag: 'wx', mode: mode ?? 0o666 });
    if (mode !== undefined) await fs.chmod(temporary, mode);
    await fs.rename(temporary, file);
    return undefined;
  } catch (thrown) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    return findingMessages.fileNotWritten(shownPath, findingMessages.fileSystemReason((thrown as NodeJS.ErrnoException).code));
  }
}

/** ".name.xlsx.<pid>.tmp" beside the target. */
export function temporaryName(file: string, pid: number): string {
  return join(dirname(file), `.${basename(file)}.${pid}.tmp`);
}

/** Removes temporaries of this target left by runs that were killed (their process is gone). */
export async function removeStaleTemporaries(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  const names = await fs.readdir(dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(prefix.length, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || processAlive(Number(pid))) continue;
    await fs.rm(join(dirname(file), name), { force: true }).catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (thrown) {
    // EPERM: it lives, under another user.
    return (thrown as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The same path, or two names for one file (a link, "./a.xlsx" and "a.xlsx"). */
export async function sameFile(input: string, output: string): Promise<boolean> {
  if (resolve(input) === resolve(output)) return true;
  const [a, b] = await Promise.all([fs.realpath(input).catch(() => undefined), fs.realpath(output).catch(() => undefined)]);
  return a !== undefined && a === b;
}
