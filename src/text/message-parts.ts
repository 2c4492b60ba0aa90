/**
 * The pieces every Swedish message table shares (STYLE.md rule 8): how a value is quoted, "3 celler",
 * and the cap on text arguments, so a 1 MB cell never makes a 1 MB message.
 */
import { formatSwedishNumber as n } from '../domain/swedish-number';

/** "1 cell", "3 celler". */
export const cells = (count: number) => (count === 1 ? '1 cell' : `${count} celler`);

export function shown(value: unknown): string {
  if (typeof value === 'number') return n(value);
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (typeof value === 'string') return `"${shortened(value)}"`;
  if (value === null || value === undefined) return 'tom';
  return String(value);
}

/** A cell's text as a message quotes it: at most 60 characters, so a 1 MB cell gives a short message. */
export function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Longer arguments are cut to this many characters: a 1 MB cell text must not make each message 1 MB. */
const LONGEST_ARGUMENT = 1000;

/** A table of messages whose text arguments are cut to LONGEST_ARGUMENT (issue 17, item 6). */
export function bounded<T extends object>(table: T): T {
  const cut = (arg: unknown) => (typeof arg === 'string' && arg.length > LONGEST_ARGUMENT ? `${arg.slice(0, LONGEST_ARGUMENT)}…` : arg);
  const wrap = (entry: unknown) => (typeof entry === 'function' ? (...args: unknown[]) => (entry as (...all: unknown[]) => unknown)(...args.map(cut)) : entry);
  return Object.fromEntries(Object.entries(table).map(([key, entry]) => [key, wrap(entry)])) as T;
}
