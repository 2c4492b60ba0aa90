import { roundHalfAwayFromZero } from '../../domain';
import { workbenchTexts } from '../../text/workbench';

/**
 * A computed cell as the grid shows it, in Swedish: a space between thousands, a decimal comma,
 * "85,5 %", SANT/FALSKT (as the board papers and src/domain/swedish-number.ts print numbers).
 * Number formats are the plans' en-US codes (src/sheets/plan.ts `formats`): digits with an
 * optional thousands comma, fixed decimals and a percent sign; the second section of
 * '#,##0;-#,##0' only repeats the minus sign, so the first section decides.
 */
export type DisplayValue = string | number | boolean | null | undefined;

interface NumberPattern {
  readonly grouped: boolean;
  readonly decimals: number;
  readonly percent: boolean;
}

const PATTERN = /^[#0]*(,)?[#0]*0(?:\.(0+))?(%)?$/;
const patterns = new Map<string, NumberPattern | undefined>();

/** The pattern of a format code, or undefined for General, '@' and codes the grid does not know. */
export function numberPattern(code: string | undefined): NumberPattern | undefined {
  if (code === undefined) return undefined;
  if (!patterns.has(code)) {
    const match = PATTERN.exec(code.split(';')[0].trim());
    patterns.set(code, match ? { grouped: match[1] !== undefined, decimals: match[2]?.length ?? 0, percent: match[3] !== undefined } : undefined);
  }
  return patterns.get(code);
}

/** What a cell shows: its value under its number format. */
export function displayText(value: DisplayValue, numberFormat?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? workbenchTexts.booleans.true : workbenchTexts.booleans.false;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '#NUM!';
  const pattern = numberPattern(numberFormat);
  return pattern ? formatFixed(value, pattern) : formatGeneral(value);
}

/** A number under a fixed pattern: "11 489", "-1 146", "4,0", "85 %", "85,5 %". */
export function formatFixed(value: number, { grouped, decimals, percent }: NumberPattern): string {
  const scaled = percent ? value * 100 : value;
  const rounded = roundHalfAwayFromZero(scaled, decimals);
  // -0 and a negative that rounds to zero show as 0, as Excel shows them.
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const digits = grouped ? groupThousands(whole) : whole;
  return `${negative ? '-' : ''}${digits}${fraction ? `,${fraction}` : ''}${percent ? ' %' : ''}`;
}

/**
 * Excel's General: no grouping, as many decimals as fit about eleven characters, so 1/3 shows
 * 0,333333333 and not a 17-digit tail the user never typed.
 */
export function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) return value.toExponential(5).replace(/\.?0+e/, 'e').replace('.', ',').replace('e+', 'E+').replace('e-', 'E-');
  const wholeDigits = Math.max(1, Math.floor(Math.log10(magnitude)) + 1);
  const decimals = Math.max(0, 10 - wholeDigits);
  const fixed = roundHalfAwayFromZero(value, decimals).toFixed(decimals);
  const trimmed = decimals > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed.replace('.', ',');
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** How a value sits in its cell: numbers right, text left, truth values and errors centred (Excel). */
export function alignmentOf(value: DisplayValue, error: boolean): 'start' | 'end' | 'center' {
  if (error || typeof value === 'boolean') return 'center';
  return typeof value === 'number' ? 'end' : 'start';
}
