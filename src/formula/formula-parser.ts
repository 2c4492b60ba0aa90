/**
 * Just enough of Excel's en-US formula grammar to find function calls and their arguments:
 * strings ("a,b"), quoted sheet names ('Budget 2021'!A1, 'Kim''s'!A1), array constants
 * ({1,2;3,4}) and structured references (Tabell[[#Data],[Vikt]]) are skipped whole, so a comma
 * inside them never splits an argument. Everything else is left as text for the translators.
 */
import { quoteEnd } from './literals';
import { canonicalFunctionName } from './namespace';

/** Where one argument lies in the formula text: [start, end). */
export interface ArgumentSpan {
  readonly start: number;
  readonly end: number;
}

/** A function call: its name as written, its span [start, end) and its arguments. */
export interface CallNode {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly args: readonly ArgumentSpan[];
  /** Calls inside the arguments that are not inside another call, in order. */
  readonly calls: readonly CallNode[];
}

export type Parsed = { readonly ok: true; readonly calls: readonly CallNode[] } | { readonly ok: false; readonly problem: string; readonly tooDeep?: true };

/**
 * Excel allows 64 levels of nested functions; deeper formulas are refused here, so the
 * translators, which walk the calls recursively, never run out of stack (issue 17).
 */
export const MAX_NESTING = 64;

interface Frame {
  readonly kind: 'call' | 'paren' | 'brace' | 'bracket';
  readonly name?: string;
  readonly start?: number;
  readonly args: ArgumentSpan[];
  argStart: number;
  readonly calls: CallNode[];
}

const NAME_CHAR = /[A-Za-z0-9_.\\\u00c0-\u024f]/;

/** The calls at the top of a formula ("=" included or not), each with its nested calls. */
export function parseFormula(formula: string): Parsed {
  const root: Frame = { kind: 'paren', args: [], argStart: 0, calls: [] };
  const stack: Frame[] = [root];
  for (let i = 0; i < formula.length; i += 1) {
    const char = formula[i];
    const top = stack[stack.length - 1];
    if (char === '"' || (char === "'" && top.kind !== 'bracket')) {
      const end = quoteEnd(formula, i);
      if (end === undefined) return { ok: false, problem: `unterminated ${char}` };
      i = end - 1;
    } else if (top.kind === 'bracket' && char === "'") {
      i += 1; // "'" escapes the next character inside a structured reference
    } else if (char === '[') stack.push({ kind: 'bracket', args: [], argStart: i, calls: top.calls });
    else if (char === '{') stack.push({ kind: 'brace', args: [], argStart: i, calls: top.calls });
    else if (char === '(') {
      if (stack.length > MAX_NESTING) return { ok: false, problem: 'too deep', tooDeep: true };
      stack.push(openParen(formula, i, top));
    }
    else if (char === ',' && top.kind === 'call') {
      top.args.push({ start: top.argStart, end: i });
      top.argStart = i + 1;
    } else if (char === ']' || char === '}' || char === ')') {
      const problem = close(stack, char, i);
      if (problem) return { ok: false, problem };
    }
  }
  if (stack.length !== 1) return { ok: false, problem: 'unbalanced brackets' };
  return { ok: true, calls: root.calls };
}


function openParen(formula: string, at: number, parent: Frame): Frame {
  let start = at;
  while (start > 0 && NAME_CHAR.test(formula[start - 1])) start -= 1;
  const name = formula.slice(start, at);
  // A name starts with a letter or "_" (a number before "(" is not a call, nor is "A1 (").
  if (name && /^[A-Za-z_\\\u00c0-\u024f]/.test(name)) return { kind: 'call', name, start, args: [], argStart: at + 1, calls: [] };
  return { kind: 'paren', args: [], argStart: at + 1, calls: parent.calls };
}

function close(stack: Frame[], char: string, at: number): string | undefined {
  const expected = { ']': 'bracket', '}': 'brace', ')': 'call' }[char];
  const top = stack.pop();
  if (!top || stack.length === 0) return `unexpected ${char}`;
  if (char === ')' && top.kind === 'paren') return undefined;
  if (top.kind !== expected) return `unexpected ${char}`;
  if (top.kind !== 'call') return undefined;
  const args = [...top.args, { start: top.argStart, end: at }];
  // "F()" has no arguments, not one empty one.
  const noArgs = args.length === 1 && top.argStart === at;
  stack[stack.length - 1].calls.push({ name: top.name ?? '', start: top.start ?? 0, end: at + 1, args: noArgs ? [] : args, calls: top.calls });
  return undefined;
}

/**
 * The FINSAM function a call names ("SHARES"), in any spelling a file holds: the reader's one
 * rule (canonicalFunctionName) decides, so export and engine agree. Undefined for any other call.
 */
export function finsamFunctionName(name: string): string | undefined {
  const match = /^FINSAM\.([A-Z]+)$/.exec(canonicalFunctionName(name));
  return match ? match[1] : undefined;
}

/** Whether a formula holds a FINSAM call at all (a quick test before parsing). */
export function mentionsFinsam(formula: string): boolean {
  return /FINSAM[._]/i.test(formula);
}
